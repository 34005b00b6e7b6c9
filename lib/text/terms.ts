/** Content words of a text for similarity and salience: folded, function words dropped, clitics stripped. */
import type { LanguageTable } from '../languages';
import { fold } from './fold';
import { wordKeys, type SegmentedText } from './tokens';

const stopCache = new WeakMap<LanguageTable, { stop: Set<string>; clitics: string[] }>();
function prepared(table: LanguageTable) {
  let p = stopCache.get(table);
  if (!p) {
    p = {
      stop: new Set(table.stopWords.map(fold)),
      clitics: (table.cliticPrefixes ?? []).map(fold).sort((a, b) => b.length - a.length),
    };
    stopCache.set(table, p);
  }
  return p;
}

/** The language's function words, folded (built once per table). */
export function stopWordSet(table: LanguageTable): ReadonlySet<string> {
  return prepared(table).stop;
}

/** The word's base for counting: the longest listed clitic prefix removed when at least three letters remain. */
export function termOf(key: string, table: LanguageTable): string {
  const { clitics } = prepared(table);
  for (const c of clitics) if (key.startsWith(c) && key.length - c.length >= 3) return key.slice(c.length);
  return key;
}

const NUMBER = /^\p{N}+$/u;
const HAN = /\p{Script=Han}/u;

export function contentTerms(text: string, table: LanguageTable): string[] {
  return contentTermsOf(wordKeys(text, table.code), table);
}

/** The content term a folded word counts as, or null for a function word, a number or a single letter. */
function contentTermOf(key: string, table: LanguageTable): string | null {
  const { stop } = prepared(table);
  if (stop.has(key) || NUMBER.test(key)) return null;
  const term = termOf(key, table);
  return !stop.has(term) && (term.length > 1 || HAN.test(term)) ? term : null;
}

/** The content terms among a text's folded words (see `wordKeys`). */
export function contentTermsOf(words: readonly string[], table: LanguageTable): string[] {
  const out: string[] = [];
  for (const key of words) {
    const term = contentTermOf(key, table);
    if (term !== null) out.push(term);
  }
  return out;
}

/** For a segmented text, the content term of each of its tokens (null for none), by table: the summary and the
 *  outline both count the terms of the article, part by part. */
const termsOfTokens = new WeakMap<SegmentedText, Map<LanguageTable, ReadonlyArray<string | null>>>();

function tokenTerms(segmented: SegmentedText, table: LanguageTable): ReadonlyArray<string | null> {
  let byTable = termsOfTokens.get(segmented);
  if (!byTable) termsOfTokens.set(segmented, (byTable = new Map()));
  let terms = byTable.get(table);
  if (!terms) byTable.set(table, (terms = segmented.tokens.map((t) => (t.isWord ? contentTermOf(t.key, table) : null))));
  return terms;
}

/** The content terms of `segmented.text.slice(start, end)`, as `contentTermsOf` gives them for its words. */
export function contentTermsBetween(segmented: SegmentedText, start: number, end: number, table: LanguageTable): string[] {
  const range = segmented.tokenRange(start, end);
  if (!range) return contentTermsOf(segmented.wordKeysBetween(start, end), table);
  const terms = tokenTerms(segmented, table);
  const out: string[] = [];
  for (let i = range.first; i < range.last; i++) {
    const term = terms[i];
    if (term !== null) out.push(term);
  }
  return out;
}

export type TermVector = Map<string, number>;

export function termVector(terms: readonly string[], weight: (term: string) => number = () => 1): TermVector {
  return termVectorOfAll([terms], weight);
}

/** The term vector of the lists' terms taken one after the other (without building their concatenation). */
export function termVectorOfAll(lists: readonly (readonly string[])[], weight: (term: string) => number = () => 1): TermVector {
  const v: TermVector = new Map();
  for (const terms of lists) for (const t of terms) v.set(t, (v.get(t) ?? 0) + weight(t));
  return v;
}

/** `nb`: the squared norm of `b`, for a caller comparing many vectors with the same `b`. */
export function cosine(a: TermVector, b: TermVector, nb = squaredNorm(b)): number {
  let dot = 0;
  let na = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function squaredNorm(v: TermVector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** Inverse document frequency of each term over a list of term lists. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): (term: string) => number {
  // Per term, in one map: the documents it is in (each counted once: the last one it was counted for is kept,
  // instead of a set per document), then its weight, worked out once since it is asked for at every occurrence.
  const byTerm = new Map<string, { documents: number; lastDocument: number; weight: number }>();
  documents.forEach((doc, d) => {
    for (const t of doc) {
      const seen = byTerm.get(t);
      if (!seen) byTerm.set(t, { documents: 1, lastDocument: d, weight: 0 });
      else if (seen.lastDocument !== d) {
        seen.documents++;
        seen.lastDocument = d;
      }
    }
  });
  const n = documents.length;
  for (const term of byTerm.values()) term.weight = Math.log(1 + n / term.documents);
  const unseen = Math.log(1 + n);
  return (t) => byTerm.get(t)?.weight ?? unseen;
}
