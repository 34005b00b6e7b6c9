/**
 * The notes, stored in IndexedDB (through Dexie). The background script owns the one `NotesStore`; every other
 * part of the extension reaches it by messages. Nothing here uses extension APIs, so tests run it on
 * fake-indexeddb.
 *
 * Each write is one read-write transaction, and IndexedDB runs read-write transactions on the same table one
 * after the other: writes arriving together from several tabs are serialized, none is lost and none is half done.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import { isNote, isSelector, noteTags, quoteSelectorOf, upgradeSelectors, type Note } from '../lib/notes/annotation';
import { sameText } from '../lib/notes/document-text';
import { siteOf, type AnchoringReport, type AnchorState, type NoteChunk, type NoteEntry, type NoteList } from '../utils/protocol';

const DATABASE_NAME = 'glossa-notes';

/** A stored note with the fields it is looked up by. `note` is whatever is on disk: checked with `isNote` when
 *  read, since a record may be damaged. */
interface NoteRow {
  id: string;
  note: unknown;
  source: string;
  /** The source's host without "www." (see `siteOf`). */
  site: string;
  tags: string[];
  /** The note's last change (ISO time): the notes page reads the notes by it, the most recent first. */
  modified: string;
  state: AnchorState;
  /** ISO time of the last anchoring report on this note, or null if its page never reported. */
  checked: string | null;
  /** For a changed passage (state "changed"): its text the last time its page was visited. */
  current?: string;
}

interface SchemaVersion {
  version: number;
  /** Dexie's schema syntax: the primary key, then the indexes (`*` marks a multi-entry index). */
  stores: Record<string, string>;
  /** Turns the records of the previous version into records of this one. */
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/** An upgrade that changes every stored row in place. */
const eachRow = (change: (row: NoteRow) => void) => (transaction: Transaction) =>
  transaction.table('notes').toCollection().modify(change);

/** Every version the database has had, oldest first: a database of any of them is upgraded to the last one. */
const SCHEMA_HISTORY: SchemaVersion[] = [
  // The bare notes.
  { version: 1, stores: { notes: 'id, target.source' } },
  // Notes in rows with their anchoring state and the fields the notes page filters on.
  {
    version: 2,
    stores: { notes: 'id, source, site, *tags, state' },
    upgrade: (transaction) =>
      transaction
        .table('notes')
        .toCollection()
        .modify((note: { id: string }, record: { value: unknown }) => {
          record.value = rowOf(note);
        }),
  },
  // Selectors over the page's text, as the W3C model counts it, instead of Glossa's article text.
  {
    version: 3,
    stores: { notes: 'id, source, site, *tags, state' },
    upgrade: eachRow((row) => {
      if (isNote(row.note)) row.note = upgradeSelectors(row.note);
    }),
  },
  // The notes page reads the notes in chunks, the most recently changed first, by an index of that time.
  {
    version: 4,
    stores: { notes: 'id, source, site, *tags, state, modified' },
    upgrade: eachRow((row) => {
      row.modified = modifiedOf(row.note);
    }),
  },
];

export type NotesStorageFault = 'quota' | 'unavailable' | 'damaged' | 'failed';

/** Any failure of the notes storage; `kind` says which, `cause` holds the underlying error. */
export class NotesStorageError extends Error {
  override name = 'NotesStorageError';

  constructor(
    readonly kind: NotesStorageFault,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface NotesStoreOptions {
  /** Defaults to the global `indexedDB`. */
  indexedDB?: DexieOptions['indexedDB'];
  /** Defaults to the global `IDBKeyRange`. */
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

export class NotesStore {
  private readonly db: Dexie;
  private readonly notes: Table<NoteRow, string>;

  constructor(options: NotesStoreOptions = {}) {
    this.db = new Dexie(DATABASE_NAME, {
      indexedDB: options.indexedDB ?? globalThis.indexedDB,
      IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange,
    });
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      const declared = this.db.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.notes = this.db.table('notes');
  }

  /** The notes of one page (by its address), or all notes, oldest first. */
  list(source?: string): Promise<NoteList> {
    return guarded(async () => {
      const rows = await (source === undefined ? this.notes.toArray() : this.notes.where('source').equals(source).toArray());
      const readable = rows.filter((row) => isNote(row.note));
      return {
        entries: readable
          .map((row) => entryOf(row, row.note as Note))
          .sort((a, b) => Date.parse(a.note.created) - Date.parse(b.note.created)),
        damaged: rows.length - readable.length,
      };
    });
  }

  /**
   * The notes from the `offset`-th to the `offset + limit`-th, the most recently changed first (read along the index
   * of that time, not all at once), and how many records there are in all: the notes page asks for them a chunk at a
   * time, so that it shows the first ones at once whatever the number of notes. Damaged records count in the offset.
   */
  listChunk(offset: number, limit: number): Promise<NoteChunk> {
    return guarded(() =>
      this.db.transaction('r', this.notes, async () => {
        const rows = await this.notes.orderBy('modified').reverse().offset(offset).limit(limit).toArray();
        const readable = rows.filter((row) => isNote(row.note));
        return { entries: readable.map((row) => entryOf(row, row.note as Note)), damaged: rows.length - readable.length, total: await this.notes.count() };
      }),
    );
  }

  get(id: string): Promise<NoteEntry | null> {
    return guarded(async () => {
      const row = await this.notes.get(id);
      return row ? entryOf(row, readNote(row)) : null;
    });
  }

  /** Writes a new note; fails if a note with its id exists. */
  add(note: Note): Promise<void> {
    return guarded(async () => {
      await this.notes.add(rowOf(note));
    });
  }

  /**
   * Replaces a note by `change(note)` (which must keep its id), atomically. Null when there is no such note. A note
   * given a new passage (`moved`) has to be found on its page again; any other keeps its anchoring state.
   */
  update(id: string, change: (note: Note) => Note, { moved = false } = {}): Promise<Note | null> {
    return guarded(() =>
      this.db.transaction('rw', this.notes, async () => {
        const row = await this.notes.get(id);
        if (!row) return null;
        const changed = change(readNote(row));
        if (changed.id !== id) throw new Error(`update changed the id of note ${id}`);
        await this.notes.put(moved ? rowOf(changed) : { ...rowOf(changed, row.state, row.checked), ...currentOf(row) });
        return changed;
      }),
    );
  }

  /** Deletes a note; returns it (to `restore` on undo), or null when there was no such note. */
  remove(id: string): Promise<Note | null> {
    return guarded(() =>
      this.db.transaction('rw', this.notes, async () => {
        const row = await this.notes.get(id);
        if (!row) return null;
        const note = readNote(row);
        await this.notes.delete(id);
        return note;
      }),
    );
  }

  /** Puts back a note just removed; its page has to anchor it again. */
  restore(note: Note): Promise<void> {
    return guarded(async () => {
      await this.notes.put(rowOf(note));
    });
  }

  /**
   * Writes `notes` in one transaction: all of them or, if anything fails, none. A note whose id is stored
   * already is replaced by `merge(stored, incoming)`; a damaged record under that id is replaced by the incoming
   * note (counted as added).
   */
  importNotes(notes: Note[], merge: (existing: Note, incoming: Note) => Note): Promise<{ added: number; merged: number }> {
    return guarded(() =>
      this.db.transaction('rw', this.notes, async () => {
        const stored = await this.notes.bulkGet(notes.map((note) => note.id));
        // Rows to write by id, so a note given twice is merged with its first copy.
        const written = new Map<string, NoteRow>();
        let merged = 0;
        notes.forEach((incoming, index) => {
          const existing = written.get(incoming.id) ?? stored[index];
          if (existing && isNote(existing.note)) {
            written.set(incoming.id, rowOf(merge(existing.note, incoming), existing.state, existing.checked));
            merged++;
          } else {
            written.set(incoming.id, rowOf(incoming));
          }
        });
        await this.notes.bulkPut([...written.values()]);
        return { added: notes.length - merged, merged };
      }),
    );
  }

  /**
   * Records what the page at `source` found of its notes: each one as it was, changed (with its text now), or not
   * at all; a note converted from Glossa's article offsets takes the page's selectors (see `convertedNote`). Ids of
   * notes on other pages are ignored: a page reports only on its own notes.
   */
  setAnchoring(source: string, reports: readonly AnchoringReport[]): Promise<void> {
    const reportsById = new Map(reports.map((report) => [report.id, report]));
    const checked = new Date().toISOString();
    return guarded(async () => {
      await this.notes
        .where('source')
        .equals(source)
        .modify((row) => {
          const report = reportsById.get(row.id);
          if (!report) return;
          row.state = report.state;
          row.checked = checked;
          if (report.state === 'changed' && typeof report.current === 'string') row.current = report.current;
          else delete row.current;
          if (report.selector && isNote(row.note)) row.note = convertedNote(row.note, report.selector);
        });
    });
  }

  close(): void {
    this.db.close();
  }
}

/** The row of a note. Also used on records read from disk that may not be notes (upgrades keep those as they
 *  are, to be counted as damaged), so it only reads what it can. */
function rowOf(note: Note | { id: string }, state: AnchorState = 'unchecked', checked: string | null = null): NoteRow {
  const source = isNote(note) ? note.target.source : sourceOfDamaged(note);
  return { id: note.id, note, source, site: siteOf(source), tags: isNote(note) ? noteTags(note) : [], modified: modifiedOf(note), state, checked };
}

/** When a stored record was last changed, as far as it says (a damaged one may not). */
function modifiedOf(record: unknown): string {
  const modified = (record as { modified?: unknown } | null)?.modified;
  return typeof modified === 'string' ? modified : '';
}

function entryOf(row: NoteRow, note: Note): NoteEntry {
  return row.state === 'changed' && row.current !== undefined ? { note, state: row.state, current: row.current } : { note, state: row.state };
}

function currentOf(row: NoteRow): { current?: string } {
  return row.current === undefined ? {} : { current: row.current };
}

/**
 * A note taken before version 3 with the page's selectors its page found for it: only a note that still has its
 * article offsets is converted, and only to selectors of the same quotation (white space aside), so that a page can
 * never move a note to another passage.
 */
function convertedNote(note: Note, selector: unknown[]): Note {
  const quote = quoteSelectorOf(note);
  const newQuote = selector.find((s) => isSelector(s) && s.type === 'TextQuoteSelector');
  const valid = selector.length > 0 && selector.every(isSelector) && quote && newQuote && sameText(quote.exact, (newQuote as { exact: string }).exact);
  if (!note.target.articlePosition || !valid) return note;
  const { articlePosition: _converted, ...target } = note.target;
  return { ...note, target: { ...target, selector: selector as Note['target']['selector'] } };
}

/** The page a damaged record was on, if that much of it is readable, so it is counted with that page's notes. */
function sourceOfDamaged(record: object): string {
  const source = (record as { target?: { source?: unknown } }).target?.source;
  return typeof source === 'string' ? source : '';
}

function readNote(row: NoteRow): Note {
  if (!isNote(row.note)) throw new NotesStorageError('damaged', `The stored note ${row.id} is damaged and cannot be read.`);
  return row.note;
}

/** Runs a storage operation, turning storage faults into `NotesStorageError`s. Errors thrown by the caller's own
 *  functions (`change`, `merge`) pass through as they are. */
async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw asStorageError(error);
  }
}

function asStorageError(error: unknown): unknown {
  const fromStorage = error instanceof Dexie.DexieError || error instanceof DOMException;
  if (!fromStorage) return error;
  if (isQuotaExceeded(error)) {
    return new NotesStorageError('quota', 'Notes could not be saved: the browser has no more storage space for Glossa.', { cause: error });
  }
  if (['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError'].includes(error.name)) {
    return new NotesStorageError(
      'unavailable',
      'Notes storage is unavailable: the browser does not let Glossa open its database (as in a private window).',
      { cause: error },
    );
  }
  return new NotesStorageError('failed', `Notes storage failed: ${error.message}`, { cause: error });
}

/** Whether a quota error is the error, or is inside it (Dexie wraps IndexedDB's errors in `inner`, and gathers
 *  those of bulk writes in `failures`). */
function isQuotaExceeded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  return name === 'QuotaExceededError' || isQuotaExceeded(inner) || (Array.isArray(failures) && failures.some(isQuotaExceeded));
}
