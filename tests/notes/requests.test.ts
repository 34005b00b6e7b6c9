/**
 * The checks and constructions of notes the background applies to what pages and content scripts send
 * (lib/notes/requests.ts): drafts, the reader's input, anchoring reports, re-attachments and counts. The passages
 * are written for these tests, in three languages.
 */
import { describe, expect, it } from 'vitest';
import { isNote, type Selector } from '@/lib/notes/annotation';
import {
  editedNote, isAnchoringReport, isNoteInput, newNote, pageDraft, reattached, reattachRequest, requestedCount, writtenNote,
} from '@/lib/notes/requests';

const ADDRESS = 'https://news.example/2026/harbour-bridge';
const STAMP = { id: 'urn:uuid:5a0e4b1c-0000-4000-8000-000000000001', now: '2026-12-06T10:00:00.000Z' };
const exact = '“We will keep the bridge open,” the mayor said.';
const SELECTOR: Selector[] = [
  { type: 'TextQuoteSelector', exact, prefix: 'On Tuesday evening ', suffix: ' The council agreed' },
  { type: 'TextPositionSelector', start: 412, end: 412 + exact.length },
];

describe('a draft from a content script', () => {
  it('is filed under the background’s address, keeps the fields that check out and drops the others', () => {
    const draft = pageDraft(ADDRESS, {
      source: 'https://elsewhere.example/', pageTitle: 'Harbour bridge stays open', speaker: 'the mayor', selector: SELECTOR,
      citation: { outlet: 'Harbour News', lang: 'en', dir: 'ltr' },
    }, STAMP);
    expect(draft).toEqual({
      source: ADDRESS, pageTitle: 'Harbour bridge stays open', speaker: 'the mayor', selector: SELECTOR,
      citation: { outlet: 'Harbour News', lang: 'en', dir: 'ltr' },
    });
    const bare = pageDraft(ADDRESS, { pageTitle: 42, speaker: '', citation: { dir: 'sideways' } }, STAMP);
    expect(bare).toEqual({ source: ADDRESS, pageTitle: ADDRESS });
  });

  it('is refused when its selectors do not make a valid note', () => {
    const broken = [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }];
    expect(() => pageDraft(ADDRESS, { pageTitle: 'Le pont reste ouvert', selector: broken }, STAMP)).toThrow(/not a valid note/);
  });
});

describe('a note the reader writes', () => {
  const draft = pageDraft(ADDRESS, { pageTitle: 'Die Brücke bleibt offen', selector: SELECTOR }, STAMP);

  it('is a valid note with the text, the tags (trimmed, each once) and the stamp', () => {
    const note = writtenNote({ draft, input: { text: 'Zitat prüfen', tags: [' Verkehr', 'Verkehr ', 'Rat'] } }, STAMP);
    expect(isNote(note)).toBe(true);
    expect(note).toMatchObject({ id: STAMP.id, created: STAMP.now, modified: STAMP.now, target: { source: ADDRESS, selector: SELECTOR } });
    expect(note.body.map((b) => [b.purpose, b.value])).toEqual([['commenting', 'Zitat prüfen'], ['tagging', 'Verkehr'], ['tagging', 'Rat']]);
  });

  it('may be empty on a passage (a highlight) but not on the whole article', () => {
    expect(isNote(writtenNote({ draft, input: { text: '', tags: [] } }, STAMP))).toBe(true);
    const whole = pageDraft(ADDRESS, { pageTitle: 'Die Brücke bleibt offen' }, STAMP);
    expect(() => writtenNote({ draft: whole, input: { text: '  ', tags: [] } }, STAMP)).toThrow(/empty/);
    expect(writtenNote({ draft: whole, input: { text: '', tags: ['Verkehr'] } }, STAMP).target).toEqual({ source: ADDRESS });
  });

  it('is refused when its input is not text and tags', () => {
    expect(isNoteInput({ text: 'ok', tags: ['a'] })).toBe(true);
    for (const input of [null, { text: 1, tags: [] }, { text: 'ok', tags: 'a' }, { text: 'ok', tags: [1] }, { text: 'x'.repeat(100_001), tags: [] }]) {
      expect(isNoteInput(input)).toBe(false);
      expect(() => writtenNote({ draft, input }, STAMP)).toThrow(/not valid/);
    }
  });

  it('is edited: new text and tags, the time of the edit, the rest as it was', () => {
    const note = newNote(draft, { text: 'first', tags: [] }, STAMP);
    const edited = editedNote(note, { text: 'second', tags: ['Rat'] }, '2026-12-06T11:00:00.000Z');
    expect(edited).toMatchObject({ id: note.id, created: note.created, modified: '2026-12-06T11:00:00.000Z', target: note.target });
    expect(edited.body.map((b) => b.value)).toEqual(['second', 'Rat']);
  });
});

describe('re-attaching a note', () => {
  const note = newNote(pageDraft(ADDRESS, { pageTitle: 'جسر الميناء', speaker: 'رئيس البلدية', selector: SELECTOR }, STAMP), { text: 'ملاحظة', tags: [] }, STAMP);

  it('takes a request with an id and valid selectors, and the new passage’s speaker if any', () => {
    expect(reattachRequest({ id: note.id, selector: SELECTOR, speaker: 'المتحدث' })).toEqual({ id: note.id, selector: SELECTOR, speaker: 'المتحدث' });
    expect(reattachRequest({ id: note.id, selector: SELECTOR, speaker: '' })).toEqual({ id: note.id, selector: SELECTOR });
    for (const bad of [undefined, { id: note.id, selector: [] }, { id: 7, selector: SELECTOR }, { id: note.id, selector: [{ type: 'CssSelector' }] }]) {
      expect(() => reattachRequest(bad)).toThrow(/not a passage/);
    }
  });

  it('puts the new selectors and speaker in place of the old ones', () => {
    const moved = reattached(note, SELECTOR.slice(0, 1), undefined, '2026-12-06T12:00:00.000Z');
    expect(moved.speaker).toBeUndefined();
    expect(moved.target).toEqual({ source: ADDRESS, selector: SELECTOR.slice(0, 1) });
    expect(isNote(moved)).toBe(true);
  });
});

describe('what a content script reports and a page asks for', () => {
  it('takes reports of the three states a page can see, with a passage’s text as it is now', () => {
    expect(isAnchoringReport({ id: 'n1', state: 'changed', current: 'the mayor said on Tuesday' })).toBe(true);
    expect(isAnchoringReport({ id: 'n1', state: 'orphan' })).toBe(true);
    expect(isAnchoringReport({ id: 'n1', state: 'unchecked' })).toBe(false);
    expect(isAnchoringReport({ id: 'n1', state: 'anchored', selector: 'p' })).toBe(false);
    expect(isAnchoringReport({ state: 'anchored' })).toBe(false);
  });

  it('counts only whole numbers from 0, up to the most', () => {
    expect([requestedCount(20, 50), requestedCount(80, 50), requestedCount(-1, 50), requestedCount(2.5, 50), requestedCount('3', 50)]).toEqual([20, 50, 0, 0, 0]);
  });
});
