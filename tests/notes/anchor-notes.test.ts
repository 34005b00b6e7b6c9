/** The overlay's anchor-notes.ts: the notes of a page found on it, and notes taken on Glossa's article text converted. */
import { describe, expect, it } from 'vitest';
import { walkBlocks } from '../../lib/article/blocks';
import { ArticleText } from '../../lib/article/article-text';
import { describeOffsets } from '../../lib/notes/selectors';
import { DocumentText } from '../../lib/notes/document-text';
import { runSteps } from '../../lib/steps';
import type { NoteAnchorRequest } from '../../utils/protocol';
import { anchorNoteSteps } from '../../entrypoints/overlay/anchor-notes';
import { UNLIMITED } from '../helpers';

const PARAGRAPHS = [
  'The city council voted on Tuesday to keep the ageing Harbour Bridge open until the new crossing is finished.',
  'Mayor Ana Ferreira told the chamber that "the new inspection has changed my mind", to applause from the gallery.',
  'The weekly checks will cost about four hundred thousand pounds a year, taken from the road maintenance budget.',
];

/** The test's document with a news page in its body (happy-dom makes working ranges only in its window's document),
 *  and Glossa's article text of it. */
function page(paragraphs: readonly string[], { aside = '' } = {}): { body: HTMLElement; article: ArticleText } {
  document.body.innerHTML = `<nav><a href="/">Front page</a></nav>\n<main><article>\n${paragraphs.map((p) => `  <p>${p}</p>`).join('\n')}\n</article></main>${aside}`;
  return { body: document.body, article: new ArticleText(walkBlocks(document.body, UNLIMITED).blocks.filter((b) => b.element.closest('article'))) };
}

/** A note as notes were taken before version 3: its quotation with article-text context, and its article offsets. */
function articleNote(id: string, article: ArticleText, exact: string): NoteAnchorRequest {
  const start = article.text.indexOf(exact);
  return {
    id,
    selector: [{ type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(start + exact.length, start + exact.length + 32) }],
    articlePosition: { start, end: start + exact.length },
  };
}

describe('anchorNoteSteps', () => {
  it('finds each note on the page: as it was, changed (with its text now), or not at all, and a note on the whole article', () => {
    const { body } = page(PARAGRAPHS);
    const doc = DocumentText.of(body);
    const on = (id: string, exact: string): NoteAnchorRequest => {
      const start = doc.text.indexOf(exact);
      return { id, selector: describeOffsets(doc, start, start + exact.length) };
    };
    const notes = [on('kept', 'keep the ageing Harbour Bridge open'), on('changed', 'four hundred thousand pounds a year'), on('gone', 'to applause from the gallery'), { id: 'whole' }];
    const edited = page([PARAGRAPHS[0], PARAGRAPHS[1].replace(', to applause from the gallery', ''), PARAGRAPHS[2].replace('four hundred', 'five hundred')]);
    const found = runSteps(anchorNoteSteps(edited.body, notes, edited.article));
    expect(found.anchored.map(({ id, range }) => [id, range?.toString() ?? null])).toEqual([
      ['kept', 'keep the ageing Harbour Bridge open'],
      ['changed', 'five hundred thousand pounds a year'],
      ['whole', null],
    ]);
    expect(found.orphans).toEqual(['gone']);
    expect(found.reports).toEqual([
      { id: 'kept', state: 'anchored' },
      { id: 'changed', state: 'changed', current: 'five hundred thousand pounds a year' },
      { id: 'gone', state: 'orphan' },
      { id: 'whole', state: 'anchored' },
    ]);
  });

  it('converts a note taken on the article text when its quotation is at its old offsets: the page’s selectors in the report', () => {
    const { body, article } = page(PARAGRAPHS);
    const note = articleNote('old', article, 'the new inspection has changed my mind');
    const found = runSteps(anchorNoteSteps(body, [note], article));
    expect(found.anchored[0].range?.toString()).toBe('the new inspection has changed my mind');
    const [report] = found.reports;
    expect(report.state).toBe('anchored');
    const doc = DocumentText.of(body);
    const start = doc.text.indexOf('the new inspection has changed my mind');
    expect(report.selector).toEqual(describeOffsets(doc, start, start + 'the new inspection has changed my mind'.length));
  });

  it('finds a note taken on the article text by its quotation when the extraction moved its offsets, and leaves it unconverted', () => {
    const taken = page(PARAGRAPHS);
    const note = articleNote('old', taken.article, 'four hundred thousand pounds a year');
    // The extraction now takes a standfirst it left out before: every article offset after it moves.
    const now = page(['Work on the new crossing is on schedule, the contractor says.', ...PARAGRAPHS]);
    const found = runSteps(anchorNoteSteps(now.body, [note], now.article));
    expect(found.anchored[0].range?.toString()).toBe('four hundred thousand pounds a year');
    expect(found.reports).toEqual([{ id: 'old', state: 'anchored' }]);
  });

  it('finds a note on text the extraction leaves out', () => {
    const aside = '<aside class="correction"><p>Correction: the vote was on Tuesday, not Monday.</p></aside>';
    const { body, article } = page(PARAGRAPHS, { aside });
    expect(article.text).not.toContain('Correction');
    const doc = DocumentText.of(body);
    const start = doc.text.indexOf('the vote was on Tuesday');
    const found = runSteps(anchorNoteSteps(body, [{ id: 'aside', selector: describeOffsets(doc, start, start + 23) }], article));
    expect(found.anchored[0].range?.toString()).toBe('the vote was on Tuesday');
  });
});
