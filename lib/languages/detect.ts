/**
 * The language of a text, checked against what the markup claims. The markup wins when the text agrees with it
 * (same writing system, and among languages sharing one, no clearly better match); otherwise the text decides:
 * an Arabic article marked lang="en" is Arabic.
 */
import { fold } from '../text/fold';
import { LANGUAGE_SAMPLE_CHARS, type LanguageTable } from './types';
import { stopWordSet } from '../text/terms';
import { CYRILLIC_LETTERS, FUNCTION_WORDS } from './identification';

type Script = 'Arabic' | 'Hebrew' | 'Han' | 'Kana' | 'Cyrillic' | 'Latin' | 'Hangul' | 'Greek' | 'Other';

const SCRIPT_TESTS: Array<[Script, RegExp]> = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Latin', /\p{Script=Latin}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/** Languages written in each script, beyond those with a table, so that correct markup is kept. */
const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic', ckb: 'Arabic', sd: 'Arabic', ug: 'Arabic',
  he: 'Hebrew', yi: 'Hebrew', zh: 'Han', ja: 'Kana', ko: 'Hangul', el: 'Greek',
  ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', sr: 'Cyrillic', mk: 'Cyrillic', be: 'Cyrillic', kk: 'Cyrillic',
};
const DEFAULT_FOR_SCRIPT: Record<Script, string> = {
  Arabic: 'ar', Hebrew: 'he', Han: 'zh', Kana: 'ja', Cyrillic: 'ru', Latin: 'en', Hangul: 'ko', Greek: 'el', Other: 'und',
};

// Letters only Persian uses among the common ones (پ چ ژ گ) and its own ya and kaf (ی ک).
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06cc\u06a9]/gu;
const ARABIC_ONLY_LETTERS = /[\u064a\u0643\u0629]/gu;

/**
 * What detection asks of a character, worked out once for each character of the Basic Multilingual Plane (a
 * sample has a few hundred distinct characters among thousands): in the low bits its script class, 1 + its index
 * in SCRIPT_TESTS for a letter of one of their scripts, OTHER_SCRIPT for another letter, NOT_A_LETTER for anything
 * else; and IN_WORDS for a character that words are made of when telling Latin-script languages apart (a letter, a
 * mark, an apostrophe or a zero-width non-joiner). 0 for a character not yet seen.
 */
const OTHER_SCRIPT = SCRIPT_TESTS.length + 1;
const NOT_A_LETTER = SCRIPT_TESTS.length + 2;
const SCRIPT_CLASS = 0x0f;
const IN_WORDS = 0x10;
const LETTER = /\p{L}/u;
const WORD_CHARACTER = /[\p{L}\p{M}'\u200c]/u;
const seenCharacters = new Uint8Array(0x10000);

function scriptClassOf(char: string): number {
  if (!LETTER.test(char)) return NOT_A_LETTER;
  const index = SCRIPT_TESTS.findIndex(([, test]) => test.test(char));
  return index < 0 ? OTHER_SCRIPT : index + 1;
}

function characterClassOf(char: string): number {
  return scriptClassOf(char) | (WORD_CHARACTER.test(char) ? IN_WORDS : 0);
}

function characterClassAt(codePoint: number): number {
  if (codePoint > 0xffff) return characterClassOf(String.fromCodePoint(codePoint));
  return seenCharacters[codePoint] || (seenCharacters[codePoint] = characterClassOf(String.fromCharCode(codePoint)));
}

/** The script most of the sample's letters are in (marks, digits and punctuation of a script are not letters); of
 *  two with as many, the one whose first letter comes first. */
function dominantScript(sample: string): Script {
  // Letters counted by script class, and the classes in the order of their first letter.
  const letters = new Int32Array(OTHER_SCRIPT + 1);
  const order: number[] = [];
  for (let i = 0; i < sample.length; ) {
    const codePoint = sample.codePointAt(i)!;
    i += codePoint > 0xffff ? 2 : 1;
    const scriptClass = characterClassAt(codePoint) & SCRIPT_CLASS;
    if (scriptClass === NOT_A_LETTER) continue;
    if (!letters[scriptClass]++) order.push(scriptClass);
  }
  const counts = new Map(order.map((c): [Script, number] => [c === OTHER_SCRIPT ? 'Other' : SCRIPT_TESTS[c - 1][0], letters[c]]));
  // Japanese mixes kana with Han: any real share of kana makes the text Japanese.
  const kana = counts.get('Kana') ?? 0;
  const han = counts.get('Han') ?? 0;
  if (kana > 0 && kana >= (kana + han) * 0.1) counts.set('Han', 0);
  else counts.set('Kana', 0);
  let best: Script = 'Other';
  let bestCount = 0;
  for (const [script, count] of counts) if (count > bestCount) [best, bestCount] = [script, count];
  return best;
}

/** A word's hash, taken code point by code point as the sample is read: a word is looked up by its hash, without
 *  cutting it out of the sample (most words are not function words, and the look-up by string was most of the
 *  detection's time). */
const nextHash = (hash: number, codePoint: number) => (Math.imul(hash, 31) + codePoint) | 0;

interface FunctionWord {
  word: string;
  hash: number;
  /** The indices of the languages it is a function word of. */
  languages: number[];
}

/** Function words are found by the low bits of their hash, in an array: a map keyed by the whole hash (often a
 *  number too large for V8's small integers) cost a slow look-up for every word of the sample. */
const HASH_BUCKETS = 1 << 12;

/** The Latin-script languages (those of `tables` and those without a table: identification.ts), and their function
 *  words by hash (see HASH_BUCKETS), each with the languages it is one of: the sample's words are looked up once for
 *  them all. */
interface LatinFunctionWords {
  languages: string[];
  byHash: Array<FunctionWord[] | undefined>;
}

function latinFunctionWordsOf(tables: readonly LanguageTable[]): LatinFunctionWords {
  const words: Array<[string, Iterable<string>]> = [
    ...tables.filter((t) => t.script === 'Latin').map((t): [string, Iterable<string>] => [t.code, stopWordSet(t)]),
    ...Object.entries(FUNCTION_WORDS).map(([code, list]): [string, Iterable<string>] => [code, new Set(list.map(fold))]),
  ];
  const languages = words.map(([code]) => code);
  const byWord = new Map<string, number[]>();
  words.forEach(([, set], index) => {
    for (const word of set) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  });
  const byHash = new Array<FunctionWord[] | undefined>(HASH_BUCKETS).fill(undefined);
  for (const [word, indices] of byWord) {
    let hash = 0;
    for (const char of word) hash = nextHash(hash, char.codePointAt(0)!);
    (byHash[hash & (HASH_BUCKETS - 1)] ??= []).push({ word, hash, languages: indices });
  }
  return { languages, byHash };
}

/** Per language written in Latin script, the share of the sample's words that are its function words; `words`: how
 *  many words the sample has. */
function latinStopWordShares(sample: string, functionWords: LatinFunctionWords): { shares: Map<string, number>; words: number } {
  const folded = fold(sample);
  const { languages: latin, byHash } = functionWords;
  const hits = new Array<number>(latin.length).fill(0);
  let words = 0;
  for (let i = 0, start = -1, hash = 0; i <= folded.length; ) {
    const codePoint = i < folded.length ? folded.codePointAt(i)! : -1;
    const inWord = codePoint >= 0 && (characterClassAt(codePoint) & IN_WORDS) !== 0;
    if (inWord) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = nextHash(hash, codePoint);
    } else if (start >= 0) {
      words++;
      const candidates = byHash[hash & (HASH_BUCKETS - 1)];
      if (candidates) {
        for (const { word, hash: wordHash, languages } of candidates) {
          if (wordHash !== hash || word.length !== i - start || !folded.startsWith(word, start)) continue;
          for (const index of languages) hits[index]++;
        }
      }
      start = -1;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  const shares = new Map<string, number>();
  if (words) latin.forEach((code, index) => shares.set(code, hits[index] / words));
  return { shares, words };
}

/** Fewer words than this in a Latin-script sample leave the markup's claim standing. */
const MIN_WORDS_AGAINST_CLAIM = 15;

/** Bulgarian writes ъ as a vowel, about one letter in fifty; Russian only as a hard sign, one in thousands. */
const BULGARIAN_HARD_SIGN_SHARE = 0.005;
const HARD_SIGN = /ъ/gu;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;

/**
 * A text in Cyrillic: the language whose own letters it uses most (CYRILLIC_LETTERS), Bulgarian when it has ъ for a
 * vowel and none of Russian's letters, else the markup's claim for a language written in Cyrillic, else Russian.
 */
function cyrillicLanguage(sample: string, claimed: string): string {
  const text = sample.toLowerCase();
  let best = '';
  let bestCount = 0;
  for (const [code, letters] of Object.entries(CYRILLIC_LETTERS)) {
    let count = 0;
    for (const char of text) if (letters.includes(char)) count++;
    if (count > bestCount) [best, bestCount] = [code, count];
  }
  const claimedCyrillic = claimed && scriptOfTag(claimed) === 'Cyrillic' ? claimed : '';
  if (best && best !== 'ru') return best;
  const letters = text.match(CYRILLIC_LETTER)?.length ?? 0;
  if (!best && (text.match(HARD_SIGN)?.length ?? 0) > letters * BULGARIAN_HARD_SIGN_SHARE) return 'bg';
  // Russian's letters, or none: Russian, or the language the markup claims when it has none of another's either.
  return best ? 'ru' : claimedCyrillic || 'ru';
}

function scriptOfTag(tag: string): Script | undefined {
  if (SCRIPT_OF_LANGUAGE[tag]) return SCRIPT_OF_LANGUAGE[tag];
  return /^[a-z]{2,3}$/.test(tag) ? 'Latin' : undefined;
}

/** Tells the primary language subtag of a text, given the page's claim `markup` (lang attribute, content-language;
 *  may be empty). */
export type LanguageDetector = (text: string, markup: string | null | undefined) => string;

/** A detector that knows the languages of `tables` (and, in Latin script, those of identification.ts). The tables'
 *  function words are indexed on the first text written in Latin script. */
export function languageDetector(tables: readonly LanguageTable[]): LanguageDetector {
  let functionWords: LatinFunctionWords | null = null;
  return (text, markup) => detectWith(text, markup, () => (functionWords ??= latinFunctionWordsOf(tables)));
}

function detectWith(text: string, markup: string | null | undefined, latinFunctionWords: () => LatinFunctionWords): string {
  const claimed = (markup ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const script = dominantScript(sample);
  if (script === 'Other') return claimed || 'und';

  if (script === 'Arabic') {
    const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
    const arabic = sample.match(ARABIC_ONLY_LETTERS)?.length ?? 0;
    const guess = persian > arabic ? 'fa' : 'ar';
    if (claimed && scriptOfTag(claimed) === 'Arabic' && claimed !== 'ar' && claimed !== 'fa') return claimed;
    return guess;
  }
  if (script === 'Cyrillic') return cyrillicLanguage(sample, claimed);
  if (script !== 'Latin') {
    if (claimed && scriptOfTag(claimed) === script) return claimed;
    return DEFAULT_FOR_SCRIPT[script];
  }

  // Latin script: function words tell the languages apart, those with a table and those without.
  const { shares, words } = latinStopWordShares(sample, latinFunctionWords());
  let best = '';
  let bestShare = 0;
  for (const [code, share] of shares) if (share > bestShare) [best, bestShare] = [code, share];
  if (claimed && scriptOfTag(claimed) === 'Latin') {
    // A few words (a caption, a list of names) are no evidence against the markup.
    if (words < MIN_WORDS_AGAINST_CLAIM) return claimed;
    const claimedShare = shares.get(claimed);
    // A claim for a language without a table stands unless a known language clearly fits (a third of words).
    if (claimedShare === undefined) return bestShare >= 0.3 ? best : claimed;
    if (claimedShare >= bestShare * 0.7) return claimed;
  }
  return best && bestShare > 0.05 ? best : claimed && scriptOfTag(claimed) === 'Latin' ? claimed : 'en';
}
