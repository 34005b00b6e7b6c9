/**
 * The notes page (notes.html): all notes from the background, with the changes the user makes sent back to it;
 * exports are built here and downloaded as files. Its second tab, Quotes (notes.html#quotes, `?q=` searching for
 * words), is the library of what was said (./library.tsx).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { NotesPage, type ExportFormat } from '@/components/NotesPage';
import { fill } from '@/components/strings';
import type { Note } from '@/lib/notes/annotation';
import { annotationCollection, notesMarkdown } from '@/lib/notes/exchange';
import type { ImportReport, NoteEntry, NoteList } from '@/utils/protocol';
import { download, today } from '@/utils/download';
import { sendMessage } from '@/utils/messaging';
import { useNoteEdits } from '@/utils/note-edits';
import { uiStrings } from '@/utils/strings';
import { LIBRARY_PROPERTY } from '@/lib/library';
import { LibraryApp } from './library';
import '@/components/lists.css';
import '@/components/notes.css';
import './notes.css';

/** The notes are read a chunk at a time, the most recently changed first: a first chunk shown at once, then the
 *  rest in larger ones. */
const FIRST_CHUNK = 200;
const CHUNK = 5000;
/** How long a deleted note can be put back. */
const UNDO_MS = 10_000;

const strings = uiStrings();

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function exportNotes(format: ExportFormat, notes: Note[]): Promise<void> {
  if (format === 'annotations') {
    // The library of what was said goes with the notes, as a property of the collection (lib/library.ts).
    const library = await sendMessage('exportLibrary');
    const collection = { ...annotationCollection(notes, strings.exportTitle), ...(library.length ? { [LIBRARY_PROPERTY]: library } : {}) };
    download(`glossa-notes-${today()}.jsonld`, JSON.stringify(collection, null, 2), 'application/ld+json');
  } else {
    const markdown = notesMarkdown(notes, { speaker: strings.speaker, tags: strings.tags, wholeArticle: strings.wholeArticle });
    download(`glossa-notes-${today()}.md`, markdown, 'text/markdown;charset=utf-8');
  }
}

/** Every note, read a chunk at a time, the most recently changed first; `onFirst` is given the first chunk while the
 *  others are read. */
async function readAllNotes(onFirst: (list: NoteList) => void): Promise<NoteList> {
  const entries: NoteEntry[] = [];
  const seen = new Set<string>();
  let damaged = 0;
  for (let offset = 0; ; ) {
    const chunk = await sendMessage('listNotesChunk', { offset, limit: offset ? CHUNK : FIRST_CHUNK });
    // A note changed meanwhile moves to the front of the order: it may come twice.
    for (const entry of chunk.entries) {
      if (seen.has(entry.note.id)) continue;
      seen.add(entry.note.id);
      entries.push(entry);
    }
    damaged += chunk.damaged;
    const first = offset === 0;
    offset += chunk.entries.length + chunk.damaged;
    if (offset >= chunk.total || chunk.entries.length + chunk.damaged === 0) return { entries, damaged };
    if (first) onFirst({ entries: [...entries], damaged });
  }
}

/** Every note, read again on every change and whenever the page is shown again, and the error to show, if any. */
function useAllNotes() {
  const [list, setList] = useState<NoteList | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Reads every note again: the first time, the first chunk shows while the others are read; afterwards, the list
   *  shown changes once they all are. */
  const refresh = async () => {
    try {
      setList(await readAllNotes((first) => setList((shown) => shown ?? first)));
    } catch (failure) {
      setError(fill(strings.notesLoadFailed, errorMessage(failure)));
    }
  };
  /** Runs an action, saying so when it fails. */
  const attempt = async (action: () => unknown) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(fill(strings.actionFailed, errorMessage(failure)));
    }
  };
  useEffect(() => {
    refresh();
    // Notes taken in other tabs meanwhile show when the user comes back to this one.
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return { list, error, refresh, attempt };
}

function App() {
  const { list, error, refresh, attempt } = useAllNotes();
  const [report, setReport] = useState<ImportReport | null>(null);
  const edits = useNoteEdits({ strings, refresh, undoMs: UNDO_MS });

  return (
    <NotesPage
      list={list}
      strings={strings}
      report={report}
      undo={edits.deleted && { note: edits.deleted }}
      error={error}
      onUpdate={edits.update}
      onDelete={(id) => attempt(() => edits.remove(id))}
      onUndo={() => attempt(edits.undo)}
      onOpen={(id) =>
        attempt(async () => {
          if (!(await sendMessage('openNote', id))) throw new Error(strings.noteGone);
        })
      }
      onCite={(id) => sendMessage('copyNoteCitation', id)}
      onExport={(format, notes) => attempt(() => exportNotes(format, notes))}
      onImport={async (file) => {
        await attempt(async () => {
          setReport(null);
          setReport(await sendMessage('importNotes', await file.text()));
        });
        await refresh();
      }}
    />
  );
}

type Tab = 'notes' | 'quotes';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'notes', label: strings.notes },
  { tab: 'quotes', label: strings.quotesTab },
];

/** The page's two tabs (a tab list, with the arrow keys), each showing its own view. */
function Tabs() {
  const [tab, setTab] = useState<Tab>(location.hash === '#quotes' ? 'quotes' : 'notes');
  const [error, setError] = useState<string | null>(null);
  const choose = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `${location.search}#${next}`);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const forward = document.documentElement.dir === 'rtl' && event.key.startsWith('Arrow') && event.key.length > 7 ? -step : step;
    choose(TABS[(TABS.findIndex((t) => t.tab === tab) + forward + TABS.length) % TABS.length].tab);
  };
  return (
    <>
      <header class="page-tabs">
        <div role="tablist" aria-label={strings.panel} onKeyDown={onKey}>
          {TABS.map(({ tab: id, label }) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1} data-glossa-tab={id} onClick={() => choose(id)}>
              {label}
            </button>
          ))}
        </div>
      </header>
      {error && <p role="alert" class="error">{fill(strings.actionFailed, error)}</p>}
      {/* Unnamed: a named panel would be content outside the page's landmarks (its own <main> is inside it). */}
      <div role="tabpanel" id={`panel-${tab}`}>
        {tab === 'notes' ? (
          <App />
        ) : (
          <LibraryApp strings={strings} initialWords={new URLSearchParams(location.search).get('q') ?? ''} onError={(e) => setError(errorMessage(e))} />
        )}
      </div>
    </>
  );
}

document.title = strings.notesPage;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
render(<Tabs />, document.getElementById('app')!);
