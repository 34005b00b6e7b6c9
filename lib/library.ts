/**
 * The library of what was said: the keys a stored quotation is found by, and the close match that tells the same
 * quotation in another article. Pure functions; the store is utils/library-store.ts.
 *
 * Finding the same words again: each quotation's folded words are cut into overlapping pairs (shingles), of which a
 * MinHash signature of SIGNATURE_HASHES values is taken and cut into bands of BAND_ROWS; a quotation is stored under
 * one key per band, and two quotations sharing a band are candidates (locality-sensitive hashing: pairs of
 * quotations that share most of their word pairs share a band with high probability, unrelated ones almost never).
 * A candidate is then compared word by word (`compareQuotes`), which allows a few changed, added or dropped words and
 * one quotation cut from a longer one.
 */
import { fold } from './text/fold';
import { wordKeys } from './text/tokens';

/** A quotation of the library of what was said (kept by utils/library-store.ts). */
export interface LibraryQuote {
  /** The article's address and the quotation's place among its quotations. */
  id: string;
  text: string;
  speaker: string | null;
  anonymous: boolean;
  /** Where the quotation starts in its article's text. */
  position: number;
  /** The article's address (as notes are filed: see `pageAddress`), title and outlet ('' when unknown). */
  source: string;
  title: string;
  outlet: string;
  /** The article's date as YYYY-MM-DD: when it was published, else when it was read. */
  date: string;
  /** When the reader opened the article (ISO time). */
  seen: string;
  lang: string;
}

/** The MinHash signature's length and its bands: 16 bands of 2 rows find a pair with half its word pairs in common
 *  with probability 1 − (1 − 0.5²)¹⁶ = 0.99, a third in common 0.85, one in ten 0.15. */
const SIGNATURE_HASHES = 32;
const BAND_ROWS = 2;

/** What makes two quotations the same: their longest common run of words covers this share of the shorter one,
 *  and the shorter one has at least this many words (shorter ones, "we will see", are said everywhere). */
export const MATCH = { minShare: 0.7, minWords: 4 } as const;

/** A quotation's words as they are compared: folded, without diacritics or punctuation. */
export function matchWords(text: string, lang: string): string[] {
  return wordKeys(text, lang).map(searchKey).filter(Boolean);
}

/** Text folded for search and comparison: case, compatibility forms, Arabic letter variants and every diacritic
 *  (tashkeel as much as Latin accents) are ignored, and ß is ss, as it is in capitals (STRASSE). */
export function searchKey(text: string): string {
  return fold(text).normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The i-th of the signature's hash functions, applied to a shingle's hash: a seeded multiply and xor-shift mix. */
function rehash(hash: number, i: number): number {
  let x = Math.imul(hash ^ Math.imul(i + 1, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The keys of a quotation's bands (see the module's comment): numbers, as the store indexes them. */
export function bandKeys(words: readonly string[]): number[] {
  const shingles = words.length < 2 ? words : words.slice(1).map((word, i) => `${words[i]} ${word}`);
  if (!shingles.length) return [];
  const hashes = shingles.map(fnv1a);
  const signature = Array.from({ length: SIGNATURE_HASHES }, (_, i) => Math.min(...hashes.map((hash) => rehash(hash, i))));
  const keys: number[] = [];
  for (let band = 0; band < SIGNATURE_HASHES / BAND_ROWS; band++) {
    keys.push(fnv1a(`${band}:${signature.slice(band * BAND_ROWS, (band + 1) * BAND_ROWS).join(',')}`));
  }
  return [...new Set(keys)];
}

export interface QuoteComparison {
  /** The same words: the longest common run of words covers MATCH.minShare of the shorter quotation. */
  same: boolean;
  /** Word for word the same (case, accents and punctuation aside). */
  identical: boolean;
}

/** Compares two quotations' words (see `matchWords`). */
export function compareQuotes(a: readonly string[], b: readonly string[]): QuoteComparison {
  const shorter = Math.min(a.length, b.length);
  const identical = a.length === b.length && a.every((word, i) => word === b[i]);
  if (identical) return { same: shorter > 0, identical: shorter > 0 };
  if (shorter < MATCH.minWords) return { same: false, identical: false };
  return { same: commonWords(a, b) >= MATCH.minShare * shorter, identical: false };
}

/** The length of the longest common subsequence of two lists of words. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    [previous, row] = [row, previous];
  }
  return previous[b.length];
}

/** Whether two articles name the same speaker: the same words, or the words of one among the other's ("Lopez",
 *  "Maria Lopez"). Unknown (either has none) counts as the same: only a different name is flagged. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const wordsOf = (name: string) => searchKey(name).split(/[\s\p{P}]+/u).filter(Boolean);
  const [shorter, longer] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  const all = new Set(longer);
  return shorter.every((word) => all.has(word));
}

/** The words a stored quotation is searched by: its words, and its speaker's marked apart ("s:" before them). */
export function searchTerms(words: readonly string[], speaker: string | null): string[] {
  const speakerWords = speaker ? searchKey(speaker).split(/[\s\p{P}]+/u).filter(Boolean) : [];
  return [...new Set([...words.map((word) => `w:${word}`), ...speakerWords.map((word) => `s:${word}`)])];
}

/** Where an export of notes carries the library's quotations: a property of the annotation collection. */
export const LIBRARY_PROPERTY = 'glossa:library';
/** Limits of a quotation from a file or a page. */
export const MAX_QUOTE_CHARS = 5_000;
export const MAX_NAME_CHARS = 500;

const isShortString = (value: unknown, max = MAX_NAME_CHARS) => typeof value === 'string' && value.length <= max;

/** A quotation of the library as an export writes it, checked field by field (a file may hold anything). */
export function isLibraryQuote(value: unknown): value is LibraryQuote {
  if (!value || typeof value !== 'object') return false;
  const q = value as Record<string, unknown>;
  return (
    isShortString(q.id, 2 * MAX_NAME_CHARS) && isShortString(q.text, MAX_QUOTE_CHARS) && (q.speaker === null || isShortString(q.speaker)) &&
    typeof q.anonymous === 'boolean' && Number.isInteger(q.position) && isShortString(q.source, 2 * MAX_NAME_CHARS) &&
    isShortString(q.title) && isShortString(q.outlet) && /^\d{4}-\d{2}-\d{2}$/.test(String(q.date)) && !Number.isNaN(Date.parse(String(q.seen))) &&
    isShortString(q.lang, 35)
  );
}

/** The library's quotations in an exported file's text, the readable ones only; none when it has none. */
export function libraryQuotesOf(fileText: string): LibraryQuote[] {
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  const items = json && typeof json === 'object' ? (json as Record<string, unknown>)[LIBRARY_PROPERTY] : undefined;
  return Array.isArray(items) ? items.filter(isLibraryQuote) : [];
}
