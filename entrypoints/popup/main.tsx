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
import type { Note } from '@/lib/notes/annotation';
import type { NoteDraft, NoteEntry, PageView, SeenElsewhere as Seen } from '@/utils/protocol';
import { quotationRows, quotationsCsv } from '@/lib/voices';
import { download, today } from '@/utils/download';
import { sendMessage } from '@/utils/messaging';
import { browserSummarizer, canSummarizeOnDevice, summarizeOnDevice } from '@/utils/on-device-summary';
import { setPaused } from '@/utils/settings';
import { uiStrings } from '@/utils/strings';
import '@/components/lists.css';
import '@/components/notes.css';
import './popup.css';

/** Time for the content script to react to a setting before the popup asks again. */
const SETTLE_MS = 400;

async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
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

function App() {
  const strings = uiStrings();
  const [tab, setTab] = useState<number>();
  // null: loading; undefined: the tab has no content script (browser pages, stores).
  const [view, setView] = useState<PageView | null | undefined>(null);

  const [notes, setNotes] = useState<NoteEntry[] | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [notesMessage, setNotesMessage] = useState<string | null>(null);
  const [onDevice, setOnDevice] = useState<OnDeviceSummary>();
  const [keys, setKeys] = useState<Shortcut[]>([]);

  const loadNotes = async (address: string | null) => {
    setNotes(address ? (await sendMessage('listNotes', address).catch(() => null))?.entries ?? [] : null);
  };
  const refresh = async (id = tab) => {
    if (id === undefined) return setView(undefined);
    try {
      const page = await sendMessage('getPage', undefined, id);
      setView(page);
      const lang = page.analysis?.isArticle ? page.analysis.lang : null;
      if (lang && (await canSummarizeOnDevice(summarizer, lang))) {
        setOnDevice((current) => current ?? { chosen: false, sentences: null, busy: false, error: null });
      }
      await loadNotes(page.address);
    } catch {
      setView(undefined);
    }
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
      onDeviceSummary={onDevice}
      onSummarySource={async (chosen) => {
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
      }}
    >
      {view?.address && (
        <PageNotes
          entries={notes}
          draft={draft}
          strings={strings}
          onAdd={async () => {
            if (tab !== undefined) setDraft(await sendMessage('draftNote', undefined, tab).catch(() => null));
          }}
          create={(input) => sendMessage('createNote', { draft: draft!, input })}
          onCreated={() => {
            setDraft(null);
            loadNotes(view.address);
          }}
          onCancel={() => setDraft(null)}
          onUpdate={async (id, input) => {
            if (!(await sendMessage('updateNote', { id, input }))) throw new Error(strings.noteGone);
            await loadNotes(view.address);
          }}
          onDelete={async (id) => {
            setDeleted(await sendMessage('deleteNote', id).catch(() => null));
            await loadNotes(view.address);
          }}
          undo={deleted !== null}
          onUndo={async () => {
            if (deleted) await sendMessage('restoreNote', deleted);
            setDeleted(null);
            await loadNotes(view.address);
          }}
          onReattach={async (id) => {
            const selected = tab === undefined ? null : await sendMessage('draftNote', undefined, tab).catch(() => null);
            if (!selected?.selector) return setNotesMessage(strings.reattachSelectFirst);
            setNotesMessage(null);
            await sendMessage('reattachNote', { id, selector: selected.selector, ...(selected.speaker ? { speaker: selected.speaker } : {}) });
            await loadNotes(view.address);
          }}
          onCite={(id) => sendMessage('copyNoteCitation', id)}
          message={notesMessage}
          onNotesPage={() => browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}
        />
      )}
    </Popup>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
render(<App />, document.getElementById('app')!);
