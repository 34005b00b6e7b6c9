/**
 * The notes page: every note, grouped by article, with full-text search and filters by site, speaker and tag; a note
 * is edited in place, deleted (with undo), or opened in its article. The notes shown can be exported, and a file of
 * W3C annotations imported. Notes whose passage was not found on their page ("orphans") are listed like any other,
 * with a badge. Made for ten thousand notes: the list is virtual (./VirtualList.tsx: only the rows in view are in
 * the document), the notes' search text is folded once, in idle time, and filtering works on what is loaded.
 *
 * The filters are not queries over the store's indexes (site and tags are indexed there): this page holds every note
 * already, to show and group them, and a query would go to the background and read an index there, which takes
 * longer than one pass over the loaded notes, the more so the more notes pass (an indexed version was built and timed
 * against this one with scripts/bench-notes.ts: see this file's history). A word index would also find only whole
 * words or their starts, and nothing in scripts written without spaces between words.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { noteTags, noteText, positionSelectorOf, quoteSelectorOf, type Note } from '@/lib/notes/annotation';
import { siteOf, type ImportReport, type NoteEntry, type NoteInput, type NoteList as StoredNotes } from '@/utils/protocol';
import { fold } from '@/lib/text/fold';
import { NoteList } from './NoteList';
import { UndoBar } from './UndoBar';
import { VirtualList } from './VirtualList';
import { fill, type UiStrings } from './strings';

export type ExportFormat = 'annotations' | 'markdown';

export interface NotesPageProps {
  /** Null while loading. */
  list: StoredNotes | null;
  strings: UiStrings;
  /** What the last import did. */
  report?: ImportReport | null;
  /** A note just deleted: the undo bar shows while this is set. */
  undo?: { note: Note } | null;
  /** A message to the background failed: said at the top of the page. */
  error?: string | null;
  /** Resolves once saved, or rejects with the reason, which the editor shows (it stays open). */
  onUpdate(id: string, input: NoteInput): Promise<void>;
  onDelete(id: string): void;
  onUndo(): void;
  /** Open the note's article at the note. */
  onOpen(id: string): void;
  /** Copy a citation of a note's passage; resolves to whether it was copied. */
  onCite?(id: string): Promise<boolean>;
  /** Export these notes (the ones shown, in the order shown). */
  onExport(format: ExportFormat, notes: Note[]): void;
  onImport(file: File): void;
}

/** What an import accepts: W3C Web Annotation files (JSON-LD), under either extension or media type. */
const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

/** Text folded for search: case, compatibility forms, Arabic letter variants and every diacritic (tashkeel as
 *  much as Latin accents) are ignored. */
export function searchKey(text: string): string {
  return fold(text).normalize('NFKD').replace(/\p{M}/gu, '');
}

function searchableText(note: Note): string {
  return searchKey([noteText(note), quoteSelectorOf(note)?.exact ?? '', note.speaker ?? '', note.pageTitle, ...noteTags(note)].join('\n'));
}

interface Filters {
  query: string;
  site: string;
  speaker: string;
  tag: string;
}

const NO_FILTERS: Filters = { query: '', site: '', speaker: '', tag: '' };

interface ArticleGroup {
  source: string;
  title: string;
  site: string;
  entries: NoteEntry[];
}

/** Notes of one article shown together as a row of the list: an article with many notes takes several rows, its
 *  heading on the first. */
interface ArticleRow {
  key: string;
  group: ArticleGroup;
  entries: NoteEntry[];
  first: boolean;
}

/** The most notes in one row, and the height a row is taken to have until it is shown (pixels). */
const ROW_NOTES = 20;
const HEADING_PX = 72;
const NOTE_PX = 150;
/** Search texts folded in idle time, this many at a time. */
const FOLD_BATCH = 500;

function rowsOf(groups: readonly ArticleGroup[]): ArticleRow[] {
  const rows: ArticleRow[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.entries.length; i += ROW_NOTES) {
      rows.push({ key: `${group.source}#${i}`, group, entries: group.entries.slice(i, i + ROW_NOTES), first: i === 0 });
    }
  }
  return rows;
}

/** Runs `task` when the browser is idle (after a timer where there is no idle callback); returns the way to cancel. */
function onIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/** The folded search text of each note (see `searchKey`), made once per note: in idle time after the notes arrive,
 *  or at once for those still missing when a search starts. */
function useSearchKeys(entries: readonly NoteEntry[], searching: boolean): (note: Note) => string {
  const keys = useRef(new WeakMap<Note, string>());
  const keyOf = (note: Note) => {
    let key = keys.current.get(note);
    if (key === undefined) keys.current.set(note, (key = searchableText(note)));
    return key;
  };
  useEffect(() => {
    if (searching) return;
    let next = 0;
    let cancel = () => {};
    const fold = () => {
      for (const end = next + FOLD_BATCH; next < end && next < entries.length; next++) keyOf(entries[next].note);
      if (next < entries.length) cancel = onIdle(fold);
    };
    cancel = onIdle(fold);
    return () => cancel();
  }, [entries, searching]);
  return keyOf;
}

/** Where a note comes in its article: notes on the whole article first, then by the passage's position (a passage
 *  known only by its text goes last). */
function readingPosition(note: Note): number {
  if (!note.target.selector) return -1;
  return positionSelectorOf(note)?.start ?? Number.MAX_SAFE_INTEGER;
}

/** Order of two timestamps in ISO 8601 (UTC), as their characters sort: localeCompare's collation costs several
 *  times more, and the notes page sorts ten thousand of them on every search. */
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most recently changed articles first, each titled as its latest note has it, its notes in reading order. */
function groupByArticle(entries: readonly NoteEntry[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  const latestFirst = [...entries].sort((a, b) => byTime(b.note.modified, a.note.modified));
  for (const entry of latestFirst) {
    const { source } = entry.note.target;
    let group = groups.get(source);
    if (!group) {
      group = { source, title: entry.note.pageTitle, site: siteOf(source), entries: [] };
      groups.set(source, group);
    }
    group.entries.push(entry);
  }
  for (const group of groups.values()) {
    group.entries.sort((a, b) => readingPosition(a.note) - readingPosition(b.note) || byTime(a.note.created, b.note.created));
  }
  return [...groups.values()];
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

/** The notes the filters let through, grouped by article into the list's rows, and the choices of each filter. */
function useShownNotes(entries: readonly NoteEntry[], filters: Filters) {
  const words = searchKey(filters.query).split(/\s+/).filter(Boolean);
  const searchKeyOf = useSearchKeys(entries, words.length > 0);
  const choices = useMemo(
    () => ({
      site: sortedUnique(entries.map((entry) => siteOf(entry.note.target.source))),
      speaker: sortedUnique(entries.map((entry) => entry.note.speaker ?? '')),
      tag: sortedUnique(entries.flatMap((entry) => noteTags(entry.note))),
    }),
    [entries],
  );
  // A filter on a value no longer in the notes (its last note deleted) is dropped rather than hiding everything.
  const site = choices.site.includes(filters.site) ? filters.site : '';
  const speaker = choices.speaker.includes(filters.speaker) ? filters.speaker : '';
  const tag = choices.tag.includes(filters.tag) ? filters.tag : '';
  const shown = useMemo(() => {
    const shown = entries.filter(
      ({ note }) =>
        (!site || siteOf(note.target.source) === site) &&
        (!speaker || note.speaker === speaker) &&
        (!tag || noteTags(note).includes(tag)) &&
        words.every((word) => searchKeyOf(note).includes(word)),
    );
    const groups = groupByArticle(shown);
    return { count: shown.length, rows: rowsOf(groups), notes: groups.flatMap((group) => group.entries.map((entry) => entry.note)) };
  }, [entries, site, speaker, tag, words.join(' ')]);
  return { choices, applied: { ...filters, site, speaker, tag }, shown };
}

export function NotesPage(props: NotesPageProps) {
  const { list, strings } = props;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const entries = useMemo(() => list?.entries ?? [], [list]);
  const { choices, applied, shown } = useShownNotes(entries, filters);
  const setFilter = (name: keyof Filters) => (value: string) => setFilters({ ...filters, [name]: value });

  return (
    <main class="notes-page" aria-busy={list === null ? 'true' : undefined}>
      <h1>{strings.notesPage}</h1>
      {props.error && <p role="alert" class="error" data-glossa-error>{props.error}</p>}
      {props.report && <ImportReportView report={props.report} strings={strings} />}
      {list && list.damaged > 0 && <p class="damaged" data-glossa-damaged>{fill(strings.damaged, list.damaged.toLocaleString())}</p>}

      {entries.length > 0 && (
        <>
          <form role="search" class="filters" aria-label={strings.searchNotes} onSubmit={(event) => event.preventDefault()}>
            <label class="field search">
              {strings.searchNotes}
              <input type="search" dir="auto" data-glossa-search value={filters.query} onInput={(event) => setFilter('query')(event.currentTarget.value)} />
            </label>
            <FilterSelect name="site" label={strings.site} any={strings.anySite} choices={choices.site} value={applied.site} onChange={setFilter('site')} />
            <FilterSelect name="speaker" label={strings.speaker} any={strings.anySpeaker} choices={choices.speaker} value={applied.speaker} onChange={setFilter('speaker')} />
            <FilterSelect name="tag" label={strings.tag} any={strings.anyTag} choices={choices.tag} value={applied.tag} onChange={setFilter('tag')} />
          </form>
          <p class="count" role="status" data-glossa-count>{fill(strings.notesShown, shown.count.toLocaleString())}</p>
        </>
      )}

      {list && entries.length === 0 && <p class="empty" data-glossa-empty>{strings.noNotesYet}</p>}
      {entries.length > 0 && shown.count === 0 && <p class="empty" data-glossa-no-matches>{strings.noMatches}</p>}
      <VirtualList
        rows={shown.rows}
        keyOf={(row) => row.key}
        estimate={(row) => (row.first ? HEADING_PX : 0) + NOTE_PX * row.entries.length}
        render={(row) => (
          <section class="article-notes" data-glossa-article={row.group.source}>
            {row.first && (
              <>
                <h2 dir="auto">{row.group.title || row.group.source}</h2>
                <p class="site">{row.group.site}</p>
              </>
            )}
            <NoteList entries={row.entries} strings={strings} onUpdate={props.onUpdate} onDelete={props.onDelete} onOpen={props.onOpen} onCite={props.onCite} />
          </section>
        )}
      />

      {list && <ExportImport shownNotes={shown.notes} strings={strings} onExport={props.onExport} onImport={props.onImport} />}
      {props.undo && <UndoBar strings={strings} onUndo={props.onUndo} />}
    </main>
  );
}

function ExportImport(props: { shownNotes: Note[]; strings: UiStrings; onExport: NotesPageProps['onExport']; onImport: NotesPageProps['onImport'] }) {
  const { shownNotes, strings } = props;
  return (
    <section class="exchange" aria-label={strings.exportImport}>
      <fieldset class="export">
        <legend>{strings.exportShown}</legend>
        <button type="button" data-glossa-export="annotations" disabled={shownNotes.length === 0}
          onClick={() => props.onExport('annotations', shownNotes)}>
          {strings.exportAnnotations}
        </button>
        <button type="button" data-glossa-export="markdown" disabled={shownNotes.length === 0}
          onClick={() => props.onExport('markdown', shownNotes)}>
          {strings.exportMarkdown}
        </button>
      </fieldset>
      <label class="field">
        {strings.importNotes}
        <input
          type="file"
          accept={IMPORT_ACCEPT}
          data-glossa-import
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) props.onImport(file);
            input.value = ''; // so that choosing the same file again imports it again
          }}
        />
      </label>
    </section>
  );
}

function FilterSelect(props: { name: string; label: string; any: string; choices: string[]; value: string; onChange(value: string): void }) {
  return (
    <label class="field">
      {props.label}
      <select data-glossa-filter={props.name} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">{props.any}</option>
        {props.choices.map((choice) => <option key={choice} value={choice} dir="auto">{choice}</option>)}
      </select>
    </label>
  );
}

function ImportReportView({ report, strings }: { report: ImportReport; strings: UiStrings }) {
  if (report.error) {
    return <p role="alert" class="report error" data-glossa-import-report>{fill(strings.importFailed, report.error)}</p>;
  }
  return (
    <div role="status" class="report" data-glossa-import-report>
      <p>{fill(strings.importAdded, report.added.toLocaleString())}</p>
      {report.merged > 0 && <p>{fill(strings.importMerged, report.merged.toLocaleString())}</p>}
      {report.library && 'added' in report.library && <p>{fill(strings.importQuotesAdded, report.library.added.toLocaleString())}</p>}
      {report.library && 'off' in report.library && <p>{fill(strings.importQuotesOff, report.library.off.toLocaleString())}</p>}
      {report.rejected.length > 0 && (
        <>
          <p>{fill(strings.importRejected, report.rejected.length.toLocaleString())}</p>
          {/* The importer's reasons name each annotation by its place in the file and its id. */}
          <ul class="rejected">
            {report.rejected.map((rejection) => <li key={rejection.index} dir="auto">{rejection.reason}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
