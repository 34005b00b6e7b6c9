/**
 * An extractive summary: lines of the article body in article order (one for a news brief, 3–5 for a longer
 * article), chosen for how well they stand for the whole (similarity to the article's centroid, tf-idf weighted),
 * with a bonus for the lead and for sentences naming the people quoted, a preference for the shorter of equally central sentences, and without repeating what
 * an already chosen sentence says. A long run-on sentence is cut into its clauses first (./text/clauses): each main
 * clause may be a line of its own, an adjunct clause is left out; the lead's dateline is left out too.
 */
import type { LanguageTable } from './languages';
import type { ArticleBody } from './article/article-text';
import { cosineWith, termSpace, type TermVector } from './text/term-space';
import { sentenceSpans, type Span } from './text/tokens';
import { scanQuotes, type QuoteSpan } from './quotes/scan';
import { clauseSpans } from './text/clauses';
import { datelineLength } from './text/dateline';
import type { Speaker } from './types';
import { fold } from './text/fold';
import { alternatives } from './text/patterns';

const MAX_LINES = 5;
const MIN_LINES = 3;
const REDUNDANCY = 0.5;
// Weights measured on the CNN/DailyMail sample of ../shared (npm run eval): ROUGE-1 36.8 → 39.9 against Lead-3's 39.6.
const LEAD_BONUS = 2;
const LEAD_DECAY = 0.5;
const SPEAKER_BONUS = 1.15;
const LENGTH_PENALTY = 0.4;
// A short article (fewer than ten sentences, a news brief) is summed up in one line: two of its few sentences would
// be much of the brief again. Measured on the Arabic headline sample of ../shared: ROUGE-1 18.4 (two lines) → 23.5.
const SHORT_ARTICLE_SENTENCES = 10;

/** Sentences of a paragraph, never cut inside a quotation: a summary sentence keeps both its marks. */
function wholeQuotationSentences(text: string, quoted: (offset: number) => boolean, lang: string): Span[] {
  const out: Span[] = [];
  for (const s of sentenceSpans(text, lang)) {
    const previous = out[out.length - 1];
    if (previous && quoted(previous.end)) previous.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether an offset lies inside one of the quotations (sorted), for offsets asked in increasing order. */
function insideQuotations(quotations: readonly QuoteSpan[]): (offset: number) => boolean {
  let next = 0;
  return (offset) => {
    while (next < quotations.length && quotations[next].outerEnd <= offset) next++;
    return next < quotations.length && quotations[next].outerStart < offset;
  };
}

/** A summary line may end where its clause was cut: without the comma left there. */
const CUT_PUNCTUATION = /[\s,،;؛:]+$/u;
const LETTER = /\p{L}/u;

interface Unit {
  text: string;
  order: number;
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** The unit is a sentence or its first clause. */
  opensSentence: boolean;
  /** A sentence, or a clause that can stand as a summary line (not an adjunct of the one before). */
  standsAlone: boolean;
}

/** The article's sentences, long run-on ones cut into clauses (see ./text/clauses), with letters in them. */
function summaryUnits(article: ArticleBody, table: LanguageTable): Unit[] {
  const units: Unit[] = [];
  article.paragraphs.forEach((p, index) => {
    const text = article.paragraphText(index);
    const quotations = scanQuotes([{ text, start: 0 }], table);
    // Sentences, then clauses, each ask about increasing offsets: each pass has its own cursor over the quotations.
    const sentences = wholeQuotationSentences(text, insideQuotations(quotations), table.code);
    const quoted = insideQuotations(quotations);
    const dateline = units.length ? 0 : datelineLength(text, table);
    for (const sentence of sentences) {
      for (const [index, c] of clauseSpans(text, sentence, table, quoted).entries()) {
        const start = c.start < dateline && dateline < c.end ? dateline : c.start;
        const clauseText = text.slice(start, c.end).replace(CUT_PUNCTUATION, '');
        if (!LETTER.test(clauseText)) continue;
        units.push({ text: clauseText, order: units.length, start: p.start + start, end: p.start + c.end, standsAlone: !c.dependent, opensSentence: index === 0 });
      }
    }
  });
  return units;
}

interface Candidate {
  text: string;
  order: number;
  score: number;
  vector: TermVector;
}

export function summarize(article: ArticleBody, table: LanguageTable, speakers: readonly Speaker[]): string[] {
  const units = summaryUnits(article, table);
  const sentenceCount = units.filter((u) => u.opensSentence).length;
  const short = sentenceCount < SHORT_ARTICLE_SENTENCES;
  // About one sentence in ten, within 3–5; one line for a short article, a news brief.
  const wanted = short ? 1 : Math.max(MIN_LINES, Math.min(MAX_LINES, Math.round(sentenceCount / 10)));
  if (units.length <= wanted) return units.map((u) => u.text);

  const space = termSpace(article.segmented(table.code), table);
  const terms = units.map((u) => space.contentTermIdsBetween(u.start, u.end));
  const idf = space.inverseDocumentFrequency(terms);
  const centroid = space.vector(terms, idf);
  const centroidById = centroid.byId(space.size);
  const centroidNorm = centroid.squaredNorm;
  // Any of the speakers' names and aliases, folded, as one expression: units are many, and names may be too.
  const names = speakers.flatMap((s) => [s.name, ...s.aliases]).map(fold).filter(Boolean);
  const namesSpeaker = names.length ? new RegExp(alternatives(names), 'u') : null;
  const candidates: Candidate[] = [];
  units.forEach((u, i) => {
    if (!u.standsAlone) return;
    const vector = space.vector([terms[i]], idf);
    const length = terms[i].length;
    let score = cosineWith(vector, centroidById, centroidNorm);
    score *= 1 + LEAD_BONUS / (1 + LEAD_DECAY * u.order); // news puts what matters first
    if (namesSpeaker?.test(fold(u.text))) score *= SPEAKER_BONUS;
    if (length < 5) score *= 0.5; // fragments make poor summaries
    score /= Math.pow(Math.max(length, 5), LENGTH_PENALTY); // of two sentences saying as much, the shorter
    candidates.push({ text: u.text, order: u.order, score, vector });
  });

  const chosen: Candidate[] = [];
  for (const c of candidates.sort((a, b) => b.score - a.score)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((x) => space.cosine(x.vector, c.vector) > REDUNDANCY)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.text);
}
