/**
 * Word segmentation in plain JavaScript for the text of most articles: Intl.Segmenter made segmenting the analysis's
 * largest cost, and these rules, read from tables, cost far less (`npm run bench` times the stages). They are
 * Unicode's word boundary rules (UAX #29, as ICU applies them in Intl.Segmenter) for the characters listed below,
 * whose word break classes are simple; tests/stages/word-breaks.test.ts checks that they cut every listed
 * character in every context as Intl.Segmenter does. A text with any other character (Chinese, emoji, …) is left
 * to Intl.Segmenter.
 */

import type { SegmentList } from './segment-list';

// Word break classes (UAX #29); 0: a character not covered here.
const OTHER = 1;
const LETTER = 2; // ALetter
const HEBREW_LETTER = 3;
const NUMERIC = 4;
const MID_LETTER = 5; // : ·
const MID_NUM = 6; // , ; ، ٬
const MID_NUM_LETTER = 7; // . ‘ ’
const SINGLE_QUOTE = 8;
const DOUBLE_QUOTE = 9;
const EXTEND = 10; // combining marks, zero-width non-joiner
const SPACE = 11;
const LINE_FEED = 12;
const EXTEND_NUM_LETTER = 13; // _

/** The covered characters by class, as ranges of code points. */
const CLASSES: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]> = [
  [SPACE, [[0x20, 0x20]]],
  [LINE_FEED, [[0x0a, 0x0a]]],
  [LETTER, [
    [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], // Latin
    [0x386, 0x386], [0x388, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1], [0x3a3, 0x3ce], // Greek
    [0x400, 0x481], [0x48a, 0x52f], // Cyrillic
    [0x620, 0x63f], [0x641, 0x64a], [0x66e, 0x66f], [0x671, 0x6d3], [0x6d5, 0x6d5], // Arabic and Persian
  ]],
  [HEBREW_LETTER, [[0x5d0, 0x5ea], [0x5ef, 0x5f2]]],
  [NUMERIC, [[0x30, 0x39], [0x660, 0x669], [0x66b, 0x66b], [0x6f0, 0x6f9]]],
  [MID_LETTER, [[0x3a, 0x3a], [0xb7, 0xb7]]],
  [MID_NUM, [[0x2c, 0x2c], [0x3b, 0x3b], [0x60c, 0x60c], [0x66c, 0x66c]]],
  [MID_NUM_LETTER, [[0x2e, 0x2e], [0x2018, 0x2019]]],
  [SINGLE_QUOTE, [[0x27, 0x27]]],
  [DOUBLE_QUOTE, [[0x22, 0x22]]],
  [EXTEND_NUM_LETTER, [[0x5f, 0x5f]]],
  [EXTEND, [
    [0x300, 0x36f], [0x483, 0x487], // Latin, Greek and Cyrillic combining marks
    [0x591, 0x5bd], [0x5bf, 0x5bf], [0x5c1, 0x5c2], [0x5c4, 0x5c5], [0x5c7, 0x5c7], // Hebrew points
    [0x64b, 0x65f], [0x670, 0x670], // Arabic vowel marks
    [0x200c, 0x200c], // zero-width non-joiner (Persian)
  ]],
  [OTHER, [
    [0x21, 0x21], [0x23, 0x26], [0x28, 0x2b], [0x2d, 0x2d], [0x2f, 0x2f], [0x3c, 0x40], [0x5b, 0x5e], [0x60, 0x60],
    [0x7b, 0x7e], // ASCII punctuation and symbols
    [0xa1, 0xa7], [0xa9, 0xa9], [0xab, 0xac], [0xae, 0xae], [0xb0, 0xb1], [0xb6, 0xb6], [0xbb, 0xbb], [0xbf, 0xbf],
    [0xd7, 0xd7], [0xf7, 0xf7], // Latin-1 punctuation and symbols
    [0x61b, 0x61b], [0x61f, 0x61f], [0x66a, 0x66a], [0x6d4, 0x6d4], // Arabic punctuation
    [0x2010, 0x2017], [0x201a, 0x2023], [0x2025, 0x2026], [0x2030, 0x203e], // dashes, quotation marks, ellipsis…
    [0x20a0, 0x20bf], // currency signs
    [0x2500, 0x257f], // box drawing
  ]],
];

const TABLE_SIZE = 0x2580;
const classOf = new Uint8Array(TABLE_SIZE);
for (const [cls, ranges] of CLASSES) for (const [from, to] of ranges) classOf.fill(cls, from, to + 1);

const isLetter = (c: number) => c === LETTER || c === HEBREW_LETTER;
const isMidLetter = (c: number) => c === MID_LETTER || c === MID_NUM_LETTER || c === SINGLE_QUOTE;
const isMidNumber = (c: number) => c === MID_NUM || c === MID_NUM_LETTER || c === SINGLE_QUOTE;

/**
 * No word boundary between units of classes `current` (after `previous`, after `beforePrevious`) and `next`:
 * the rules WB3–WB12 of UAX #29 (WB4, marks joining the character before them, is applied by the caller).
 */
function joined(beforePrevious: number, previous: number, current: number, next: number): boolean {
  if (previous === LINE_FEED || current === LINE_FEED) return false; // WB3a, WB3b
  if (previous === SPACE && current === SPACE) return true; // WB3d
  if (isLetter(previous) && isLetter(current)) return true; // WB5
  if (isLetter(previous) && isMidLetter(current) && isLetter(next)) return true; // WB6
  if (isLetter(beforePrevious) && isMidLetter(previous) && isLetter(current)) return true; // WB7
  if (previous === HEBREW_LETTER && current === SINGLE_QUOTE) return true; // WB7a
  if (previous === HEBREW_LETTER && current === DOUBLE_QUOTE && next === HEBREW_LETTER) return true; // WB7b
  if (beforePrevious === HEBREW_LETTER && previous === DOUBLE_QUOTE && current === HEBREW_LETTER) return true; // WB7c
  if ((isLetter(previous) || previous === NUMERIC) && (isLetter(current) || current === NUMERIC)) return true; // WB8–WB10
  if (beforePrevious === NUMERIC && isMidNumber(previous) && current === NUMERIC) return true; // WB11
  if (previous === NUMERIC && isMidNumber(current) && next === NUMERIC) return true; // WB12
  if ((isLetter(previous) || previous === NUMERIC || previous === EXTEND_NUM_LETTER) && current === EXTEND_NUM_LETTER) return true; // WB13a
  if (previous === EXTEND_NUM_LETTER && (isLetter(current) || current === NUMERIC)) return true; // WB13b
  return false;
}

/** The array `classesOf` fills, made again only for a longer text: a typed array made for every piece would be
 *  costly (it lives outside V8's heap). Shared state, so this module is not re-entrant: `segmentWords` reads the
 *  array to its end before the next call, which the engine, synchronous on one thread, never interleaves. */
let scratchClasses = new Uint8Array(1024);

/** The class of each character of `text.slice(from, to)` (the first `to - from` of the array), worked out once (the
 *  rules ask about each character up to three times); null when a character is not covered, or a mark does not
 *  stand on a letter or a digit (ICU treats marks elsewhere in ways these rules leave out). */
function classesOf(text: string, from: number, to: number): Uint8Array | null {
  const length = to - from;
  if (scratchClasses.length < length) scratchClasses = new Uint8Array(Math.max(length, 2 * scratchClasses.length));
  const classes = scratchClasses;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(from + i);
    const cls = code < TABLE_SIZE ? classOf[code] : 0;
    if (cls === 0 || (cls === EXTEND && !(isLetter(previous) || previous === NUMERIC || previous === EXTEND))) return null;
    classes[i] = previous = cls;
  }
  return classes;
}

/** The class of the unit starting after `i`'s marks: the next character that is not a mark, 0 at the end (of the
 *  `length` characters of the text). */
function nextUnitClass(classes: Uint8Array, i: number, length: number): number {
  let j = i + 1;
  while (j < length && classes[j] === EXTEND) j++;
  return j < length ? classes[j] : 0;
}

/**
 * Adds to `out` the word segments of `text.slice(from, to)` (as Intl.Segmenter's would be, with offsets into
 * `text`), and returns true; or returns false, having added nothing, when that part of the text is not covered.
 */
export function segmentWords(text: string, from: number, to: number, out: SegmentList): boolean {
  const classes = classesOf(text, from, to);
  if (!classes) return false;
  const length = to - from;
  let start = 0;
  let startClass = 0;
  let units = 0;
  let beforePrevious = 0;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const cls = classes[i];
    if (cls === EXTEND) continue; // WB4: a mark goes with the character before it
    if (i > 0 && !joined(beforePrevious, previous, cls, nextUnitClass(classes, i, length))) {
      out.add(from + i, isWord(startClass, units));
      start = i;
    }
    if (i === start) {
      startClass = cls;
      units = 0;
    }
    units++;
    beforePrevious = previous;
    previous = cls;
  }
  if (length) out.add(to, isWord(startClass, units));
  return true;
}

/** A segment is a word (Intl's isWordLike) when it starts with a letter or a digit, or with _ joined to more. */
function isWord(startClass: number, units: number): boolean {
  return isLetter(startClass) || startClass === NUMERIC || (startClass === EXTEND_NUM_LETTER && units > 1);
}
