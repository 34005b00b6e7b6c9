/**
 * The popup: asks the tab's content script for the page as Glossa sees it and shows it. `popup.html?tab=<id>`
 * shows the same for a given tab (in a full tab, and for tests).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PageNotes } from '@/components/PageNotes';
import type { OnDeviceSummary } from '@/components/SummarySection';
import { Popup } from '@/components/Popup';
import { SeenElsewhere } from '@/components/SeenElsewhere';
import type { Shortcut } from '@/components/Shortcuts';
import type { UiStrings } from '@/components/strings';
import type { NoteDraft, NoteEntry, PageView, SeenElsewhere as Seen } from '@/utils/protocol';
import { quotationRows, quotationsCsv } from '@/lib/voices';
import { download, today } from '@/utils/download';
import { sendMessage } from '@/utils/messaging';
import { browserSummarizer, canSummarizeOnDevice, summarizeOnDevice } from '@/utils/on-device-summary';
import { useNoteEdits } from '@/utils/note-edits';
import { setPaused } from '@/utils/settings';
import { uiStrings } from '@/utils/strings';
import '@/components/lists.css';
import '@/components/notes.css';
import './popup.css';

/** Time for the content script to react to a setting before the popup asks again. */
const SETTLE_MS = 400;
/** How long the popup waits for a web page's content script that has not started yet (a popup opened as the page
 *  loads), asking again every CONTENT_SCRIPT_RETRY_MS. */
const CONTENT_SCRIPT_WAIT_MS = 3_000;
const CONTENT_SCRIPT_RETRY_MS = 200;

async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** A content script may still start in the tab: it is loading, or it shows a web page (whose address the host
 *  permissions let the popup see). */
async function contentScriptMayStart(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return !!tab && (tab.status === 'loading' || /^https?:/.test(tab.url ?? ''));
}

/** The page as the tab's content script tells it, asking again for a while where the script may not have started
 *  yet; undefined where none runs (a browser page, a site the browser keeps extensions off). */
async function pageViewOf(tabId: number): Promise<PageView | undefined> {
  const giveUpAt = Date.now() + CONTENT_SCRIPT_WAIT_MS;
  for (;;) {
    const view = await sendMessage('getPage', undefined, tabId).catch(() => undefined);
    if (view || Date.now() >= giveUpAt || !(await contentScriptMayStart(tabId))) return view;
    await new Promise((resolve) => setTimeout(resolve, CONTENT_SCRIPT_RETRY_MS));
  }
}

const summarizer = browserSummarizer();

/** The manifest's commands as the browser has them now, in the order the manifest gives them. */
async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.filter((command) => command.description).map((command) => ({ description: command.description!, shortcut: command.shortcut ?? '' }));
}

/** Opens the browser's own settings of extension shortcuts: Firefox's, or Chrome's page of them. */
function changeShortcuts(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) commands.openShortcutSettings();
  else browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Downloads the article's quotations and speakers as CSV. */
function exportCsv(view: PageView, strings: UiStrings): void {
  const analysis = view.analysis!;
  const columns = strings.csvColumns.split('|') as unknown as Parameters<typeof quotationsCsv>[2]['columns'];
  const article = { title: analysis.title, outlet: view.facts?.outlet ?? null, published: view.facts?.published ?? null, url: view.address ?? '' };
  const csv = quotationsCsv(quotationRows(analysis, view.voices), article, { columns, named: strings.named, anonymous: strings.anonymous });
  download(`glossa-quotations-${today()}.csv`, csv, 'text/csv;charset=utf-8');
}

/** "Seen elsewhere" for the tab's article: its quotations looked up in the library (null while it is off). */
function SeenOnPage({ view, strings }: { view: PageView; strings: UiStrings }) {
  const [seen, setSeen] = useState<Seen[] | null | undefined>(undefined);
  const analysis = view.analysis!;
  useEffect(() => {
    if (!view.address) return;
    const request = { address: view.address, lang: analysis.lang, quotes: analysis.quotes.map(({ text, speaker }) => ({ text, speaker })) };
    sendMessage('seenElsewhere', request).then(setSeen, () => setSeen(null));
  }, [view.address, analysis]);
  return <SeenElsewhere quotes={analysis.quotes} lang={analysis.lang} seen={seen} strings={strings} onOpenLibrary={() => sendMessage('openLibrary', {})} />;
}

/** The on-device summary (the browser's own model, where it has one for the article's language), once chosen. */
function useOnDeviceSummary(tab: number | undefined, view: PageView | null | undefined, strings: UiStrings) {
  const [onDevice, setOnDevice] = useState<OnDeviceSummary>();
  useEffect(() => {
    const lang = view?.analysis?.isArticle ? view.analysis.lang : null;
    if (!lang) return;
    canSummarizeOnDevice(summarizer, lang).then((can) => {
      if (can) setOnDevice((current) => current ?? { chosen: false, sentences: null, busy: false, error: null });
    });
  }, [view]);
  const choose = async (chosen: boolean) => {
    if (!onDevice || !summarizer) return;
    setOnDevice({ ...onDevice, chosen });
    if (!chosen || onDevice.sentences || !view?.analysis || tab === undefined) return;
    setOnDevice({ chosen, sentences: null, busy: true, error: null });
    try {
      const text = await sendMessage('articleText', undefined, tab);
      if (!text) throw new Error(strings.unavailable);
      setOnDevice({ chosen, sentences: await summarizeOnDevice(summarizer, text, view.analysis.lang), busy: false, error: null });
    } catch (error) {
      setOnDevice({ chosen, sentences: null, busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { onDevice, choose };
}

/** The notes of the tab's page: listed, added (on the selection or the whole article), edited, re-attached. */
/** `view`: the page as last read, whose every new reading reads the notes again. */
function TabNotes({ tab, address, view, strings }: { tab: number | undefined; address: string; view: PageView; strings: UiStrings }) {
  const [notes, setNotes] = useState<NoteEntry[] | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const loadNotes = async () => setNotes((await sendMessage('listNotes', address).catch(() => null))?.entries ?? []);
  const edits = useNoteEdits({ strings, refresh: loadNotes });
  useEffect(() => void loadNotes(), [view]);
  const selectedDraft = () => (tab === undefined ? null : sendMessage('draftNote', undefined, tab).catch(() => null));
  return (
    <PageNotes
      entries={notes}
      draft={draft}
      strings={strings}
      onAdd={async () => {
        if (tab !== undefined) setDraft(await selectedDraft());
      }}
      create={(input) => sendMessage('createNote', { draft: draft!, input })}
      onCreated={() => {
        setDraft(null);
        loadNotes();
      }}
      onCancel={() => setDraft(null)}
      onUpdate={edits.update}
      onDelete={(id) => edits.remove(id).catch(() => undefined)}
      undo={edits.deleted !== null}
      onUndo={edits.undo}
      onReattach={async (id) => {
        const selected = await selectedDraft();
        if (!selected?.selector) return setMessage(strings.reattachSelectFirst);
        setMessage(null);
        await sendMessage('reattachNote', { id, selector: selected.selector, ...(selected.speaker ? { speaker: selected.speaker } : {}) });
        await loadNotes();
      }}
      onCite={(id) => sendMessage('copyNoteCitation', id)}
      message={message}
      onNotesPage={() => browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}
    />
  );
}

function App() {
  const strings = uiStrings();
  const [tab, setTab] = useState<number>();
  // null: loading; undefined: the tab has no content script (browser pages, stores).
  const [view, setView] = useState<PageView | null | undefined>(null);
  const [keys, setKeys] = useState<Shortcut[]>([]);
  const summary = useOnDeviceSummary(tab, view, strings);
  const refresh = async (id = tab) => {
    if (id === undefined) return setView(undefined);
    setView(await pageViewOf(id));
  };
  useEffect(() => {
    shortcuts().then(setKeys);
    targetTab().then((id) => {
      setTab(id);
      return refresh(id);
    });
  }, []);

  return (
    <Popup
      view={view}
      strings={strings}
      onSection={(index) => tab !== undefined && sendMessage('scrollToSection', index, tab)}
      onStep={async (speaker, direction) => (tab === undefined ? null : sendMessage('stepSpeaker', { speaker, direction }, tab).catch(() => null))}
      onExportCsv={() => view?.analysis && exportCsv(view, strings)}
      shortcuts={keys}
      onChangeShortcuts={changeShortcuts}
      seenElsewhere={view?.analysis?.isArticle && view.analysis.quotes.length > 0 && <SeenOnPage view={view} strings={strings} />}
      onPause={async (paused) => {
        if (!view) return;
        await setPaused(view.host, paused);
        setTimeout(() => refresh(), SETTLE_MS);
      }}
      onAnalyzeAnyway={async () => tab !== undefined && setView(await sendMessage('analyzeAnyway', undefined, tab))}
      onDeviceSummary={summary.onDevice}
      onSummarySource={summary.choose}
    >
      {view?.address && <TabNotes tab={tab} address={view.address} view={view} strings={strings} />}
    </Popup>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
render(<App />, document.getElementById('app')!);
