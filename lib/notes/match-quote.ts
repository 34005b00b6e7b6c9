/**
 * Finding a quotation in a text that may have changed since it was recorded, as Hypothesis does it
 * (hypothesis/client, src/annotator/anchoring/match-quote.ts): its exact occurrences, or else the occurrences with
 * the fewest edits (approx-string-match, Myers' bit-parallel search), allowing up to half its length in edits; each
 * candidate is scored on the likeness of its text to the quotation, of the text around it to the recorded context,
 * and on its nearness to where the quotation was, and the best one is taken.
 *
 * One difference, for speed. Allowing half the quotation in edits over a whole page costs far more than allowing a
 * quarter where the page has passages like it (every place of them is then a candidate almost as good as the next,
 * and the search works out where each one starts). So a close match is looked for first near the quotation's old
 * place, allowing half (`minScore` says whether one found there is good enough to stop); then in the whole text
 * allowing a quarter, which finds Hypothesis's candidates whenever the best has no more edits; then, allowing half,
 * only around the places where the recorded context still stands (an exact run of its prefix's end or its suffix's
 * start): a candidate with more than a quarter of the quotation changed scores enough to be kept only when its
 * context is mostly intact.
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
/** Characters of text searched per step, allowing a quarter of the quotation in edits and allowing half: short
 *  enough that no step of a page's anchoring makes a long task (see the thousand-note test in
 *  tests/e2e/anchoring.ts). Allowing half, the candidates that tie by the hundred where the page has passages like
 *  the quotation make the search much slower per character. */
const CHUNK_CHARS = { quarter: 8_000, half: 1_000 } as const;
/** How far either side of its old place a changed quotation is looked for first. */
const NEARBY_CHARS = 2_000;
/** The run of the recorded context that marks where a much-changed quotation may be: the last characters of its
 *  prefix, the first of its suffix (white space aside). */
const CONTEXT_ANCHOR_CHARS = 10;
/** At most this many places of each context run are searched around. */
const MAX_CONTEXT_ANCHORS = 20;

export interface QuoteContext {
  /** The text recorded before and after the quotation. */
  prefix?: string;
  suffix?: string;
  /** Where the quotation was expected to start. */
  hint?: number;
  /** A close match near `hint` scoring this much is taken without searching the rest of the text. */
  minScore?: number;
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
  const exact = exactMatches(text, quote);
  if (exact.length) return bestMatch(text, quote, exact, context);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 2));
  const { hint, minScore = 1 } = context;
  if (hint !== undefined) {
    const nearby: [number, number] = [Math.max(0, hint - NEARBY_CHARS), Math.min(text.length, hint + quote.length + NEARBY_CHARS)];
    const best = bestMatch(text, quote, yield* closestMatches(text, quote, maxErrors, [nearby], CHUNK_CHARS.half), context);
    if (best && best.score >= minScore) return best;
  }
  let candidates = yield* closestMatches(text, quote, Math.floor(maxErrors / 2), [[0, text.length]], CHUNK_CHARS.quarter);
  if (!candidates.length) candidates = yield* closestMatches(text, quote, maxErrors, contextWindows(text, quote, maxErrors, context), CHUNK_CHARS.half);
  return bestMatch(text, quote, candidates, context);
}

function bestMatch(text: string, quote: string, candidates: readonly Match[], context: QuoteContext): QuoteMatch | null {
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

/** The matches with the fewest edits (at most `maxErrors`) in the windows [from, to) of the text, searched a chunk at
 *  a time; chunks overlap by as much as a match can span, so that none is missed at a seam. */
function* closestMatches(
  text: string,
  quote: string,
  maxErrors: number,
  windows: readonly (readonly [number, number])[],
  chunkChars: number,
): Steps<Match[]> {
  if (maxErrors <= 0) return [];
  const overlap = quote.length + maxErrors;
  const found = new Map<string, Match>();
  let fewest = maxErrors;
  for (const [windowStart, windowEnd] of windows) {
    for (let from = windowStart; from < windowEnd; from += chunkChars) {
      yield;
      for (const match of search(text.slice(from, Math.min(windowEnd, from + chunkChars + overlap)), quote, fewest)) {
        if (match.errors < fewest) {
          fewest = match.errors;
          found.clear();
        }
        const start = from + match.start;
        const end = from + match.end;
        found.set(`${start}:${end}`, { start, end, errors: match.errors });
      }
    }
  }
  return [...found.values()].filter((match) => match.errors === fewest);
}

/** Where the quotation would stand next to its recorded context: after the places of its prefix's last characters,
 *  before those of its suffix's first, as far as a match can reach, merged where they overlap. */
function contextWindows(text: string, quote: string, maxErrors: number, { prefix, suffix }: QuoteContext): [number, number][] {
  const reach = quote.length + maxErrors;
  const windows: [number, number][] = [];
  const placesOf = (run: string) => (run.length < CONTEXT_ANCHOR_CHARS ? [] : exactMatches(text, run).slice(0, MAX_CONTEXT_ANCHORS));
  for (const { end } of placesOf(prefix?.slice(-CONTEXT_ANCHOR_CHARS) ?? '')) windows.push([end, Math.min(text.length, end + reach)]);
  for (const { start } of placesOf(suffix?.slice(0, CONTEXT_ANCHOR_CHARS) ?? '')) windows.push([Math.max(0, start - reach), start]);
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  return merged;
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
