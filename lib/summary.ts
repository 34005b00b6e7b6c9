/**
 * An extractive summary: sentences of the article body, whole, in article order; about one in eight of them (2–6,
 * at least 3 from ten sentences on). Each sentence is scored for how well it stands for the whole (similarity to
 * the article's centroid, tf-idf weighted) and for where it stands (news puts what matters first), with a
 * preference for sentences naming the people quoted, against quotations whose speaker the sentence leaves unnamed,
 * and for the shorter of equally central sentences (weights: ./summary-weights); never an embedded post's line nor
 * a credit's. The lead's first sentence comes first, then the best in turn, leaving out any that says again what a
 * chosen one said (their content words overlap). A run-on sentence too long for a line is shortened to its leading
 * clauses, which keep its subject (./text/clauses), and closed with a full stop; the lead's dateline is left out.
 */
import type { LanguageTable } from './languages';
import type { ArticleBody } from './article/article-text';
import { cosineWith, termSpace } from './text/term-space';
import { sentenceSpans, type Span } from './text/tokens';
import { scanQuotes, type QuoteSpan } from './quotes/scan';
import { leadingClausesEnd } from './text/clauses';
import { datelineLength } from './text/dateline';
import type { Quote, Speaker } from './types';
import { fold } from './text/fold';
import { alternatives, escapeRegExp } from './text/patterns';
import { SUMMARY_WEIGHTS, type SummaryWeights } from './summary-weights';

/** The summary's length: one line for about SENTENCES_PER_LINE sentences of the article, within its bounds. */
const SENTENCES_PER_LINE = 8;
const MIN_LINES = 2;
const MAX_LINES = 6;
/** From this many sentences on, an article gets at least MIN_LINES_LONG lines. */
const LONG_ARTICLE_SENTENCES = 10;
const MIN_LINES_LONG = 3;
/** Two lines repeat each other when this share of the content words of the shorter is in the other. */
const REPEAT_OVERLAP = 0.5;
/** A sentence longer than this is shortened to its leading clauses (when its language tells where they end). */
const MAX_LINE_WORDS = 40;
/** A line with fewer content words is a fragment and counts half. */
const MIN_CONTENT_WORDS = 5;
/** What a line holding a quotation whose speaker it does not name counts ('"…," he said'): a reader cannot tell who
 *  said it. Not fitted: ROUGE cannot see who said what. */
const UNATTRIBUTED_QUOTATION = 0.2;
/** A link, a hashtag or a handle: a line with one is an embedded post or a credit, not the article's own prose. */
const EMBEDDED_POST = /https?:\/\/|www\.|pic\.twitter\.com|(?:^|\s)[#@][\p{L}\p{N}_]/u;
/** Parts set apart by a vertical bar ("Le Monde | 04.05.2015 | Par …", "Name | Agency"): a credit, a byline or a
 *  kicker, not a sentence. */
const CREDIT_LINE = /\s\|\s/u;

/** The number of lines for an article of `sentences` sentences (all of them when it has no more). */
export function summaryLength(sentences: number): number {
  const least = sentences >= LONG_ARTICLE_SENTENCES ? MIN_LINES_LONG : MIN_LINES;
  return Math.min(sentences, Math.max(least, Math.min(MAX_LINES, Math.round(sentences / SENTENCES_PER_LINE))));
}

/** Whether an offset lies inside one of the quotations (sorted), for offsets asked in increasing order. */
function insideQuotations(quotations: readonly QuoteSpan[]): (offset: number) => boolean {
  let next = 0;
  return (offset) => {
    while (next < quotations.length && quotations[next].outerEnd <= offset) next++;
    return next < quotations.length && quotations[next].outerStart < offset;
  };
}

const LETTER = /\p{L}/u;
const FULL_STOP = 0x2e;
/** One or two digits and a full stop, alone: an ordinal where the language writes them so ("am 5. August"). */
const ORDINAL_AT_END = /(?:^|[^\p{N}\p{L}.])\p{N}{1,2}\.$/u;
/** How much of a sentence's end is enough to tell an abbreviation there ("the Rev.", "H.W."), and the longest
 *  last word that can be one ("U.S.A.", "Capt."). */
const ABBREVIATION_TAIL = 16;
const ABBREVIATION_WORD = 6;

/** A full stop after an initial or an initialism ("George H.W. Bush", "the U.N. General Assembly"), which the
 *  sentence segmenter takes for a sentence's end. */
const INITIAL_AT_END = /(?:^|[^\p{L}])(?:\p{Lu}\.)+$/u;
/** A sentence that begins with a small letter goes on from the one before ("'a-ha!' moment takes place …"). */
const LOWER_CASE_START = /^[\s"“'‘(«]*\p{Ll}/u;

/** Whether the last words of a sentence end with an initial or an honorific ("Mr."): the sentence goes on. A last
 *  word longer than ABBREVIATION_WORD is neither. */
function endsWithAbbreviation(tail: string, honorific: RegExp | null): boolean {
  if (tail.length - tail.lastIndexOf(' ') - 1 > ABBREVIATION_WORD) return false;
  return INITIAL_AT_END.test(tail) || (honorific?.test(tail) ?? false);
}

const honorificCache = new WeakMap<LanguageTable, RegExp | null>();
function honorificAtEnd(table: LanguageTable): RegExp | null {
  let found = honorificCache.get(table);
  if (found === undefined) {
    const dotted = table.honorifics.filter((h) => h.endsWith('.')).map((h) => escapeRegExp(h));
    found = dotted.length ? new RegExp(`(?:^|[^\\p{L}])(?:${dotted.join('|')})$`, 'iu') : null;
    honorificCache.set(table, found);
  }
  return found;
}

/** Where the last words of a sentence begin, at most ABBREVIATION_TAIL characters from its end and at a space. */
function tailStart(text: string, sentence: Span): number {
  const before = sentence.end - ABBREVIATION_TAIL;
  return before <= sentence.start ? sentence.start : Math.max(sentence.start, text.lastIndexOf(' ', before) + 1);
}

/** Sentences of a paragraph as a summary line quotes them: never cut inside a quotation or after an abbreviation. */
function wholeSentences(text: string, quoted: (offset: number) => boolean, table: LanguageTable): Span[] {
  const out: Span[] = [];
  const honorific = table.casedNames ? honorificAtEnd(table) : null;
  for (const s of sentenceSpans(text, table.code)) {
    const previous = out[out.length - 1];
    const piece = text.slice(s.start, s.end);
    // An abbreviation or an ordinal can only be the last word of the sentence before, one ending with a full stop.
    const abbreviated = previous && table.casedNames && text.charCodeAt(previous.end - 1) === FULL_STOP;
    const ordinal = abbreviated && table.ordinalFullStop === true && ORDINAL_AT_END.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end));
    const joins =
      previous &&
      (quoted(previous.end) ||
        !LETTER.test(piece) || // a footnote's number ("[2]"), an ellipsis
        (table.casedNames && LOWER_CASE_START.test(piece)) ||
        ordinal ||
        (abbreviated && endsWithAbbreviation(text.slice(tailStart(text, previous), previous.end), honorific)));
    if (joins) previous.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A line's closing: the clause's comma left out, the language's full stop put in. */
const CUT_PUNCTUATION = /[\s,،;؛:\-–—]+$/u;
const OPENING_AT_END = /(?<=[.!?])[\s[(]+$/u;

interface Line {
  text: string;
  /** The sentence's index in the article. */
  order: number;
  /** Offsets in the article text of what the line quotes. */
  start: number;
  end: number;
  /** Opens inside a quotation whose opening mark is in an earlier sentence: a reader could not tell it is quoted. */
  opensMidQuotation: boolean;
}

/** The language's quotation marks, and the closing ones among them that never open a quotation ('”' in English,
 *  '»' in French; apostrophes aside), worked out once per table. */
const markCache = new WeakMap<LanguageTable, { anyMark: RegExp; closingOnly: ReadonlySet<string> }>();
function quotationMarks(table: LanguageTable): { anyMark: RegExp; closingOnly: ReadonlySet<string> } {
  let found = markCache.get(table);
  if (!found) {
    const openers = new Set(table.quotePairs.map(([open]) => open));
    const closingOnly = new Set(table.quotePairs.map(([, close]) => close).filter((c) => !openers.has(c) && c !== '’' && c !== "'"));
    markCache.set(table, (found = { anyMark: new RegExp(`[${escapeRegExp(table.quotePairs.flat().join(''))}]`, 'u'), closingOnly }));
  }
  return found;
}

/** Whether the first quotation mark of `text` closes a quotation: `text` opens inside one begun before it. */
function opensInsideQuotation(text: string, table: LanguageTable): boolean {
  const { anyMark, closingOnly } = quotationMarks(table);
  const at = closingOnly.size ? text.search(anyMark) : -1;
  return at >= 0 && closingOnly.has(text[at]);
}

/** The article's sentences as summary lines (long run-on ones shortened), with letters in them. */
function summaryLines(article: ArticleBody, table: LanguageTable): Line[] {
  const lines: Line[] = [];
  let order = 0;
  article.paragraphs.forEach((p, index) => {
    const text = article.paragraphText(index);
    const quotations = scanQuotes([{ text, start: 0 }], table);
    // Sentences, then clauses, each ask about increasing offsets: each pass has its own cursor over the quotations.
    const sentences = wholeSentences(text, insideQuotations(quotations), table);
    const quoted = insideQuotations(quotations);
    const dateline = lines.length ? 0 : datelineLength(text, table);
    for (const sentence of sentences) {
      const start = sentence.start < dateline && dateline < sentence.end ? dateline : sentence.start;
      const end = leadingClausesEnd(text, { start, end: sentence.end }, table, quoted, MAX_LINE_WORDS);
      // A footnote's opening bracket the segmenter left at a sentence's end ("… Hinton.[") is no part of it.
      const last = text.charCodeAt(end - 1);
      const whole = last === 0x5b || last === 0x28 ? text.slice(start, end).replace(OPENING_AT_END, '') : text.slice(start, end);
      if (!LETTER.test(whole)) continue;
      const lineText = end === sentence.end ? whole : whole.replace(CUT_PUNCTUATION, '') + (table.fullStop ?? '.');
      lines.push({ text: lineText, order: order++, start: p.start + start, end: p.start + end, opensMidQuotation: opensInsideQuotation(whole, table) });
    }
  });
  return lines;
}

/** For each line, the quotations it holds: none, all with their speaker named in the line, or some without. Lines
 *  and quotations are both in text order, so one pass over each. */
function quotationKinds(lines: readonly Line[], quotes: readonly Quote[], speakers: readonly Speaker[]): Array<'none' | 'attributed' | 'unattributed'> {
  const namesOf = speakers.map((s) => [s.name, ...s.aliases].map(fold).filter(Boolean));
  let first = 0;
  return lines.map((line) => {
    while (first < quotes.length && quotes[first].end <= line.start) first++;
    let kind: 'none' | 'attributed' | 'unattributed' = 'none';
    let folded: string | null = null;
    for (let q = first; q < quotes.length && quotes[q].start < line.end; q++) {
      if (quotes[q].end <= line.start) continue; // ended before the line, behind a longer one still open
      const index = quotes[q].speakerIndex;
      folded ??= fold(line.text);
      const named = index !== null && namesOf[index].some((n) => folded!.includes(n));
      if (!named) return 'unattributed';
      kind = 'attributed';
    }
    return kind;
  });
}

/** Share of the smaller set's members that the other holds. */
function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

interface ScoredLine {
  line: Line;
  /** Negative for a line never to choose. */
  score: number;
  terms: ReadonlySet<number>;
  /** The line holds a quotation whose speaker it names. */
  attributedQuotation: boolean;
}

/** Each line's score (see the top of this file), with its content terms. */
function scoreLines(lines: readonly Line[], article: ArticleBody, table: LanguageTable, speakers: readonly Speaker[], quotes: readonly Quote[], weights: SummaryWeights): ScoredLine[] {
  const space = termSpace(article.segmented(table.code), table);
  const terms = lines.map((l) => space.contentTermIdsBetween(l.start, l.end));
  const idf = space.inverseDocumentFrequency(terms);
  const centroid = space.vector(terms, idf);
  const centroidById = centroid.byId(space.size);
  const centroidNorm = centroid.squaredNorm;
  // Any of the speakers' names and aliases, folded, as one expression: lines are many, and names may be too.
  const names = speakers.flatMap((s) => [s.name, ...s.aliases]).map(fold).filter(Boolean);
  const namesSpeaker = names.length ? new RegExp(alternatives(names), 'u') : null;
  const kinds = quotationKinds(lines, quotes, speakers);
  return lines.map((line, i) => {
    const length = terms[i].length;
    let score = cosineWith(space.vector([terms[i]], idf), centroidById, centroidNorm);
    score *= 1 + weights.leadBonus / (1 + weights.leadDecay * line.order); // news puts what matters first
    if (namesSpeaker?.test(fold(line.text))) score *= weights.speakerBonus;
    if (kinds[i] === 'unattributed') score *= UNATTRIBUTED_QUOTATION;
    if (length < MIN_CONTENT_WORDS) score *= 0.5;
    score /= Math.pow(Math.max(length, MIN_CONTENT_WORDS), weights.lengthPenalty);
    if (line.opensMidQuotation || EMBEDDED_POST.test(line.text) || CREDIT_LINE.test(line.text)) score = -1;
    return { line, score, terms: new Set(terms[i]), attributedQuotation: kinds[i] === 'attributed' };
  });
}

/**
 * `wanted` lines that repeat no line chosen before them: the article's first line that may be chosen (the lead's
 * news: the best line was often a later one that needs it, "This caused panic"), then, in a summary of three lines
 * or more, the best quotation with its speaker named ("the energy partnership is strategic, Putin said"), then the
 * best of the rest.
 */
function chooseLines(scored: readonly ScoredLine[], wanted: number): ScoredLine[] {
  const ranked = scored.filter((c) => c.score >= 0).sort((a, b) => b.score - a.score);
  const chosen: ScoredLine[] = [];
  const free = (c: ScoredLine) => !chosen.includes(c) && !chosen.some((x) => overlap(x.terms, c.terms) >= REPEAT_OVERLAP);
  const lead = scored.find((c) => c.score >= 0);
  if (lead) chosen.push(lead);
  const quotation = wanted >= MIN_LINES_LONG ? ranked.find((c) => c.attributedQuotation && free(c)) : undefined;
  if (quotation && !chosen.some((c) => c.attributedQuotation)) chosen.push(quotation);
  for (const candidate of ranked) {
    if (chosen.length >= wanted) break;
    if (free(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.line.order - b.line.order);
}

/** The summary's lines. `weights` and `length` (lines for an article of so many sentences) are for the fitting and
 *  its comparisons (scripts/fit-summary.ts); the extension takes the defaults. */
export function summarize(
  article: ArticleBody,
  table: LanguageTable,
  speakers: readonly Speaker[],
  quotes: readonly Quote[] = [],
  weights: SummaryWeights = SUMMARY_WEIGHTS,
  length: (sentences: number) => number = summaryLength,
): string[] {
  const lines = summaryLines(article, table);
  if (!lines.length) return [];
  const scored = scoreLines(lines, article, table, speakers, quotes, weights);
  return chooseLines(scored, Math.min(lines.length, length(lines.length))).map((c) => c.line.text);
}
