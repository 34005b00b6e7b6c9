/**
 * Finding a note's passage again in the article text, which may have changed since the note was taken: at its old
 * offsets, by its exact text, or by a close match judged on its text, its context and its old place.
 */
import search from 'approx-string-match';
import { CONTEXT_CHARS, type Selector, type TextPositionSelector, type TextQuoteSelector } from './annotation';

export interface Anchor {
  /** Offsets into the article text as it is now, end exclusive. */
  start: number;
  end: number;
  /** How the passage was found: at its old offsets, by its exact text, or by a close match. */
  method: 'position' | 'quote' | 'fuzzy';
}

/** The selectors of the passage [start, end) of the article text. */
export function describePassage(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Finds a note's passage in the article text as it is now; null when it is no longer there. */
export function anchorPassage(text: string, selectors: readonly Selector[]): Anchor | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote?.exact) {
    const inRange = position && position.start >= 0 && position.start <= position.end && position.end <= text.length;
    return inRange ? { start: position.start, end: position.end, method: 'position' } : null;
  }
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  return findExactQuote(text, quote, position) ?? findCloseMatch(text, quote, position);
}

/** The occurrence of the quote whose context is most like the recorded one, the nearest to its old place among equals. */
function findExactQuote(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined): Anchor | null {
  let best: { start: number; context: number; distance: number } | null = null;
  for (let start = text.indexOf(quote.exact); start >= 0; start = text.indexOf(quote.exact, start + 1)) {
    const { prefix, suffix } = contextLikeness(text, quote, start, start + quote.exact.length);
    const context = prefix + suffix;
    const distance = position ? Math.abs(start - position.start) : 0;
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start, context, distance };
    }
  }
  return best && { start: best.start, end: best.start + quote.exact.length, method: 'quote' };
}

/**
 * What a close match's score (out of 100) is made of: how like the quote its text is, how like the recorded
 * prefix and suffix its context is, and how near its old place it is.
 */
const SCORE_WEIGHTS = { quote: 60, prefix: 15, suffix: 15, closeness: 10 } as const;
/** Below this score a close match is taken to be another passage: the noted one was removed. */
const MIN_SCORE = 80;
/** Bounds the search's work on long quotes (it grows with the errors allowed). */
const MAX_ERRORS = 256;
/** How far either side of its old place the passage is looked for first. */
const NEARBY_CHARS = 1000;

/** The best close match of the quote that scores at least `MIN_SCORE`, looked for near its old place first. */
function findCloseMatch(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined): Anchor | null {
  // A match with more errors could not reach MIN_SCORE even with its context and place intact.
  const maxErrors = Math.min(MAX_ERRORS, Math.floor((quote.exact.length * (100 - MIN_SCORE)) / SCORE_WEIGHTS.quote));
  if (maxErrors === 0) return null;
  if (position) {
    const from = Math.max(0, position.start - NEARBY_CHARS);
    const to = Math.min(text.length, position.end + NEARBY_CHARS);
    const nearby = bestCloseMatch(text, from, to, quote, position, maxErrors);
    if (nearby) return nearby;
    if (from === 0 && to === text.length) return null;
  }
  return bestCloseMatch(text, 0, text.length, quote, position, maxErrors);
}

function bestCloseMatch(
  text: string,
  from: number,
  to: number,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  maxErrors: number,
): Anchor | null {
  let best: Anchor | null = null;
  let bestScore = MIN_SCORE;
  for (const match of search(text.slice(from, to), quote.exact, maxErrors)) {
    const start = from + match.start;
    const end = from + match.end;
    const { prefix, suffix } = contextLikeness(text, quote, start, end);
    // Unknown when the note has no position: counted as half, neither for the match nor against it.
    const closeness = position ? 1 - Math.min(1, Math.abs(start - position.start) / text.length) : 0.5;
    const score =
      SCORE_WEIGHTS.quote * (1 - match.errors / quote.exact.length) +
      SCORE_WEIGHTS.prefix * prefix +
      SCORE_WEIGHTS.suffix * suffix +
      SCORE_WEIGHTS.closeness * closeness;
    if (score >= bestScore) {
      best = { start, end, method: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}

/** How like the recorded prefix and suffix (0 to 1 each) the text around [start, end) is. */
function contextLikeness(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): { prefix: number; suffix: number } {
  // Twice the recorded length, so that words added to the context do not hide the rest of it.
  const before = text.slice(Math.max(0, start - 2 * quote.prefix.length), start);
  const after = text.slice(end, end + 2 * quote.suffix.length);
  return {
    prefix: likenessFromStart(reversed(quote.prefix), reversed(before)),
    suffix: likenessFromStart(quote.suffix, after),
  };
}

/**
 * How like `expected` the beginning of `actual` is, from 0 to 1: one minus the edit distance between `expected` and
 * the beginning of `actual` nearest to it, per character of `expected`. Empty `expected` says nothing against.
 */
function likenessFromStart(expected: string, actual: string): number {
  if (!expected) return 1;
  // The edit-distance table a row at a time: distances[j] is between what of `expected` is read and actual[0, j).
  let distances = Array.from({ length: actual.length + 1 }, (_, j) => j);
  for (let i = 1; i <= expected.length; i++) {
    const row = [i];
    for (let j = 1; j <= actual.length; j++) {
      const substitution = distances[j - 1] + (expected[i - 1] === actual[j - 1] ? 0 : 1);
      row.push(Math.min(substitution, distances[j] + 1, row[j - 1] + 1));
    }
    distances = row;
  }
  return 1 - Math.min(...distances) / expected.length;
}

function reversed(s: string): string {
  return s.split('').reverse().join('');
}
