/**
 * The one module that maps notes to the live page: it reads the text of the page's body, finds each note's passage
 * in it (lib/notes/anchor.ts) and makes a live DOM Range of it, in steps that the content script runs in idle
 * periods. The selectors and their matching are pure (lib/notes); the content script coordinates (../content/notes.ts).
 */
import type { ArticleText } from '@/lib/article/article-text';
import { anchorSteps, type Anchor } from '@/lib/notes/anchor';
import type { Selector } from '@/lib/notes/annotation';
import { DocumentText, sameText } from '@/lib/notes/document-text';
import { describeOffsets, describeRange } from '@/lib/notes/selectors';
import type { AnchoringReport, NoteAnchorRequest } from '@/utils/protocol';
import type { Steps } from '@/lib/steps';

/** The longest passage text a report carries back (the text now of a passage found by a close match). */
const MAX_REPORTED_CHARS = 10_000;

export interface AnchoredNote {
  id: string;
  /** Where the note is on the page; null for a note on the whole article. */
  range: Range | null;
}

export interface NotesOnPage {
  anchored: AnchoredNote[];
  /** Ids of the notes whose passage is not on the page. */
  orphans: string[];
  /** What the background is told of each note: found as it was, changed (with its text now), or not found. */
  reports: AnchoringReport[];
}

/** Finds the page's notes in the text of `root` (the page's body), pausing between notes and within long searches. */
export function* anchorNoteSteps(root: HTMLElement, notes: readonly NoteAnchorRequest[], article: ArticleText | null): Steps<NotesOnPage> {
  const doc = yield* DocumentText.build(root);
  const found: NotesOnPage = { anchored: [], orphans: [], reports: [] };
  for (const note of notes) {
    yield;
    if (!note.selector) {
      found.anchored.push({ id: note.id, range: null });
      found.reports.push({ id: note.id, state: 'anchored' });
      continue;
    }
    const converted = article && note.articlePosition ? fromArticlePosition(doc, article, note.articlePosition, note.selector) : null;
    const anchor = converted?.anchor ?? (yield* anchorSteps(doc, note.selector));
    const range = anchor && doc.rangeOf(anchor.start, anchor.end);
    if (!anchor || !range) {
      found.orphans.push(note.id);
      found.reports.push({ id: note.id, state: 'orphan' });
      continue;
    }
    found.anchored.push({ id: note.id, range });
    found.reports.push(reportOf(note.id, doc, anchor, converted?.selector));
  }
  return found;
}

function reportOf(id: string, doc: DocumentText, anchor: Anchor, selector: Selector[] | undefined): AnchoringReport {
  if (anchor.method === 'fuzzy') return { id, state: 'changed', current: doc.text.slice(anchor.start, anchor.end).slice(0, MAX_REPORTED_CHARS) };
  return selector ? { id, state: 'anchored', selector } : { id, state: 'anchored' };
}

/**
 * A note taken before notes were anchored on the whole page names its passage by offsets into Glossa's article
 * text: where the article text as it is now has its quotation at those offsets, the passage is found, and described
 * again with the page's selectors (the background then keeps those instead).
 */
function fromArticlePosition(
  doc: DocumentText,
  article: ArticleText,
  position: { start: number; end: number },
  selectors: readonly Selector[],
): { anchor: Anchor; selector: Selector[] } | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const range = article.rangeOf(position.start, position.end);
  if (!quote || !range || !sameText(range.toString(), quote.exact)) return null;
  const offsets = doc.offsetsOf(range);
  if (!offsets || offsets.start >= offsets.end) return null;
  return { anchor: { ...offsets, method: 'position' }, selector: describeOffsets(doc, offsets.start, offsets.end) };
}

/** The selectors of the text a range covers anywhere on the page (a note's or a citation's passage, from the
 *  reader's selection); null when it covers no text of the page. */
export function describeOnPage(range: Range): Selector[] | null {
  return document.body && describeRange(DocumentText.of(document.body), range);
}
