/**
 * Clauses of long run-on sentences, for summary lines. News in some languages (Arabic above all) runs many clauses
 * into one sentence with commas and few full stops, and a sixty-word sentence makes a poor summary line. A sentence
 * of more than LONG_SENTENCE_WORDS words is cut where its language's table says a clause begins (see
 * `ClauseCues`): after a clause-ending mark; at a comma before a conjunction (a main clause that can stand alone);
 * before an adjunct opener (a dependent clause, which a summary line can leave out). Never inside a quotation or
 * brackets, and never leaving a piece of fewer than MIN_CLAUSE_WORDS words. A summary line that must be shorter
 * than its sentence keeps the sentence's leading clauses (`leadingClausesEnd`): only they are sure to hold its
 * subject, where a later clause ("، وأكد أن…", "and said that…") often leaves it to the clause before.
 */
import type { LanguageTable } from '../languages';
import type { Span } from './tokens';
import { alternatives, escapeRegExp } from './patterns';
import { isWhiteSpace } from './white-space';

export interface Clause extends Span {
  /** Opens with an adjunct opener ("حيث", "وذلك"): it adds to the clause before it and does not stand alone. */
  dependent: boolean;
}

const LONG_SENTENCE_WORDS = 25;
const MIN_CLAUSE_WORDS = 6;

const cutCache = new WeakMap<LanguageTable, RegExp | null>();
/**
 * One expression finding every place a clause may begin, as the white space between two clauses (a clause keeps
 * the comma it ends with, so that its bounds are word bounds); group `adjunct` is set when an adjunct opens there.
 * Null without clause cues.
 */
function clauseCuts(table: LanguageTable): RegExp | null {
  let found = cutCache.get(table);
  if (found === undefined) {
    const cues = table.clauseCues;
    // "، والسوق": the conjunction joins a noun with its article to the one before, not a clause.
    const notArticle = table.definiteArticle ? `(?!${escapeRegExp(table.definiteArticle)})` : '';
    // The adjunct first: "، وذلك" opens an adjunct, not a main clause.
    const ways = cues
      ? [
          `\\s+(?<adjunct>)(?=(?:${alternatives(cues.adjunctOpeners)})\\p{M}*(?!\\p{L}))`,
          `(?<=[${escapeRegExp(cues.breaks.join(''))}])\\s+`,
          `(?<=[${escapeRegExp(cues.commas.join(''))}])\\s+(?=(?:${alternatives(cues.conjunctions)})${notArticle}\\p{L})`,
        ]
      : null;
    found = ways ? new RegExp(ways.join('|'), 'gu') : null;
    cutCache.set(table, found);
  }
  return found;
}

/** Runs of non-space characters in `text.slice(start, end)`, counted without cutting them out. */
export function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const OPENING_BRACKETS = '([{';
const CLOSING_BRACKETS = ')]}';

/**
 * The clauses of `text.slice(sentence.start, sentence.end)` (offsets into `text`), or the sentence whole when it is
 * short or its language has no clause cues. `quoted(offset)` tells whether an offset lies inside a quotation; it is
 * asked about increasing offsets only.
 */
export function clauseSpans(text: string, sentence: Span, table: LanguageTable, quoted: (offset: number) => boolean): Clause[] {
  const cuts = clauseCuts(table);
  const whole = [{ start: sentence.start, end: sentence.end, dependent: false }];
  if (!cuts || wordCount(text, sentence.start, sentence.end) <= LONG_SENTENCE_WORDS) return whole;

  const pieces: Clause[] = [];
  let from = sentence.start;
  let dependent = false;
  let depth = 0;
  let scanned = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(cuts)) {
    const at = sentence.start + m.index!;
    for (; scanned < at; scanned++) {
      if (OPENING_BRACKETS.includes(text[scanned])) depth++;
      else if (CLOSING_BRACKETS.includes(text[scanned]) && depth > 0) depth--;
    }
    if (depth > 0 || quoted(at)) continue;
    pieces.push({ start: from, end: at, dependent });
    from = at + m[0].length;
    dependent = m.groups?.adjunct !== undefined;
  }
  pieces.push({ start: from, end: sentence.end, dependent });

  // A piece too short to say anything on its own stays with the one before it (the first, with the one after it).
  const out: Clause[] = [];
  let lastWords = 0;
  for (const p of pieces) {
    const words = wordCount(text, p.start, p.end);
    const last = out[out.length - 1];
    if (last && (words < MIN_CLAUSE_WORDS || lastWords < MIN_CLAUSE_WORDS)) {
      last.end = p.end;
      lastWords += words;
    } else {
      out.push(p);
      lastWords = words;
    }
  }
  return out;
}

/**
 * Where the leading clauses of a sentence end: the longest run of its first clauses (see `clauseSpans`) of at most
 * `maxWords` words, or its first clause alone when that is longer; the sentence's end when it is no longer than
 * `maxWords` or cannot be cut.
 */
export function leadingClausesEnd(text: string, sentence: Span, table: LanguageTable, quoted: (offset: number) => boolean, maxWords: number): number {
  if (wordCount(text, sentence.start, sentence.end) <= maxWords) return sentence.end;
  const clauses = clauseSpans(text, sentence, table, quoted);
  let end = clauses[0].end;
  for (const clause of clauses.slice(1)) {
    if (wordCount(text, sentence.start, clause.end) > maxWords) break;
    end = clause.end;
  }
  return end;
}
