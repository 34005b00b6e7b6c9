/** The note editor and the notes page, rendered with English and Arabic notes as the entrypoints give them. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, type NoteEditorProps } from '@/components/NoteEditor';
import { NotesPage, type NotesPageProps } from '@/components/NotesPage';
import { PageNotes } from '@/components/PageNotes';
import { noteBody, type Note } from '@/lib/notes/annotation';
import type { AnchorState, NoteEntry } from '@/utils/protocol';
import { localeMessages, uiStringsOf } from './ui-strings';

const strings = uiStringsOf('en');
const arabic = uiStringsOf('ar');

let host: HTMLElement | undefined;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host!));
  return host;
}
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
});

function $<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}
function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function click(element: HTMLElement): void {
  act(() => element.click());
}
function press(element: HTMLElement, key: string, modifiers: KeyboardEventInit = {}): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }));
  });
}

interface NoteSpec {
  id: string;
  source: string;
  title: string;
  text: string;
  tags?: string[];
  /** The annotated passage and where it starts in the article; none for a note on the whole article. */
  quote?: { exact: string; start: number };
  speaker?: string;
  created: string;
  modified?: string;
}

function makeNote(spec: NoteSpec): Note {
  return {
    id: spec.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: spec.created,
    modified: spec.modified ?? spec.created,
    body: noteBody(spec.text, spec.tags ?? []),
    target: {
      source: spec.source,
      ...(spec.quote && {
        selector: [
          { type: 'TextQuoteSelector', exact: spec.quote.exact, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: spec.quote.start, end: spec.quote.start + spec.quote.exact.length },
        ],
      }),
    },
    pageTitle: spec.title,
    ...(spec.speaker && { speaker: spec.speaker }),
  };
}

const BRIDGE = 'https://www.harbourtimes.example/city/bridge-funding';
const BRIDGE_TITLE = 'Council approves harbour bridge funding';
const ENERGY = 'https://alofoq-news.example/politics/putin-xi';
const ENERGY_TITLE = 'بوتين وشي يعززان الشراكة في مجال الطاقة';
const MARKET = 'https://news.example.org/economy/cafe-prices';
const MARKET_TITLE = 'Why your café au lait costs more this winter';

const bridgeQuote = makeNote({
  id: 'urn:uuid:0b7c2a52-1d0e-4c1b-9f7e-000000000001', source: BRIDGE, title: BRIDGE_TITLE,
  quote: { exact: 'Every dollar of this project will be on the public record', start: 812 },
  speaker: 'Helen Okafor', text: 'Ask the council for the audit schedule.\nCompare with the 2019 tunnel.', tags: ['budget', 'transport'],
  created: '2026-11-20T09:15:00Z', modified: '2026-11-21T18:40:00Z',
});
const bridgeWhole = makeNote({
  id: 'urn:uuid:0b7c2a52-1d0e-4c1b-9f7e-000000000002', source: BRIDGE, title: BRIDGE_TITLE,
  text: 'Good background piece on the harbour plan.', tags: ['follow-up'], created: '2026-11-20T09:30:00Z',
});
const energyQuote = makeNote({
  id: 'urn:uuid:0b7c2a52-1d0e-4c1b-9f7e-000000000003', source: ENERGY, title: ENERGY_TITLE,
  quote: { exact: 'العلاقات بين بلدينا في أفضل مستوياتها على الإطلاق', start: 240 },
  speaker: 'فلاديمير بوتين', text: 'مُلاحَظةٌ مُهِمَّةٌ عن الطّاقةِ والغاز', tags: ['طاقة', 'سياسة'],
  created: '2026-11-22T07:05:00Z',
});
const marketOrphan = makeNote({
  id: 'urn:uuid:0b7c2a52-1d0e-4c1b-9f7e-000000000004', source: MARKET, title: MARKET_TITLE,
  quote: { exact: 'Milk prices rose by a third', start: 95 }, text: 'Naïve reading of the data', tags: ['budget'],
  created: '2026-11-19T12:00:00Z',
});

function entry(note: Note, state: AnchorState = 'anchored'): NoteEntry {
  return { note, state };
}
const entries = [entry(bridgeWhole), entry(marketOrphan, 'orphan'), entry(energyQuote, 'unchecked'), entry(bridgeQuote)];

function pageProps(overrides: Partial<NotesPageProps> = {}): NotesPageProps {
  return {
    list: { entries, damaged: 0 }, strings, report: null, undo: null,
    onUpdate: vi.fn(async () => {}), onDelete: vi.fn(), onUndo: vi.fn(), onOpen: vi.fn(), onExport: vi.fn(), onImport: vi.fn(),
    ...overrides,
  };
}

/** The ids of the notes shown, in the order shown. */
function shownIds(root: ParentNode): string[] {
  return [...root.querySelectorAll('[data-glossa-note]')].map((element) => element.getAttribute('data-glossa-note')!);
}
function noteItem(root: ParentNode, note: Note): HTMLElement {
  return $(root, `[data-glossa-note="${note.id}"]`);
}

describe('NotesPage', () => {
  it('groups notes by article, latest article first, each under its title and site, notes in reading order', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    expect($(root, 'main h1').textContent).toBe('All notes');
    expect(texts(root, '.article-notes h2')).toEqual([ENERGY_TITLE, BRIDGE_TITLE, MARKET_TITLE]);
    expect(texts(root, '.article-notes .site')).toEqual(['alofoq-news.example', 'harbourtimes.example', 'news.example.org']);
    expect($(root, '.article-notes h2').getAttribute('dir')).toBe('auto');
    // The note on the whole article comes before the one on a passage.
    expect(shownIds(root)).toEqual([energyQuote.id, bridgeWhole.id, bridgeQuote.id, marketOrphan.id]);
    expect($(root, '[data-glossa-count]').textContent).toBe('Notes shown: 4');
  });

  it('shows each note: its passage or "the whole article", speaker, text, tags and times', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    const quoted = noteItem(root, bridgeQuote);
    expect($(quoted, 'blockquote').textContent).toBe('Every dollar of this project will be on the public record');
    expect($(quoted, '.speaker').textContent).toBe('Quote by Helen Okafor');
    expect($(quoted, '.note-text').textContent).toBe('Ask the council for the audit schedule.\nCompare with the 2019 tunnel.');
    expect($(quoted, '.note-text').getAttribute('dir')).toBe('auto');
    expect($(quoted, '.tags').getAttribute('aria-label')).toBe('Tags');
    expect(texts(quoted, '.tags li')).toEqual(['budget', 'transport']);
    expect([...quoted.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([bridgeQuote.created, bridgeQuote.modified]);
    expect(texts(quoted, 'time')[0]).toMatch(/^Written /);
    expect(texts(quoted, 'time')[1]).toMatch(/^edited /);
    expect(texts(quoted, '.actions button')).toEqual(['Open in the article', 'Edit', 'Delete']);

    const whole = noteItem(root, bridgeWhole);
    expect(whole.querySelector('blockquote')).toBeNull();
    expect($(whole, '.whole-article').textContent).toBe('The whole article');
    expect(whole.querySelectorAll('time')).toHaveLength(1);

    const arabicNote = noteItem(root, energyQuote);
    expect($(arabicNote, 'blockquote').getAttribute('dir')).toBe('auto');
    expect(texts(arabicNote, '.tags li')).toEqual(['طاقة', 'سياسة']);
  });

  it('lists an orphan like any other note, with a badge that says what it means', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    expect(root.querySelectorAll('[data-glossa-orphan]')).toHaveLength(1);
    const orphan = $(noteItem(root, marketOrphan), '[data-glossa-orphan]');
    expect($(orphan, '.badge').textContent).toBe('Not found on the page');
    expect(orphan.textContent).toContain('the last time it was visited');
    expect(noteItem(root, marketOrphan).getAttribute('data-state')).toBe('orphan');
  });

  it('shows a passage found only by a close match as changed, with its words then and now', () => {
    const changed: NoteEntry = { note: bridgeQuote, state: 'changed', current: 'Every cent of this project will be on the public record' };
    const root = mount(<NotesPage {...pageProps({ list: { entries: [changed], damaged: 0 } })} />);
    const item = noteItem(root, bridgeQuote);
    expect(item.getAttribute('data-state')).toBe('changed');
    expect($(item, '[data-glossa-changed] .badge').textContent).toBe('The passage has changed since you noted it');
    const diff = $(item, '[data-glossa-diff]');
    expect(texts(diff, 'del')).toEqual(['dollar ']);
    expect(texts(diff, 'ins')).toEqual(['cent ']);
    expect(diff.textContent).toBe('Every dollar cent of this project will be on the public record');
    // The passage as it was noted stays the note's quotation.
    expect($(item, 'blockquote').textContent).toBe('Every dollar of this project will be on the public record');
  });

  it('copies a citation of a note on a passage, and says so', async () => {
    const onCite = vi.fn(async () => true);
    const root = mount(<NotesPage {...pageProps({ onCite })} />);
    expect(noteItem(root, bridgeWhole).querySelector('[data-glossa-cite]'), 'no citation of a note on the whole article').toBeNull();
    await act(async () => {
      $(noteItem(root, bridgeQuote), '[data-glossa-cite]').click();
      await new Promise((settled) => setTimeout(settled, 0));
    });
    expect(onCite).toHaveBeenCalledWith(bridgeQuote.id);
    expect($(noteItem(root, bridgeQuote), '[data-glossa-cite-status]').textContent).toBe('Citation copied');
  });

  it('offers to attach an orphan to the selection only where the page is at hand', () => {
    const onReattach = vi.fn();
    const page = mount(<NotesPage {...pageProps()} />);
    expect(page.querySelector('[data-glossa-reattach]')).toBeNull();
    render(null, host!);
    const popup = mount(
      <PageNotes entries={entries} draft={null} strings={strings} onAdd={vi.fn()} create={vi.fn()} onCreated={vi.fn()} onCancel={vi.fn()}
        onUpdate={vi.fn()} onDelete={vi.fn()} onReattach={onReattach} onCite={vi.fn()} undo={false} onUndo={vi.fn()} onNotesPage={vi.fn()} />,
    );
    expect(popup.querySelectorAll('[data-glossa-reattach]')).toHaveLength(1);
    click($(noteItem(popup, marketOrphan), '[data-glossa-reattach]'));
    expect(onReattach).toHaveBeenCalledWith(marketOrphan.id);
  });

  it('finds Arabic notes whatever their tashkeel, in the query or in the note', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    const search = $<HTMLInputElement>(root, 'input[type="search"][data-glossa-search]');
    expect(search.closest('label')!.textContent).toBe('Search the notes');
    expect(search.closest('form')!.getAttribute('role')).toBe('search');

    type(search, 'ملاحظة مهمة'); // the note says مُلاحَظةٌ مُهِمَّةٌ
    expect(shownIds(root)).toEqual([energyQuote.id]);
    expect($(root, '[data-glossa-count]').textContent).toBe('Notes shown: 1');
    type(search, 'الطّاقة'); // in the note's text (with shadda there too) and the title
    expect(shownIds(root)).toEqual([energyQuote.id]);
    type(search, 'بوتين');
    expect(shownIds(root)).toEqual([energyQuote.id]);
  });

  it('finds Latin notes whatever their case and accents, in text, quote, speaker, title and tags', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    const search = $<HTMLInputElement>(root, '[data-glossa-search]');
    type(search, 'CAFE'); // the title says "café"
    expect(shownIds(root)).toEqual([marketOrphan.id]);
    type(search, 'naive'); // the text says "Naïve"
    expect(shownIds(root)).toEqual([marketOrphan.id]);
    type(search, 'okafor');
    expect(shownIds(root)).toEqual([bridgeQuote.id]);
    type(search, 'public record');
    expect(shownIds(root)).toEqual([bridgeQuote.id]);
    type(search, 'follow-up');
    expect(shownIds(root)).toEqual([bridgeWhole.id]);
    type(search, 'budget');
    expect(shownIds(root)).toEqual([bridgeQuote.id, marketOrphan.id]);
    type(search, 'harbour audit'); // every word, anywhere in the note
    expect(shownIds(root)).toEqual([bridgeQuote.id]);

    type(search, 'submarine');
    expect(shownIds(root)).toEqual([]);
    expect($(root, '[data-glossa-no-matches]').textContent).toBe('No note matches the search and filters.');
    expect($(root, '[data-glossa-count]').textContent).toBe('Notes shown: 0');
  });

  it('filters by site, speaker and tag, with choices taken from the notes', () => {
    const root = mount(<NotesPage {...pageProps()} />);
    const site = $<HTMLSelectElement>(root, 'select[data-glossa-filter="site"]');
    const speaker = $<HTMLSelectElement>(root, 'select[data-glossa-filter="speaker"]');
    const tag = $<HTMLSelectElement>(root, 'select[data-glossa-filter="tag"]');
    expect(site.closest('label')!.firstChild!.textContent).toBe('Site');
    expect(texts(site, 'option')).toEqual(['All sites', 'alofoq-news.example', 'harbourtimes.example', 'news.example.org']);
    expect(texts(speaker, 'option')).toEqual(['All speakers', ...['Helen Okafor', 'فلاديمير بوتين'].sort((a, b) => a.localeCompare(b))]);
    expect(texts(tag, 'option').slice(0, 1)).toEqual(['All tags']);
    expect(texts(tag, 'option').slice(1).sort()).toEqual(['budget', 'follow-up', 'transport', 'سياسة', 'طاقة'].sort());

    choose(site, 'harbourtimes.example');
    expect(shownIds(root)).toEqual([bridgeWhole.id, bridgeQuote.id]);
    choose(site, '');
    choose(speaker, 'فلاديمير بوتين');
    expect(shownIds(root)).toEqual([energyQuote.id]);
    choose(speaker, '');
    choose(tag, 'budget');
    expect(shownIds(root)).toEqual([bridgeQuote.id, marketOrphan.id]);
    choose(site, 'news.example.org'); // filters combine
    expect(shownIds(root)).toEqual([marketOrphan.id]);
  });

  it('edits a note in place and sends the new text and tags', async () => {
    const onUpdate = vi.fn(async () => {});
    const root = mount(<NotesPage {...pageProps({ onUpdate })} />);
    click($(noteItem(root, energyQuote), '[data-glossa-edit]'));
    const editor = $(noteItem(root, energyQuote), '[data-glossa-note-editor]');
    const text = $<HTMLTextAreaElement>(editor, '[data-glossa-note-text]');
    const tags = $<HTMLInputElement>(editor, '[data-glossa-note-tags]');
    expect(text.value).toBe('مُلاحَظةٌ مُهِمَّةٌ عن الطّاقةِ والغاز');
    expect(tags.value).toBe('طاقة, سياسة');
    expect($(editor, 'blockquote').textContent).toBe('العلاقات بين بلدينا في أفضل مستوياتها على الإطلاق');

    type(text, 'الغاز أولًا ثم النفط');
    type(tags, 'طاقة، غاز, روسيا');
    await act(async () => $(editor, '[data-glossa-save]').click());
    expect(onUpdate).toHaveBeenCalledWith(energyQuote.id, { text: 'الغاز أولًا ثم النفط', tags: ['طاقة', 'غاز', 'روسيا'] });
    expect(root.querySelector('[data-glossa-note-editor]')).toBeNull();
  });

  it('keeps the editor open with the reason when saving fails, and closes it on Cancel', async () => {
    const onUpdate = vi.fn(async () => {
      throw new Error('Storage is full');
    });
    const root = mount(<NotesPage {...pageProps({ onUpdate })} />);
    click($(noteItem(root, bridgeWhole), '[data-glossa-edit]'));
    await act(async () => $(root, '[data-glossa-save]').click());
    expect($(root, '[data-glossa-note-editor] [role="alert"]').textContent).toBe('The note could not be saved: Storage is full');
    click($(root, '[data-glossa-cancel]'));
    expect(root.querySelector('[data-glossa-note-editor]')).toBeNull();
    expect($(noteItem(root, bridgeWhole), '.note-text').textContent).toBe('Good background piece on the harbour plan.');
  });

  it('deletes, opens, and offers to undo a deletion while it can be undone', () => {
    const props = pageProps();
    const root = mount(<NotesPage {...props} />);
    expect(root.querySelector('[data-glossa-undo-bar]')).toBeNull();
    click($(noteItem(root, bridgeQuote), '[data-glossa-delete]'));
    expect(props.onDelete).toHaveBeenCalledWith(bridgeQuote.id);
    click($(noteItem(root, marketOrphan), '[data-glossa-open]'));
    expect(props.onOpen).toHaveBeenCalledWith(marketOrphan.id);

    render(null, host!);
    const withUndo = mount(<NotesPage {...props} undo={{ note: bridgeQuote }} />);
    const bar = $(withUndo, '[data-glossa-undo-bar]');
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.textContent).toBe('Note deleted. Undo');
    click($(bar, 'button[data-glossa-undo]'));
    expect(props.onUndo).toHaveBeenCalled();
  });

  it('exports the notes shown, in either format', () => {
    const onExport = vi.fn();
    const root = mount(<NotesPage {...pageProps({ onExport })} />);
    expect($(root, 'fieldset legend').textContent).toBe('Export the notes shown as');
    click($(root, '[data-glossa-export="markdown"]'));
    expect(onExport).toHaveBeenLastCalledWith('markdown', [energyQuote, bridgeWhole, bridgeQuote, marketOrphan]);
    choose($<HTMLSelectElement>(root, '[data-glossa-filter="tag"]'), 'budget');
    click($(root, '[data-glossa-export="annotations"]'));
    expect(onExport).toHaveBeenLastCalledWith('annotations', [bridgeQuote, marketOrphan]);
    expect($(root, '[data-glossa-export="annotations"]').textContent).toBe('W3C annotations (JSON-LD)');

    type($<HTMLInputElement>(root, '[data-glossa-search]'), 'nothing like this');
    expect($<HTMLButtonElement>(root, '[data-glossa-export="annotations"]').disabled).toBe(true);
    expect($<HTMLButtonElement>(root, '[data-glossa-export="markdown"]').disabled).toBe(true);
  });

  it('imports the file chosen', () => {
    const onImport = vi.fn();
    const root = mount(<NotesPage {...pageProps({ onImport })} />);
    const input = $<HTMLInputElement>(root, 'input[type="file"][data-glossa-import]');
    expect(input.getAttribute('accept')).toBe('.json,.jsonld,application/json,application/ld+json');
    expect(input.closest('label')!.textContent).toBe('Import W3C annotations (.json or .jsonld file)');
    const file = new File(['{"type":"AnnotationCollection"}'], 'notes.jsonld', { type: 'application/ld+json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('says what an import did: notes imported, merged, and each one rejected with its reason', () => {
    const report = {
      added: 5, merged: 2,
      rejected: [
        { index: 2, id: 'urn:x:1', reason: 'item 3 (urn:x:1): its target is not a web page' },
        { index: 6, reason: 'item 7: it has no text and no tags' },
      ],
    };
    const root = mount(<NotesPage {...pageProps({ report })} />);
    const shown = $(root, '[data-glossa-import-report]');
    expect(shown.getAttribute('role')).toBe('status');
    expect(texts(shown, 'p')).toEqual(['Notes imported: 5', 'Merged with a note already here: 2', 'Annotations not imported: 2']);
    expect(texts(shown, '.rejected li')).toEqual(report.rejected.map((rejection) => rejection.reason));
  });

  it('says when a file could not be imported at all, and that nothing was changed', () => {
    const report = { added: 0, merged: 0, rejected: [], error: 'This file is not JSON.' };
    const root = mount(<NotesPage {...pageProps({ report })} />);
    const shown = $(root, '[data-glossa-import-report]');
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.textContent).toBe('The file could not be imported, so nothing was changed: This file is not JSON.');
  });

  it('counts damaged records, and says when a message failed', () => {
    const root = mount(<NotesPage {...pageProps({ list: { entries, damaged: 3 }, error: 'The notes could not be loaded: no background' })} />);
    expect($(root, '[data-glossa-damaged]').textContent).toBe('Damaged records in storage, not shown: 3');
    expect($(root, '[data-glossa-error]').getAttribute('role')).toBe('alert');
    render(null, host!);
    expect(mount(<NotesPage {...pageProps()} />).querySelector('[data-glossa-damaged]')).toBeNull();
  });

  it('has an empty state, where a file can still be imported, and is busy while loading', () => {
    const root = mount(<NotesPage {...pageProps({ list: { entries: [], damaged: 0 } })} />);
    expect($(root, '[data-glossa-empty]').textContent).toBe('No notes yet. The notes you take on articles will appear here.');
    expect(root.querySelector('[data-glossa-search]')).toBeNull();
    expect($<HTMLButtonElement>(root, '[data-glossa-export="markdown"]').disabled).toBe(true);
    expect(root.querySelector('[data-glossa-import]')).not.toBeNull();

    render(null, host!);
    const loading = mount(<NotesPage {...pageProps({ list: null })} />);
    expect($(loading, 'main').getAttribute('aria-busy')).toBe('true');
    expect(loading.querySelector('[data-glossa-empty]')).toBeNull();
  });

  it('speaks Arabic with the Arabic strings', () => {
    const root = mount(<NotesPage {...pageProps({ strings: arabic, undo: { note: energyQuote } })} />);
    expect($(root, 'h1').textContent).toBe('كل الملاحظات');
    expect($(root, '[data-glossa-orphan] .badge').textContent).toBe('لم يُعثر عليها في الصفحة');
    expect($(root, '[data-glossa-count]').textContent).toBe('الملاحظات المعروضة: 4');
    expect(texts(noteItem(root, energyQuote), '.actions button')).toEqual(['فتح في المقال', 'تعديل', 'حذف']);
    expect($(root, '[data-glossa-undo]').textContent).toBe('تراجع');
  });

  it('shows hostile page and note strings as text, creating no element', () => {
    const hostile = makeNote({
      id: 'urn:uuid:0b7c2a52-1d0e-4c1b-9f7e-00000000000f', source: 'https://evil.example/a', title: '<script>alert(1)</script>',
      quote: { exact: '<iframe src="javascript:alert(1)"></iframe>', start: 0 }, speaker: '<b onmouseover=alert(1)>Mallory</b>',
      text: '<img src=x onerror=alert(1)>', tags: ['<svg onload=alert(1)>'], created: '2026-11-23T10:00:00Z',
    });
    const report = { added: 0, merged: 0, rejected: [{ index: 0, reason: 'item 1 (<img src=y onerror=alert(2)>): bad' }] };
    const root = mount(<NotesPage {...pageProps({ list: { entries: [entry(hostile)], damaged: 0 }, report })} />);
    expect(root.querySelectorAll('img, script, iframe, svg, b')).toHaveLength(0);
    expect($(root, '.article-notes h2').textContent).toBe('<script>alert(1)</script>');
    expect($(root, '.note-text').textContent).toBe('<img src=x onerror=alert(1)>');
    expect($(root, '.note blockquote').textContent).toBe('<iframe src="javascript:alert(1)"></iframe>');
    expect(texts(root, '.tags li')).toEqual(['<svg onload=alert(1)>']);
    expect(texts(root, 'select[data-glossa-filter="speaker"] option')[1]).toBe('<b onmouseover=alert(1)>Mallory</b>');

    click($(root, '[data-glossa-edit]'));
    expect(root.querySelectorAll('img, script, iframe, svg, b')).toHaveLength(0);
    expect($<HTMLTextAreaElement>(root, '[data-glossa-note-text]').value).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('NoteEditor', () => {
  function editorProps(overrides: Partial<NoteEditorProps> = {}): NoteEditorProps {
    return {
      quote: 'Every dollar of this project will be on the public record', speaker: 'Helen Okafor', pageTitle: BRIDGE_TITLE,
      dir: 'ltr', strings, onSave: vi.fn(), onCancel: vi.fn(), ...overrides,
    };
  }

  it('shows the passage and its speaker, and labels its fields; the text field has the focus', () => {
    const root = mount(<NoteEditor {...editorProps()} />);
    expect($(root, '[data-glossa-note-target] blockquote').textContent).toBe('Every dollar of this project will be on the public record');
    expect($(root, '[data-glossa-note-target] blockquote').getAttribute('dir')).toBe('ltr');
    expect($(root, '[data-glossa-note-target] figcaption').textContent).toBe('Quote by Helen Okafor');
    const text = $<HTMLTextAreaElement>(root, 'textarea[data-glossa-note-text]');
    expect(text.closest('label')!.firstChild!.textContent).toBe('Note');
    expect(text.getAttribute('dir')).toBe('auto');
    expect($(root, '[data-glossa-note-tags]').closest('label')!.firstChild!.textContent).toBe('Tags, separated by commas');
    expect(document.activeElement).toBe(text);
    expect(texts(root, 'button')).toEqual(['Save', 'Cancel']);
  });

  it('says when the note is on the whole article, with the page title; a right-to-left passage is laid out so', () => {
    const whole = mount(<NoteEditor {...editorProps({ quote: undefined, speaker: undefined })} />);
    expect(texts(whole, '[data-glossa-note-target] p')).toEqual(['Note on the whole article', BRIDGE_TITLE]);
    render(null, host!);
    const rtl = mount(<NoteEditor {...editorProps({ quote: 'العلاقات بين بلدينا', speaker: undefined, dir: 'rtl' })} />);
    expect($(rtl, 'blockquote').getAttribute('dir')).toBe('rtl');
    expect(rtl.querySelector('figcaption')).toBeNull();
  });

  it('cannot save an empty note; a note with tags only can be saved', () => {
    const onSave = vi.fn();
    const root = mount(<NoteEditor {...editorProps({ onSave })} />);
    const save = $<HTMLButtonElement>(root, '[data-glossa-save]');
    expect(save.disabled).toBe(true);
    type($(root, '[data-glossa-note-text]'), '   ');
    expect(save.disabled).toBe(true);
    press($(root, '[data-glossa-note-text]'), 'Enter', { ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
    type($(root, '[data-glossa-note-tags]'), ' , ،');
    expect(save.disabled).toBe(true);
    type($(root, '[data-glossa-note-tags]'), 'budget');
    expect(save.disabled).toBe(false);
    click(save);
    expect(onSave).toHaveBeenCalledWith({ text: '', tags: ['budget'] });
  });

  it('saves with Ctrl+Enter or Cmd+Enter, its tags split on Latin and Arabic commas', () => {
    const onSave = vi.fn();
    const root = mount(<NoteEditor {...editorProps({ onSave })} />);
    const text = $<HTMLTextAreaElement>(root, '[data-glossa-note-text]');
    type(text, '  Who audits the audit?  ');
    type($(root, '[data-glossa-note-tags]'), 'طاقة، سياسة, budget ,, budget');
    press(text, 'Enter');
    expect(onSave).not.toHaveBeenCalled();
    press(text, 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenLastCalledWith({ text: 'Who audits the audit?', tags: ['طاقة', 'سياسة', 'budget'] });
    press($(root, '[data-glossa-note-tags]'), 'Enter', { metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('starts from the note being edited, and cancels with Escape', () => {
    const onCancel = vi.fn();
    const root = mount(<NoteEditor {...editorProps({ initialText: 'First draft', initialTags: ['a', 'b'], onCancel })} />);
    expect($<HTMLTextAreaElement>(root, '[data-glossa-note-text]').value).toBe('First draft');
    expect($<HTMLInputElement>(root, '[data-glossa-note-tags]').value).toBe('a, b');
    press($(root, '[data-glossa-note-text]'), 'Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
    click($(root, '[data-glossa-cancel]'));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('cannot save while busy, and shows an error as an alert', () => {
    const onSave = vi.fn();
    const root = mount(<NoteEditor {...editorProps({ initialText: 'Saved?', busy: true, error: 'The note could not be saved: Storage is full', onSave })} />);
    expect($<HTMLButtonElement>(root, '[data-glossa-save]').disabled).toBe(true);
    press($(root, '[data-glossa-note-text]'), 'Enter', { ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
    const alert = $(root, '[role="alert"]');
    expect(alert.textContent).toBe('The note could not be saved: Storage is full');
  });
});

describe('the interface strings', () => {
  const en = localeMessages('en');
  const ar = localeMessages('ar');

  it('are all in English and Arabic, with the same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(ar[key].message.includes('$1'), key).toBe(message.includes('$1'));
      expect(ar[key].message, key).not.toBe('');
    }
  });

  it('include what the note frame and the popup need', () => {
    expect(strings.notesPage).toBe('All notes');
    expect(strings.noteOnArticle).toBe('Note on the whole article');
    expect(strings.selectInArticle).toBe('Select some text on the page first');
    expect(strings.orphan).toBe('Not found on the page');
    expect(strings.noteSaveFailed).toBe('The note could not be saved: $1');
  });
});
