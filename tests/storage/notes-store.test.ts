import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_CHARS, noteBody, noteTags, noteText, upgradeSelectors, type Note, type Selector } from '../../lib/notes/annotation';
import { NotesStorageError, NotesStore } from '../../utils/notes-store';

/** The database name Glossa has always used: renaming it would lose every user's notes. */
const DATABASE_NAME = 'glossa-notes';

interface Article {
  source: string;
  pageTitle: string;
  text: string;
}

const ARABIC_ARTICLE: Article = {
  source: 'https://www.aljazeera.net/news/2024/5/12/egypt-opens-largest-desalination-plant',
  pageTitle: 'مصر تفتتح أكبر محطة لتحلية المياه في العلمين الجديدة',
  text:
    'افتتحت الحكومة المصرية يوم الأحد أكبر محطة لتحلية مياه البحر في مدينة العلمين الجديدة، بطاقة إنتاجية تبلغ ' +
    'مئة وخمسين ألف متر مكعب يوميا. وقال وزير الإسكان إن المحطة ستغطي احتياجات المدينة والقرى السياحية المجاورة ' +
    'حتى عام ألفين وخمسين. ويرى خبراء أن تكلفة تشغيل المحطة مرتفعة بسبب استهلاكها الكبير للطاقة.',
};

const ENGLISH_ARTICLE: Article = {
  source: 'https://www.theguardian.com/uk-news/2024/jan/04/flood-warnings-river-severn',
  pageTitle: 'Hundreds of flood warnings in place as River Severn nears record level',
  text:
    'More than 300 flood warnings were in place across England on Thursday as the River Severn rose towards ' +
    'its highest level on record. "We are asking people to stay away from swollen rivers," said Caroline Douglass, ' +
    'the Environment Agency flood director. Residents in Shrewsbury moved valuables upstairs overnight.',
};

let clock = Date.parse('2024-05-12T08:00:00.000Z');

/** A note on `exact` in the article, written one minute after the previous one. */
function quoteNote(id: string, article: Article, exact: string, text: string, tags: string[]): Note {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  const end = start + exact.length;
  clock += 60_000;
  const time = new Date(clock).toISOString();
  return {
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: time,
    modified: time,
    body: noteBody(text, tags),
    target: {
      source: article.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact,
          prefix: article.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
          suffix: article.text.slice(end, end + CONTEXT_CHARS),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    pageTitle: article.pageTitle,
  };
}

const capacityNote = () =>
  quoteNote('urn:uuid:6a1c0a52-3f0e-4c55-9a0b-1d2e3f405162', ARABIC_ARTICLE, 'مئة وخمسين ألف متر مكعب يوميا', 'رقم كبير، يجب التحقق منه', ['مياه', 'أرقام']);
const energyNote = () =>
  quoteNote('urn:uuid:0b7f3a11-92c4-4d1e-8f5a-7c6d5e4f3a21', ARABIC_ARTICLE, 'تكلفة تشغيل المحطة مرتفعة', 'من هم هؤلاء الخبراء؟', ['طاقة']);
const douglassNote = () => ({
  ...quoteNote('urn:uuid:c3d2e1f0-5a4b-4c3d-9e8f-a1b2c3d4e5f6', ENGLISH_ARTICLE, 'We are asking people to stay away from swollen rivers', 'Same advice as 2020.', ['floods']),
  speaker: 'Caroline Douglass',
});

/** A note on the whole English article. */
function articleNote(id: string, text: string, tags: string[] = []): Note {
  const { target, ...note } = douglassNote();
  return { ...note, id, body: noteBody(text, tags), target: { source: target.source } };
}

function withTags(note: Note, tags: string[]): Note {
  return { ...note, body: noteBody(noteText(note), tags) };
}

let factory: IDBFactory;
let store: NotesStore;

beforeEach(() => {
  factory = new IDBFactory();
  store = new NotesStore({ indexedDB: factory, IDBKeyRange });
});

afterEach(() => {
  store.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The notes database as it is on disk, opened at whatever version it has. */
async function openStoredDatabase(): Promise<Dexie> {
  const db = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  await db.open();
  return db;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the operation did not fail');
}

async function storedIds(): Promise<string[]> {
  return (await store.list()).entries.map((entry) => entry.note.id);
}

/** Makes the object store's `method` throw a quota error from its `failingCall`th call on. */
function exhaustQuota(method: 'add' | 'put', failingCall = 1): void {
  const original = IDBObjectStore.prototype[method];
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
    if (++calls >= failingCall) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

describe('NotesStore: reading and writing notes', () => {
  it('adds notes and lists them oldest first, all unchecked', async () => {
    const capacity = capacityNote();
    const douglass = douglassNote();
    const energy = energyNote();
    await store.add(energy);
    await store.add(douglass);
    await store.add(capacity);

    const list = await store.list();
    expect(list.damaged).toBe(0);
    expect(list.entries).toEqual([
      { note: capacity, state: 'unchecked' },
      { note: douglass, state: 'unchecked' },
      { note: energy, state: 'unchecked' },
    ]);
    expect(await store.get(douglass.id)).toEqual({ note: douglass, state: 'unchecked' });
    expect(await store.get('urn:uuid:00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('refuses to add a note whose id is stored already', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    const error = await rejectionOf(store.add(withTags(capacity, ['مكرر'])));
    expect(error).toBeInstanceOf(NotesStorageError);
    expect(error).toMatchObject({ kind: 'failed' });
    expect((await store.get(capacity.id))?.note).toEqual(capacity);
  });

  it('lists the notes of one page', async () => {
    const capacity = capacityNote();
    const douglass = douglassNote();
    const energy = energyNote();
    await Promise.all([store.add(capacity), store.add(douglass), store.add(energy)]);

    expect((await store.list(ARABIC_ARTICLE.source)).entries.map((e) => e.note)).toEqual([capacity, energy]);
    expect((await store.list(ENGLISH_ARTICLE.source)).entries.map((e) => e.note)).toEqual([douglass]);
    expect(await store.list('https://www.aljazeera.net/news/2024/5/13/another-story')).toEqual({ entries: [], damaged: 0 });
  });

  it('updates a note, keeping its anchoring state and the tag index in step', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    await store.setAnchoring(ARABIC_ARTICLE.source, [{ id: capacity.id, state: 'anchored' }]);

    const updated = await store.update(capacity.id, (note) => ({
      ...withTags(note, ['مياه', 'تحقق']),
      modified: '2024-05-13T10:00:00.000Z',
    }));
    expect(noteTags(updated!)).toEqual(['مياه', 'تحقق']);
    expect(await store.get(capacity.id)).toEqual({ note: updated, state: 'anchored' });

    const db = await openStoredDatabase();
    expect(await db.table('notes').where('tags').equals('تحقق').primaryKeys()).toEqual([capacity.id]);
    expect(await db.table('notes').where('tags').equals('أرقام').count()).toBe(0);
    db.close();
  });

  it('updates nothing when there is no such note', async () => {
    const change = vi.fn((note: Note) => note);
    expect(await store.update('urn:uuid:00000000-0000-4000-8000-000000000000', change)).toBeNull();
    expect(change).not.toHaveBeenCalled();
  });

  it('removes a note, returning it, and restores it', async () => {
    const capacity = capacityNote();
    const douglass = douglassNote();
    await Promise.all([store.add(capacity), store.add(douglass)]);

    expect(await store.remove(capacity.id)).toEqual(capacity);
    expect(await storedIds()).toEqual([douglass.id]);
    expect(await store.remove(capacity.id)).toBeNull();

    await store.restore(capacity);
    expect((await store.list()).entries).toEqual([
      { note: capacity, state: 'unchecked' },
      { note: douglass, state: 'unchecked' },
    ]);
  });
});

describe('NotesStore: schema versions', () => {
  it('upgrades a version 1 database: every note kept, in rows with their fields and indexes', async () => {
    store.close();
    const capacity = capacityNote();
    const energy = energyNote();
    const douglass = douglassNote();
    const broken = { id: 'urn:uuid:broken', type: 'Annotation', body: 'not a list', target: { source: ENGLISH_ARTICLE.source } };
    const version1 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    version1.version(1).stores({ notes: 'id, target.source' });
    await version1.table('notes').bulkAdd([capacity, energy, douglass, broken]);
    version1.close();

    store = new NotesStore({ indexedDB: factory, IDBKeyRange });
    expect(await store.list()).toEqual({
      entries: [capacity, energy, douglass].map((note) => ({ note: upgradeSelectors(note), state: 'unchecked' })),
      damaged: 1,
    });
    expect(await store.list(ENGLISH_ARTICLE.source)).toEqual({ entries: [{ note: upgradeSelectors(douglass), state: 'unchecked' }], damaged: 1 });

    const db = await openStoredDatabase();
    const notes = db.table('notes');
    expect(await notes.get(capacity.id)).toEqual({
      id: capacity.id,
      note: upgradeSelectors(capacity),
      source: ARABIC_ARTICLE.source,
      site: 'aljazeera.net',
      tags: ['مياه', 'أرقام'],
      modified: capacity.modified,
      state: 'unchecked',
      checked: null,
    });
    expect(await notes.where('tags').equals('طاقة').primaryKeys()).toEqual([energy.id]);
    expect(await notes.orderBy('modified').reverse().primaryKeys()).toEqual([douglass.id, energy.id, capacity.id, broken.id]);
    expect((await notes.where('site').equals('theguardian.com').primaryKeys()).sort()).toEqual([douglass.id, broken.id].sort());
    expect(await notes.where('state').equals('unchecked').count()).toBe(4);
    db.close();
  });
});

/** A stored row as version 2 of the store wrote it (utils/notes-store.ts before notes were anchored on the page). */
function version2Row(note: Note | { id: string; target: { source: string } }, state: string, checked: string | null) {
  const source = note.target.source;
  const tags = 'body' in note && Array.isArray(note.body) ? noteTags(note as Note) : [];
  return { id: note.id, note, source, site: new URL(source).hostname.replace(/^www\./, ''), tags, state, checked };
}

describe('NotesStore: version 3, selectors over the page', () => {
  it('upgrades a version 2 database as today’s code writes it: every note kept, article offsets set aside once', async () => {
    store.close();
    const capacity = capacityNote();
    const douglass = douglassNote();
    const whole = articleNote('urn:uuid:7d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d5e', 'Read the whole report');
    // Imported from another tool: a position alone, counted over the page's text as the W3C model counts it.
    const positionOnly: Note = { ...energyNote(), id: 'urn:example:position-only', target: { source: ARABIC_ARTICLE.source, selector: [{ type: 'TextPositionSelector', start: 120, end: 146 }] } };
    const broken = { id: 'urn:uuid:broken', target: { source: ENGLISH_ARTICLE.source } };
    const version2 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    version2.version(1).stores({ notes: 'id, target.source' });
    version2.version(2).stores({ notes: 'id, source, site, *tags, state' });
    await version2.table('notes').bulkAdd([
      version2Row(capacity, 'anchored', '2024-05-12T09:00:00.000Z'),
      version2Row(douglass, 'orphan', '2024-05-12T09:30:00.000Z'),
      version2Row(whole, 'unchecked', null),
      version2Row(positionOnly, 'unchecked', null),
      version2Row(broken, 'unchecked', null),
    ]);
    version2.close();

    store = new NotesStore({ indexedDB: factory, IDBKeyRange });
    const { entries, damaged } = await store.list();
    expect(damaged).toBe(1);
    const byId = new Map(entries.map((entry) => [entry.note.id, entry]));
    expect([...byId.keys()].sort()).toEqual([capacity.id, douglass.id, whole.id, positionOnly.id].sort());
    // A note of Glossa's: its quotation as it was, its article offsets set aside, its state and text kept.
    const [quote, position] = capacity.target.selector as [Selector, Extract<Selector, { type: 'TextPositionSelector' }>];
    expect(byId.get(capacity.id)).toEqual({
      state: 'anchored',
      note: { ...capacity, target: { source: capacity.target.source, selector: [quote], articlePosition: { start: position.start, end: position.end } } },
    });
    expect(byId.get(douglass.id)!.state).toBe('orphan');
    expect(noteText(byId.get(douglass.id)!.note)).toBe('Same advice as 2020.');
    expect(byId.get(whole.id)!.note).toEqual(whole);
    expect(byId.get(positionOnly.id)!.note).toEqual(positionOnly);

    const db = await openStoredDatabase();
    expect(db.verno).toBe(4);
    expect(await db.table('notes').get(broken.id)).toMatchObject({ note: broken });
    expect(await db.table('notes').where('tags').equals('أرقام').primaryKeys()).toEqual([capacity.id]);
    db.close();

    // Opened again: nothing is converted twice.
    store.close();
    store = new NotesStore({ indexedDB: factory, IDBKeyRange });
    expect((await store.list()).entries).toEqual(entries);
  });

  it('converts a note from its article offsets to the selectors its page reports, once, for the same quotation only', async () => {
    const capacity = upgradeSelectors(capacityNote());
    const energy = upgradeSelectors(energyNote());
    await Promise.all([store.add(capacity), store.add(energy)]);
    const pageSelectors = (exact: string): Selector[] => [
      { type: 'TextQuoteSelector', exact, prefix: 'يوميا ', suffix: '. وقال' },
      { type: 'TextPositionSelector', start: 400, end: 400 + exact.length },
    ];
    const capacityExact = (capacity.target.selector![0] as { exact: string }).exact;
    await store.setAnchoring(ARABIC_ARTICLE.source, [
      { id: capacity.id, state: 'anchored', selector: pageSelectors(capacityExact.replace(/ /g, '\n  ')) },
      { id: energy.id, state: 'anchored', selector: pageSelectors('نص آخر تماما') },
    ]);
    const converted = (await store.get(capacity.id))!.note;
    expect(converted.target).toEqual({ source: capacity.target.source, selector: pageSelectors(capacityExact.replace(/ /g, '\n  ')) });
    expect(converted.modified).toBe(capacity.modified);
    expect((await store.get(energy.id))!.note).toEqual(energy);
  });

  it('keeps the text now of a changed passage until its page finds it as it was', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    await store.setAnchoring(ARABIC_ARTICLE.source, [{ id: capacity.id, state: 'changed', current: 'مئتي ألف متر مكعب يوميا' }]);
    expect(await store.get(capacity.id)).toEqual({ note: capacity, state: 'changed', current: 'مئتي ألف متر مكعب يوميا' });
    await store.update(capacity.id, (note) => withTags(note, ['تحقق']));
    expect((await store.get(capacity.id))!.current).toBe('مئتي ألف متر مكعب يوميا');
    await store.setAnchoring(ARABIC_ARTICLE.source, [{ id: capacity.id, state: 'anchored' }]);
    expect(await store.get(capacity.id)).toEqual({ note: withTags(capacity, ['تحقق']), state: 'anchored' });
  });

  it('has a note given a new passage found on its page again', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    await store.setAnchoring(ARABIC_ARTICLE.source, [{ id: capacity.id, state: 'orphan' }]);
    const moved = await store.update(capacity.id, (note) => ({ ...note, target: { source: note.target.source, selector: energyNote().target.selector } }), { moved: true });
    expect(await store.get(capacity.id)).toEqual({ note: moved, state: 'unchecked' });
  });
});

describe('NotesStore: the notes page’s chunks', () => {
  it('reads all notes a chunk at a time along the index of their last change, the most recent first', async () => {
    const notes = [capacityNote(), energyNote(), douglassNote(), articleNote('urn:uuid:whole', 'Read again')];
    for (const note of notes) await store.add(note);
    // The oldest note edited last comes first.
    await store.update(notes[0].id, (note) => ({ ...note, modified: new Date(clock + 3_600_000).toISOString() }));
    const newestFirst = [notes[0], notes[3], notes[2], notes[1]].map((note) => note.id);
    const first = await store.listChunk(0, 3);
    expect(first.entries.map((entry) => entry.note.id)).toEqual(newestFirst.slice(0, 3));
    expect(first).toMatchObject({ total: 4, damaged: 0 });
    const rest = await store.listChunk(3, 3);
    expect(rest.entries.map((entry) => entry.note.id)).toEqual(newestFirst.slice(3));
    expect((await store.listChunk(4, 3)).entries).toEqual([]);
  });

  it('counts a damaged record in its chunk without listing it', async () => {
    await store.add(capacityNote());
    const db = await openStoredDatabase();
    await db.table('notes').put({ id: 'urn:uuid:broken', note: { id: 'urn:uuid:broken' }, source: '', site: '', tags: [], modified: '', state: 'unchecked', checked: null });
    db.close();
    expect(await store.listChunk(0, 10)).toMatchObject({ entries: [{ note: { id: capacityNote().id } }], damaged: 1, total: 2 });
  });
});

describe('NotesStore: concurrent writes', () => {
  it('stores all of 100 notes added at once', async () => {
    const notes = Array.from({ length: 100 }, (_, i) => articleNote(`urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Reading note ${i}`));
    await Promise.all(notes.map((note) => store.add(note)));
    expect((await store.list()).entries.map((entry) => entry.note)).toEqual(notes);
  });

  it('keeps every one of 20 simultaneous updates of the same note', async () => {
    const douglass = douglassNote();
    await store.add(withTags(douglass, []));
    const tags = Array.from({ length: 20 }, (_, i) => `tag-${i}`);

    await Promise.all(tags.map((tag) => store.update(douglass.id, (note) => withTags(note, [...noteTags(note), tag]))));

    expect(noteTags((await store.get(douglass.id))!.note).sort()).toEqual([...tags].sort());
  });
});

describe('NotesStore: importing notes', () => {
  const mergeTags = (existing: Note, incoming: Note): Note =>
    withTags(incoming.modified > existing.modified ? incoming : existing, [...noteTags(existing), ...noteTags(incoming)]);

  it('adds new notes and merges those with a stored id', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    const imported = withTags({ ...capacity, modified: '2024-06-01T12:00:00.000Z' }, ['العلمين']);
    const energy = energyNote();
    const douglass = douglassNote();

    expect(await store.importNotes([imported, energy, douglass], mergeTags)).toEqual({ added: 2, merged: 1 });
    expect((await store.get(capacity.id))?.note).toEqual(withTags(imported, ['مياه', 'أرقام', 'العلمين']));
    expect(await storedIds()).toEqual([capacity.id, energy.id, douglass.id]);
  });

  it('merges a note given twice with its first copy', async () => {
    const douglass = douglassNote();
    const again = withTags({ ...douglass, modified: '2024-06-01T12:00:00.000Z' }, ['Environment Agency']);
    expect(await store.importNotes([douglass, again], mergeTags)).toEqual({ added: 1, merged: 1 });
    expect(noteTags((await store.get(douglass.id))!.note)).toEqual(['floods', 'Environment Agency']);
  });

  it('writes nothing when a merge fails midway, and passes its error on', async () => {
    const stored = Array.from({ length: 8 }, (_, i) => articleNote(`urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Note ${i}`));
    await Promise.all(stored.map((note) => store.add(note)));
    const before = await store.list();
    const imported = [articleNote('urn:uuid:new-note', 'A new note'), ...stored.map((note) => withTags(note, ['imported']))];
    let merges = 0;
    const failingMerge = (existing: Note, incoming: Note) => {
      if (++merges === 5) throw new Error('cannot merge note 5');
      return mergeTags(existing, incoming);
    };

    const error = await rejectionOf(store.importNotes(imported, failingMerge));
    expect(error).toEqual(new Error('cannot merge note 5'));
    expect(await store.list()).toEqual(before);
  });

  it('writes nothing when a write fails midway', async () => {
    const capacity = capacityNote();
    await store.add(capacity);
    const imported = Array.from({ length: 10 }, (_, i) => articleNote(`urn:uuid:20000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Note ${i}`));
    exhaustQuota('put', 5);

    const error = await rejectionOf(store.importNotes([withTags(capacity, ['مستورد']), ...imported], mergeTags));
    expect(error).toBeInstanceOf(NotesStorageError);
    expect(error).toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect((await store.list()).entries).toEqual([{ note: capacity, state: 'unchecked' }]);
  });
});

describe('NotesStore: storage faults', () => {
  it('reports a full disk as a quota error and keeps the other notes', async () => {
    const capacity = capacityNote();
    const energy = energyNote();
    await store.add(capacity);
    await store.add(energy);
    exhaustQuota('add');

    const error = await rejectionOf(store.add(douglassNote()));
    expect(error).toBeInstanceOf(NotesStorageError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/storage space/) });
    vi.restoreAllMocks();
    expect(await storedIds()).toEqual([capacity.id, energy.id]);
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    store.close();
    vi.stubGlobal('indexedDB', undefined);
    store = new NotesStore();
    const error = await rejectionOf(store.list());
    expect(error).toBeInstanceOf(NotesStorageError);
    expect(error).toMatchObject({ kind: 'unavailable' });
  });

  it('reports a database that cannot be opened (as in a private window) as unavailable', async () => {
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const error = await rejectionOf(store.add(capacityNote()));
    expect(error).toBeInstanceOf(NotesStorageError);
    expect(error).toMatchObject({ kind: 'unavailable' });
  });

  it('counts a damaged record without listing it, and refuses to use it', async () => {
    const capacity = capacityNote();
    const douglass = douglassNote();
    await Promise.all([store.add(capacity), store.add(douglass)]);
    const db = await openStoredDatabase();
    await db.table('notes').put({
      id: 'urn:uuid:damaged',
      note: { ...energyNote(), id: 'urn:uuid:damaged', created: 'yesterday', body: null },
      source: ARABIC_ARTICLE.source,
      site: 'aljazeera.net',
      tags: [],
      state: 'unchecked',
      checked: null,
    });
    db.close();

    expect(await store.list()).toEqual({
      entries: [capacity, douglass].map((note) => ({ note, state: 'unchecked' })),
      damaged: 1,
    });
    expect((await store.list(ARABIC_ARTICLE.source)).damaged).toBe(1);
    expect((await store.list(ENGLISH_ARTICLE.source)).damaged).toBe(0);
    expect(await rejectionOf(store.get('urn:uuid:damaged'))).toMatchObject({ kind: 'damaged' });
    expect(await rejectionOf(store.update('urn:uuid:damaged', (note) => note))).toMatchObject({ kind: 'damaged' });
    expect(await rejectionOf(store.remove('urn:uuid:damaged'))).toMatchObject({ kind: 'damaged' });
    expect((await store.list()).damaged).toBe(1);
  });
});

describe('NotesStore: anchoring', () => {
  it("records a page's report on its own notes only", async () => {
    const capacity = capacityNote();
    const energy = energyNote();
    const douglass = douglassNote();
    await Promise.all([store.add(capacity), store.add(energy), store.add(douglass)]);

    await store.setAnchoring(ARABIC_ARTICLE.source, [
      { id: capacity.id, state: 'anchored' },
      { id: energy.id, state: 'orphan' },
      { id: douglass.id, state: 'orphan' },
    ]);

    expect((await store.list()).entries.map((entry) => [entry.note.id, entry.state])).toEqual([
      [capacity.id, 'anchored'],
      [energy.id, 'orphan'],
      [douglass.id, 'unchecked'],
    ]);
    const db = await openStoredDatabase();
    expect((await db.table('notes').get(capacity.id)).checked).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await db.table('notes').get(douglass.id)).checked).toBeNull();
    db.close();
  });
});
