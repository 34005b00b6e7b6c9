const ASCII = /^[\x00-\x7f]*$/;
/** Folded words, by word: every word of an article is folded, most of them many times, and folding takes nine
 *  passes over the word. Long strings (sentences, titles) are not kept. */
const foldedWords = new Map<string, string>();
const MAX_CACHED_LENGTH = 40;
const MAX_CACHED_WORDS = 50_000;

/**
 * Folding for comparisons: two spellings a reader takes as the same word fold to the same key.
 * Lower case, NFKC, Arabic hamza/alef/ya/ta-marbuta variants, Persian ya/kaf, diacritics (tashkeel, niqqud,
 * Latin accents are kept: "été" and "ete" differ in meaning), tatweel, ё → е.
 */
export function fold(text: string): string {
  // Folding ASCII only lower-cases it.
  if (ASCII.test(text)) return text.toLowerCase();
  if (text.length > MAX_CACHED_LENGTH) return foldUnicode(text);
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    if (foldedWords.size >= MAX_CACHED_WORDS) foldedWords.clear();
    foldedWords.set(text, (folded = foldUnicode(text)));
  }
  return folded;
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u06cc/g, '\u064a')
    .replace(/\u06a9/g, '\u0643')
    .replace(/[\u0640\u064b-\u065f\u0670\u0591-\u05c7\u200c\u200d]/g, '')
    .replace(/\u0451/g, '\u0435')
    .replace(/[’ʼ]/g, "'");
}

/** Collapses every run of white space (including no-break and zero-width spaces) to one space and trims. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
}
