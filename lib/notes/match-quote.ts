/**
 * Finding a quotation in a text that may have changed since it was recorded, as Hypothesis does it
 * (hypothesis/client, src/annotator/anchoring/match-quote.ts): its exact occurrences, or else the occurrences with
 * the fewest edits (approx-string-match, Myers' bit-parallel search), allowing up to half its length in edits; each
 * candidate is scored on the likeness of its text to the quotation, of the text around it to the recorded context,
 * and on its nearness to where the quotation was, and the best one is taken.
 *
 * The search over a long text is cut into chunks, one per step (lib/steps.ts), so that a page can run it in idle
 * periods without a long task.
 */
import search, { type Match } from 'approx-string-match';
import type { Steps } from '../steps';

/** Hypothesis's weights for the score of a candidate: its likeness to the quotation, its context's likeness to the
 *  recorded prefix and suffix, and its nearness to the expected place (a tie-breaker). */
const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;
/** Hypothesis's bound on the edits a candidate may have: half the quotation, at most 256. */
const MAX_ERRORS = 256;
/** Characters of text searched per step: about 5 ms of approximate search for a quotation of 200 characters. */
const CHUNK_CHARS = 50_000;

export interface QuoteContext {
  /** The text recorded before and after the quotation. */
  prefix?: string;
  suffix?: string;
  /** Where the quotation was expected to start. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quotation and the text matched (0 for an exact occurrence). */
  errors: number;
  /** From 0 to 1, 1 for the quotation exactly, in exactly its context, at exactly its place. */
  score: number;
}

/** The best match of `quote` in `text`, or null when nothing is within half the quotation's length of edits. */
export function* matchQuote(text: string, quote: string, context: QuoteContext = {}): Steps<QuoteMatch | null> {
  if (!quote || !text) return null;
  let candidates = exactMatches(text, quote);
  if (!candidates.length) candidates = yield* closestMatches(text, quote, Math.min(MAX_ERRORS, Math.floor(quote.length / 2)));
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreMatch(text, quote, candidate, context);
    if (!best || score > best.score) best = { ...candidate, score };
  }
  return best;
}

function exactMatches(text: string, quote: string): Match[] {
  const matches: Match[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) matches.push({ start: at, end: at + quote.length, errors: 0 });
  return matches;
}

/** The matches with the fewest edits (at most `maxErrors`), searched a chunk at a time; chunks overlap by as much
 *  as a match can span, so that none is missed at a seam. */
function* closestMatches(text: string, quote: string, maxErrors: number): Steps<Match[]> {
  if (maxErrors <= 0) return [];
  const overlap = quote.length + maxErrors;
  const found = new Map<string, Match>();
  let fewest = maxErrors;
  for (let from = 0; from < text.length; from += CHUNK_CHARS) {
    if (from > 0) yield;
    for (const match of search(text.slice(from, from + CHUNK_CHARS + overlap), quote, fewest)) {
      if (match.errors < fewest) {
        fewest = match.errors;
        found.clear();
      }
      const start = from + match.start;
      const end = from + match.end;
      found.set(`${start}:${end}`, { start, end, errors: match.errors });
    }
  }
  return [...found.values()].filter((match) => match.errors === fewest);
}

function scoreMatch(text: string, quote: string, match: Match, context: QuoteContext): number {
  const { prefix, suffix, hint } = context;
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
  const suffixScore = suffix ? textMatchScore(text.slice(match.end, match.end + suffix.length), suffix) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const raw =
    SCORE_WEIGHTS.quote * quoteScore +
    SCORE_WEIGHTS.prefix * prefixScore +
    SCORE_WEIGHTS.suffix * suffixScore +
    SCORE_WEIGHTS.position * positionScore;
  return raw / MAX_SCORE;
}

/** How like `expected` the best match of it in `actual` is, from 0 to 1 (0 when either is empty). */
function textMatchScore(actual: string, expected: string): number {
  if (!expected || !actual) return 0;
  if (actual.includes(expected)) return 1;
  const [closest] = search(actual, expected, expected.length);
  return closest ? 1 - closest.errors / expected.length : 0;
}
