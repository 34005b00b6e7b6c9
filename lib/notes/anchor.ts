/**
 * Finding a note's passage in the page as it is now, which may have changed since the note was taken. As Hypothesis
 * anchors (hypothesis/client, src/annotator/anchoring/html.ts), each selector is tried in turn, from the cheapest:
 * the passage at its recorded offsets, then between the points its `RangeSelector` names (each taken only when the
 * text there is its quotation), then its quotation wherever it occurs, the one in the most similar context nearest
 * its old place, then the closest match of the quotation (see ./match-quote.ts). White space is not compared.
 */
import {
  type RangeSelector,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './annotation';
import { sameText, searchableOffset, withoutWhiteSpace, type DocumentText } from './document-text';
import { matchQuote } from './match-quote';
import { rangeSelectorOffsets } from './selectors';
import { runSteps, type Steps } from '../steps';

/** How a passage was found: at its offsets, between its range's points, by its quotation, or by a close match. */
export type AnchorMethod = 'position' | 'range' | 'quote' | 'fuzzy';

export interface Anchor {
  /** Offsets into the page's text as it is now (`DocumentText.text`), end exclusive. */
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Below this score (out of 1, see ./match-quote.ts) a close match is taken to be another passage: the noted one was
 * removed, and the note is an orphan. Hypothesis keeps any match within half the quotation's length of edits; Glossa
 * tells the reader instead that the passage is gone. In the tests, a quotation with a word changed scores 0.96, and
 * 0.76 with the words before and after it rewritten too; another sentence that only looks like it scores 0.49.
 */
export const MIN_FUZZY_SCORE = 0.7;

function selectorOf<T extends Selector>(selectors: readonly Selector[], type: T['type']): T | undefined {
  return selectors.find((s): s is T => s.type === type);
}

/** Finds a note's passage in the page's text, in steps (the close-match search pauses between chunks of text). */
export function* anchorSteps(doc: DocumentText, selectors: readonly Selector[]): Steps<Anchor | null> {
  const quote = selectorOf<TextQuoteSelector>(selectors, 'TextQuoteSelector');
  const position = selectorOf<TextPositionSelector>(selectors, 'TextPositionSelector');
  const range = selectorOf<RangeSelector>(selectors, 'RangeSelector');
  const isPassage = (start: number, end: number) =>
    start < end && end <= doc.text.length && (!quote || sameText(doc.text.slice(start, end), quote.exact));

  if (position && isPassage(position.start, position.end)) return { start: position.start, end: position.end, method: 'position' };
  const between = range && rangeSelectorOffsets(doc, range);
  if (between && isPassage(between.start, between.end)) return { ...between, method: 'range' };
  if (!quote) return null;
  return yield* findQuote(doc, quote, position);
}

/** `anchorSteps` at once. */
export function anchorSelectors(doc: DocumentText, selectors: readonly Selector[]): Anchor | null {
  return runSteps(anchorSteps(doc, selectors));
}

/** The quotation's best occurrence, exact or close, in the page's text read without white space. */
function* findQuote(doc: DocumentText, quote: TextQuoteSelector, position: TextPositionSelector | undefined): Steps<Anchor | null> {
  const exact = withoutWhiteSpace(quote.exact);
  if (!exact) return null;
  const searchable = doc.searchable;
  const match = yield* matchQuote(searchable.text, exact, {
    prefix: withoutWhiteSpace(quote.prefix),
    suffix: withoutWhiteSpace(quote.suffix),
    hint: position ? searchableOffset(searchable, position.start) : undefined,
    minScore: MIN_FUZZY_SCORE,
  });
  if (!match || (match.errors > 0 && match.score < MIN_FUZZY_SCORE)) return null;
  return {
    start: searchable.rawOffsets[match.start],
    end: searchable.rawOffsets[match.end - 1] + 1,
    method: match.errors ? 'fuzzy' : 'quote',
  };
}
