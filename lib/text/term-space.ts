/**
 * The content terms of one segmented text as small integers, for the summary and the outline, which count terms
 * part by part and compare the counts: a term's id is an index into arrays, where a map keyed by the term's string
 * cost a hash and an entry (and an array per entry read) at every step.
 */
import type { LanguageTable } from '../languages';
import { contentTermsOf, termRules, type TermRules } from './terms';
import type { SegmentedText, Token } from './tokens';

/** Weights of terms by id, in the order the terms were first added: sums over a vector are taken in that order, as
 *  they were over the maps this replaces, so that scores come out to the same last digit. */
export class TermVector {
  constructor(
    readonly ids: readonly number[],
    readonly weights: readonly number[],
  ) {}

  get squaredNorm(): number {
    let n = 0;
    for (const x of this.weights) n += x * x;
    return n;
  }

  /** The weights as an array indexed by term id (0 for a term not in the vector), for comparing many vectors with
   *  this one (see `cosineWith`). */
  byId(size: number): number[] {
    const out: number[] = new Array(size).fill(0);
    for (let i = 0; i < this.ids.length; i++) out[this.ids[i]] = this.weights[i];
    return out;
  }
}

/** The cosine of the angle between `a` and a vector given by id (see `TermVector.byId`) whose squared norm is `nb`. */
export function cosineWith(a: TermVector, b: ArrayLike<number>, nb: number): number {
  let dot = 0;
  let na = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.weights[i];
    na += x * x;
    const y = b[a.ids[i]];
    if (y) dot += x * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export class TermSpace {
  private readonly idOfTerm = new Map<string, number>();
  /** For each token of the text, the id of its content term (see `contentTermOf`), or -1 for none. */
  private readonly tokenTermIds: Int32Array;
  /** Scratch arrays indexed by term id, left as they were found by each method that uses them: where a term is in
   *  the vector being built (-1 for nowhere), and a vector's weights for comparing another with it. */
  private slots = new Int32Array(0);
  private weights = new Float64Array(0);
  private readonly rules: TermRules;

  constructor(
    readonly segmented: SegmentedText,
    table: LanguageTable,
  ) {
    const rules = (this.rules = termRules(table));
    const tokens = segmented.tokens;
    this.tokenTermIds = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const term = tokens[i].isWord ? rules.contentTermOf(tokens[i].key) : null;
      this.tokenTermIds[i] = term === null ? -1 : this.idOf(term);
    }
  }

  /** How many terms have an id: ids are 0 to size - 1. */
  get size(): number {
    return this.idOfTerm.size;
  }

  /** The term's id, given to it now if it has none (ids go in order of first occurrence). */
  idOf(term: string): number {
    let id = this.idOfTerm.get(term);
    if (id === undefined) this.idOfTerm.set(term, (id = this.idOfTerm.size));
    return id;
  }

  /** The ids of the content terms of `text.slice(start, end)`, in text order, as `contentTermsOf` gives the terms of
   *  its words. */
  contentTermIdsBetween(start: number, end: number): number[] {
    const range = this.segmented.tokenRange(start, end);
    if (!range) return contentTermsOf(this.segmented.wordKeysBetween(start, end), this.rules).map((term) => this.idOf(term));
    const out: number[] = [];
    for (let i = range.first; i < range.last; i++) if (this.tokenTermIds[i] >= 0) out.push(this.tokenTermIds[i]);
    return out;
  }

  /** For each of the tokens, the id of the term a label counts it as: a word that is not a function word, with its
   *  clitic stripped (numbers and single letters too, unlike a content term); -1 for any other token. */
  labelTermIds(tokens: readonly Token[]): number[] {
    const { rules } = this;
    const out: number[] = new Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const { isWord, key } = tokens[i];
      out[i] = isWord && !rules.stop.has(key) ? this.idOf(rules.termOf(key)) : -1;
    }
    return out;
  }

  /** The vector of the lists' terms taken one after the other: each occurrence counts 1, or its weight by id. */
  vector(lists: readonly (readonly number[])[], weightById?: ArrayLike<number>): TermVector {
    const slots = this.scratchSlots();
    const ids: number[] = [];
    const weights: number[] = [];
    for (const list of lists) {
      for (const id of list) {
        let at = slots[id];
        if (at < 0) {
          slots[id] = at = ids.length;
          ids.push(id);
          weights.push(0);
        }
        weights[at] += weightById ? weightById[id] : 1;
      }
    }
    for (const id of ids) slots[id] = -1;
    return new TermVector(ids, weights);
  }

  cosine(a: TermVector, b: TermVector): number {
    const weights = this.scratchWeights();
    for (let i = 0; i < b.ids.length; i++) weights[b.ids[i]] = b.weights[i];
    const similarity = cosineWith(a, weights, b.squaredNorm);
    for (const id of b.ids) weights[id] = 0;
    return similarity;
  }

  /** Inverse document frequency of each term (by id) over a list of documents of term ids; 0 for a term in none.
   *  (The arrays made for each call are plain ones: a typed array of more than a few elements is stored outside
   *  V8's heap, and costs more to make.) */
  inverseDocumentFrequency(documents: readonly (readonly number[])[]): number[] {
    const size = this.size;
    // Per term, the documents it is in, each counted once: the last document it was counted for is kept.
    const counts: number[] = new Array(size).fill(0);
    const lastDocument: number[] = new Array(size).fill(-1);
    documents.forEach((doc, d) => {
      for (const id of doc) {
        if (lastDocument[id] === d) continue;
        lastDocument[id] = d;
        counts[id]++;
      }
    });
    const idf: number[] = new Array(size).fill(0);
    for (let id = 0; id < size; id++) if (counts[id]) idf[id] = Math.log(1 + documents.length / counts[id]);
    return idf;
  }

  private scratchSlots(): Int32Array {
    if (this.slots.length < this.size) this.slots = new Int32Array(Math.max(this.size, 2 * this.slots.length)).fill(-1);
    return this.slots;
  }

  private scratchWeights(): Float64Array {
    if (this.weights.length < this.size) this.weights = new Float64Array(Math.max(this.size, 2 * this.weights.length));
    return this.weights;
  }
}

const spaces = new WeakMap<SegmentedText, Map<LanguageTable, TermSpace>>();

/** The term space of a segmented text in a language, made once: the summary and the outline share it. */
export function termSpace(segmented: SegmentedText, table: LanguageTable): TermSpace {
  let byTable = spaces.get(segmented);
  if (!byTable) spaces.set(segmented, (byTable = new Map()));
  let space = byTable.get(table);
  if (!space) byTable.set(table, (space = new TermSpace(segmented, table)));
  return space;
}
