import { BoundedMemo } from '../memo';

/** Folding ASCII only lower-cases it: `text` itself when it has no capital (most words), null when not ASCII. */
function foldAscii(text: string): string | null {
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return null;
    if (code >= 0x41 && code <= 0x5a) capital = true;
  }
  return capital ? text.toLowerCase() : text;
}

/** Folded words, by word: every word of an article is folded, most of them many times, and folding takes nine
 *  passes over the word. Long strings (sentences, titles) are not kept. */
const MAX_CACHED_LENGTH = 40;
const foldedWords = new BoundedMemo(foldUnicode, 50_000);

/**
 * Folding for comparisons: two spellings a reader takes as the same word fold to the same key.
 * Lower case, NFKC, Arabic hamza/alef/ya/ta-marbuta variants, Persian ya/kaf, diacritics (tashkeel, niqqud,
 * Latin accents are kept: "été" and "ete" differ in meaning), tatweel, ё → е.
 */
export function fold(text: string): string {
  const ascii = foldAscii(text);
  if (ascii !== null) return ascii;
  return text.length > MAX_CACHED_LENGTH ? foldUnicode(text) : foldedWords.get(text);
}

/** Each character folding replaces, and what it becomes: one pass over the text for them all. */
const REPLACED: Record<string, string> = {
  '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627', '\u0671': '\u0627', // hamza and madda forms of alef
  '\u0649': '\u064a', '\u06cc': '\u064a', // alef maksura and Persian ya
  '\u0629': '\u0647', // ta marbuta
  '\u06a9': '\u0643', // Persian kaf
  '\u0451': '\u0435', // ё
  '’': "'", 'ʼ': "'",
};
const REPLACED_OR_DROPPED = /[\u0623\u0625\u0622\u0671\u0649\u06cc\u0629\u06a9\u0451’ʼ\u0640\u064b-\u065f\u0670\u0591-\u05c7\u200c\u200d]/g;

function foldUnicode(text: string): string {
  // Tatweel, tashkeel, niqqud and zero-width joiners are dropped.
  return text.normalize('NFKC').toLowerCase().replace(REPLACED_OR_DROPPED, (c) => REPLACED[c] ?? '');
}

/** Collapses every run of white space (including no-break and zero-width spaces) to one space and trims. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
}
