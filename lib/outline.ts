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
import { fold, squeezeSpaces } from './text/fold';
import type { OutlineEntry } from './types';

const MAX_LABEL_WORDS = 6;
const MIN_LABEL_WORDS = 2;
/** Punctuation a label never runs across. */
const LABEL_END = /[.,;:!?،؛؟。，；：«»"“”]/u;

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
  const minLength = Math.max(1, Math.floor(n / sections / 3));
  const cuts: number[] = [];
  for (const gap of [...gaps].sort((a, b) => a.cohesion - b.cohesion || a.at - b.at)) {
    if (cuts.length === sections - 1) break;
    const all = [0, ...cuts, n];
    if (all.every((c) => Math.abs(c - gap.at) >= minLength)) cuts.push(gap.at);
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * The phrase of 2–6 words of a section that best names it: a run of words, between punctuation, that holds the
 * word most special to the section and has the most weight per word.
 */
function sectionLabel(space: TermSpace, start: number, end: number, weight: (term: number) => number, table: LanguageTable): string {
  const text = space.segmented.text;
  const tokens = space.segmented.tokensBetween(start, end);
  // Each token's term, its weight, whether a label can run across it and the words before it, once: the search
  // below reads each token up to MAX_LABEL_WORDS times. And the first of the terms that weigh most, the top term.
  const terms = space.labelTermIds(tokens);
  // Arrays, not typed arrays: a section's are a few hundred long, where a typed array is stored outside V8's heap.
  const weights: number[] = new Array(tokens.length).fill(0);
  const ends: boolean[] = new Array(tokens.length).fill(false);
  const wordsBefore: number[] = new Array(tokens.length).fill(0);
  let topAt = -1;
  for (let i = 0, words = 0; i < tokens.length; i++) {
    wordsBefore[i] = words;
    if (tokens[i].isWord) words++;
    else if (LABEL_END.test(tokens[i].text)) ends[i] = true;
    if (terms[i] < 0) continue;
    weights[i] = weight(terms[i]);
    if (topAt < 0 || weights[i] > weights[topAt]) topAt = i;
  }
  if (topAt < 0) return squeezeSpaces(text.slice(start, end)).split(/\s+/).slice(0, MAX_LABEL_WORDS).join(' ');
  const topTerm = terms[topAt];
  // A label starts on a word of its own, not one joined to a preposition or conjunction ("بقرار", "والصين").
  const clitics = (table.cliticPrefixes ?? []).map(fold).filter((c) => c !== table.definiteArticle);
  const joined = (key: string) => clitics.some((c) => key.startsWith(c) && key.length - c.length >= 3);
  let best = { score: -1, start: 0, end: 0 };
  // Only a run that reaches the top term can be the label: for each token, the next occurrence of the top term
  // (-1 for none), so that a start too far from one is skipped.
  const nextTop: number[] = new Array(tokens.length).fill(-1);
  for (let i = tokens.length - 1, next = -1; i >= 0; i--) nextTop[i] = next = terms[i] === topTerm ? i : next;
  for (let i = 0; i < tokens.length; i++) {
    if (terms[i] < 0 || joined(tokens[i].key)) continue;
    if (nextTop[i] < 0 || wordsBefore[nextTop[i]] - wordsBefore[i] >= MAX_LABEL_WORDS) continue;
    let score = 0;
    let words = 0;
    let holdsTop = false;
    for (let j = i; j < tokens.length && words < MAX_LABEL_WORDS; j++) {
      const t = tokens[j];
      if (ends[j]) break;
      if (!t.isWord) continue;
      words++;
      if (terms[j] < 0) continue;
      score += weights[j];
      holdsTop ||= terms[j] === topTerm;
      if (holdsTop && words >= MIN_LABEL_WORDS && score / (words + 1) > best.score) best = { score: score / (words + 1), start: i, end: j };
    }
  }
  if (best.score < 0) {
    const firstTermed = tokens.filter((_, i) => terms[i] >= 0).slice(0, MAX_LABEL_WORDS);
    return firstTermed.map((t) => t.text).join(' ');
  }
  return text.slice(tokens[best.start].start, tokens[best.end].end);
}

/** An outline inferred from the text: its entries and, for each, the index of the paragraph its section starts at. */
export interface InferredOutline {
  entries: OutlineEntry[];
  firstParagraphs: number[];
}

/** 3–9 sections for an article without headings (fewer when it has fewer paragraphs). */
export function inferredOutline(article: ArticleBody, table: LanguageTable): InferredOutline {
  const paragraphs = article.paragraphs;
  if (paragraphs.length < 2) return { entries: [], firstParagraphs: [] };
  const space = termSpace(article.segmented(table.code), table);
  const terms = paragraphs.map((p) => space.contentTermIdsBetween(p.start, p.end));
  const sections = Math.max(Math.min(3, paragraphs.length), Math.min(9, Math.round(paragraphs.length / 3)));
  const cuts = topicBoundaries(space, terms, sections);
  const bounds = [0, ...cuts, paragraphs.length];
  const sectionTerms = bounds.slice(1).map((end, k) => ([] as number[]).concat(...terms.slice(bounds[k], end)));
  const idf = space.inverseDocumentFrequency(sectionTerms);
  const entries = bounds.slice(1).map((end, k) => {
    const from = paragraphs[bounds[k]];
    const to = paragraphs[end - 1];
    // A section's count of each term; a term only a label counts (a number) has an id beyond them, and weighs 0.
    const tf = space.vector([sectionTerms[k]]).byId(idf.length);
    const label = sectionLabel(space, from.start, to.end, (t) => (t < tf.length ? tf[t] * idf[t] : 0), table);
    return { level: 2, text: label, inferred: true, start: from.start };
  });
  return { entries, firstParagraphs: bounds.slice(0, -1) };
}
