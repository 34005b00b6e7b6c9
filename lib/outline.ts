/**
 * The article's outline: its headings in order with their levels, or, when it has none, sections inferred from
 * its text (topic shifts found by lexical cohesion between neighbouring paragraphs), each labelled with a phrase
 * taken from the section.
 */
import type { LanguageTable } from './languages';
import type { ArticleBody, ArticleText } from './article/article-text';
import type { Block } from './article/blocks';
import { isBoldHeading } from './article/extract';
import { termSpace, type TermSpace, type TermVector } from './text/term-space';
import { phraseRoles, wordEvidence, type PhraseToken, type WordEvidence } from './text/noun-phrases';
import type { Token } from './text/tokens';
import { fold, squeezeSpaces } from './text/fold';
import type { OutlineEntry } from './types';

const MAX_LABEL_WORDS = 6;
const NUMBER = /^\p{N}/u;
/** What each word of a label costs, as a share of the mean weight of the section's words: a word is worth its
 *  place in a label when it weighs more than that. */
const LABEL_WORD_COST = 0.75;
const MIN_LABEL_WORDS = 2;

/** Offset of the first paragraph after `heading` in document order (the end of the text when none follows). */
function sectionStart(heading: Block, article: ArticleText): number {
  const paragraphs = article.paragraphs;
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid].block.order <= heading.order) low = mid + 1;
    else high = mid;
  }
  return low < paragraphs.length ? paragraphs[low].start : article.text.length;
}

/** An outline as data, with the element each section starts at on the live page (for scrolling to it). */
export interface Outline {
  entries: OutlineEntry[];
  elements: Element[];
}

export function headingOutline(headings: readonly Block[], article: ArticleText, title: string, titleHeading: Element | null): Outline {
  const titleKey = fold(title);
  // The outline is h2–h6 (and bold lines): an <h1> is the page's title, even when it is not the one we chose.
  const kept = headings.filter((h) => h.level !== 1 && h.element !== titleHeading && fold(h.text) !== titleKey && h.text.trim());
  const realLevels = kept.filter((h) => h.kind === 'heading').map((h) => h.level);
  const boldLevel = realLevels.length ? Math.min(6, Math.min(...realLevels) + 1) : 2;
  return {
    entries: kept.map((h) => ({
      level: h.kind === 'heading' ? Math.max(2, h.level) : isBoldHeading(h) ? boldLevel : 2,
      text: squeezeSpaces(h.text),
      inferred: false,
      start: sectionStart(h, article),
    })),
    elements: kept.map((h) => h.element),
  };
}

/** The inferred outline's sections: one for every PARAGRAPHS_PER_SECTION paragraphs, MIN_SECTIONS to MAX_SECTIONS
 *  (fewer when the article has fewer paragraphs), none shorter than the average divided by SHORTEST_SECTION_DIVISOR. */
const MIN_SECTIONS = 3;
const MAX_SECTIONS = 9;
const PARAGRAPHS_PER_SECTION = 3;
const SHORTEST_SECTION_DIVISOR = 3;

/** Where to cut n paragraphs (their term ids) into `sections` parts: at the weakest links between neighbouring
 *  paragraphs. */
function topicBoundaries(space: TermSpace, terms: readonly (readonly number[])[], sections: number): number[] {
  const n = terms.length;
  // As many sections as paragraphs (a short article): every gap is a cut, whatever the cohesion across it.
  if (sections >= n) return Array.from({ length: n - 1 }, (_, k) => k + 1);
  // Cohesion across each gap: two paragraphs on each side, counted together. The pair from paragraph `from` is
  // counted once, for the gap after it and the gap before it.
  const pairs = new Map<number, TermVector>();
  const pairFrom = (from: number) => {
    let v = pairs.get(from);
    if (!v) pairs.set(from, (v = space.vector(terms.slice(Math.max(0, from), Math.min(n, from + 2)))));
    return v;
  };
  const gaps: Array<{ at: number; cohesion: number }> = [];
  for (let at = 1; at < n; at++) gaps.push({ at, cohesion: space.cosine(pairFrom(at - 2), pairFrom(at)) });
  // Prefer weak links, and spread the cuts: no section shorter than a third of the average.
  const minLength = Math.max(1, Math.floor(n / sections / SHORTEST_SECTION_DIVISOR));
  const cuts: number[] = [];
  for (const gap of [...gaps].sort((a, b) => a.cohesion - b.cohesion || a.at - b.at)) {
    if (cuts.length === sections - 1) break;
    const all = [0, ...cuts, n];
    if (all.every((c) => Math.abs(c - gap.at) >= minLength)) cuts.push(gap.at);
  }
  return cuts.sort((a, b) => a - b);
}

/** A span of a section's tokens that could label it: a noun phrase of 2–6 words (see ./text/noun-phrases). */
interface LabelSpan {
  /** Offsets in the text: where the phrase begins (after a clitic cut from its first word) and ends. */
  start: number;
  end: number;
  /** The weight of its words less what they cost (see LABEL_WORD_COST). */
  score: number;
  holdsTop: boolean;
}

/** Every noun phrase of 2–6 words among the tokens, with its weight. `terms` and `weights`: each token's label term
 *  (-1 for none) and its weight in the section. */
function labelSpans(tokens: readonly Token[], roles: readonly PhraseToken[], terms: readonly number[], weights: readonly number[], topTerm: number, wordCost: number): LabelSpan[] {
  const spans: LabelSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i].startAt < 0) continue;
    let score = 0;
    let words = 0;
    let holdsTop = false;
    for (let j = i; j < tokens.length && words < MAX_LABEL_WORDS; j++) {
      const role = roles[j].role;
      if (role === 'break' || (j > i && !roles[j].continues)) break;
      if (role === 'joiner') continue;
      words++;
      if (terms[j] >= 0) {
        score += weights[j];
        holdsTop ||= terms[j] === topTerm;
      }
      if (role === 'word' && roles[j].canEnd && words >= MIN_LABEL_WORDS) spans.push({ start: roles[i].startAt, end: tokens[j].end, score: score - wordCost * words, holdsTop });
    }
  }
  return spans;
}

/** The section's opening words cut at a phrase boundary, for a section with no noun phrase to label it: in the first
 *  stretch between punctuation that has two such words, from its first word that is no function word, up to
 *  MAX_LABEL_WORDS words, to the last that may end a phrase; else the section's first such word. */
function openingWords(text: string, tokens: readonly Token[], roles: readonly PhraseToken[]): string {
  let single = '';
  let first = -1;
  let last = -1;
  let words = 0;
  for (let j = 0; j <= tokens.length; j++) {
    const stretchEnds = j === tokens.length || (roles[j].role !== 'joiner' && !tokens[j].isWord) || !roles[j].continues || words === MAX_LABEL_WORDS;
    if (stretchEnds && first >= 0) {
      const label = squeezeSpaces(text.slice(tokens[first].start, tokens[last].end));
      if (last > first) return label;
      single ||= label;
      first = -1;
      words = 0;
    }
    if (j === tokens.length || !tokens[j].isWord) continue;
    if (first < 0 && roles[j].role === 'word' && !NUMBER.test(tokens[j].key)) [first, last] = [j, j];
    if (first < 0) continue;
    words++;
    if (roles[j].role === 'word' && roles[j].canEnd) last = j;
  }
  return single;
}

/** What labelling a section needs of the whole article. */
interface LabelContext {
  space: TermSpace;
  table: LanguageTable;
  evidence: WordEvidence;
  /** The labels of the sections before, folded: a label says what is new in its section. */
  used: Set<string>;
}

/**
 * The noun phrase of 2–6 words of a section that best names it: the one with the most weight per word among those
 * holding the word most special to the section (or among all, when none holds it), and not the label of a section
 * before; the section's opening words, cut at a phrase boundary, when it has no such noun phrase.
 */
function sectionLabel(context: LabelContext, start: number, end: number, weight: (term: number) => number): string {
  const { space, table, evidence, used } = context;
  const text = space.segmented.text;
  const tokens = space.segmented.tokensBetween(start, end);
  const roles = phraseRoles(text, tokens, table, evidence);
  const terms = space.labelTermIds(tokens);
  // Arrays, not typed arrays: a section's are a few hundred long, where a typed array is stored outside V8's heap.
  const weights: number[] = new Array(tokens.length).fill(0);
  let topAt = -1;
  let total = 0;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (terms[i] < 0 || roles[i].role !== 'word') continue;
    weights[i] = weight(terms[i]);
    total += weights[i];
    counted++;
    if (topAt < 0 || weights[i] > weights[topAt]) topAt = i;
  }
  const wordCost = LABEL_WORD_COST * (counted ? total / counted : 0);
  const spans = labelSpans(tokens, roles, terms, weights, topAt < 0 ? -1 : terms[topAt], wordCost);
  // The best of those holding the top term, else of all; a stable sort keeps the first of equal scores.
  const ranked = spans.sort((a, b) => Number(b.holdsTop) - Number(a.holdsTop) || b.score - a.score);
  const best = ranked.find((s) => !used.has(fold(text.slice(s.start, s.end))));
  const label = best ? squeezeSpaces(text.slice(best.start, best.end)) : openingWords(text, tokens, roles);
  used.add(fold(label));
  return label;
}

/** An outline inferred from the text: its entries and, for each, the index of the paragraph its section starts at. */
export interface InferredOutline {
  entries: OutlineEntry[];
  firstParagraphs: number[];
}

/** The sections of an article without headings (see MIN_SECTIONS). */
export function inferredOutline(article: ArticleBody, table: LanguageTable): InferredOutline {
  const paragraphs = article.paragraphs;
  if (paragraphs.length < 2) return { entries: [], firstParagraphs: [] };
  const space = termSpace(article.segmented(table.code), table);
  const terms = paragraphs.map((p) => space.contentTermIdsBetween(p.start, p.end));
  const sections = Math.max(Math.min(MIN_SECTIONS, paragraphs.length), Math.min(MAX_SECTIONS, Math.round(paragraphs.length / PARAGRAPHS_PER_SECTION)));
  const cuts = topicBoundaries(space, terms, sections);
  const bounds = [0, ...cuts, paragraphs.length];
  const sectionTerms = bounds.slice(1).map((end, k) => ([] as number[]).concat(...terms.slice(bounds[k], end)));
  const idf = space.inverseDocumentFrequency(sectionTerms);
  const context: LabelContext = { space, table, evidence: wordEvidence(space.segmented.tokens, table), used: new Set() };
  const entries = bounds.slice(1).map((end, k) => {
    const from = paragraphs[bounds[k]];
    const to = paragraphs[end - 1];
    // A section's count of each term; a term only a label counts (a number) has an id beyond them, and weighs 0.
    const tf = space.vector([sectionTerms[k]]).byId(idf.length);
    const label = sectionLabel(context, from.start, to.end, (t) => (t < tf.length ? tf[t] * idf[t] : 0));
    return { level: 2, text: label, inferred: true, start: from.start };
  });
  return { entries, firstParagraphs: bounds.slice(0, -1) };
}
