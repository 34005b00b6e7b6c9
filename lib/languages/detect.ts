/**
 * The language of a text, checked against what the markup claims. The markup wins when the text agrees with it
 * (same writing system, and among languages sharing one, no clearly better match); otherwise the text decides:
 * an Arabic article marked lang="en" is Arabic.
 */
import { LANGUAGES } from './index';
import { fold } from '../text/fold';
import { LANGUAGE_SAMPLE_CHARS } from './types';
import { stopWordSet } from '../text/terms';

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

const NOT_LETTERS = /\P{L}+/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/;
/** A letter of none of SCRIPT_TESTS' scripts. */
const OTHER_LETTER = new RegExp(`(?!${SCRIPT_TESTS.map(([, re]) => re.source).join('|')})\\p{L}`, 'u');
/** A run of letters of one of SCRIPT_TESTS' scripts, the script told by which group matched (scripts do not
 *  overlap, so the runs are the same as each script's runs looked for alone). */
const SCRIPT_RUN = new RegExp(SCRIPT_TESTS.map(([, re]) => `(${re.source}+)`).join('|'), 'gu');

/** Characters, not UTF-16 units: a letter beyond the Basic Multilingual Plane (rare Chinese ones) counts once. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count--;
  }
  return count;
}

function dominantScript(sample: string): Script {
  // Letters only (marks, digits and punctuation of a script are not letters), then each script's letters counted
  // run by run: two linear scans, no allocation per letter.
  const letters = sample.replace(NOT_LETTERS, '');
  // Letters all ASCII (English without a borrowed accent) are all Latin: no need to count.
  if (letters && ASCII_LETTERS.test(letters)) return 'Latin';
  const found: Array<{ script: Script; count: number; first: number }> = [];
  const byScript = new Map<Script, { script: Script; count: number; first: number }>();
  let other = codePoints(letters);
  for (const run of letters.matchAll(SCRIPT_RUN)) {
    const script = SCRIPT_TESTS[run.findIndex((group, i) => i > 0 && group !== undefined) - 1][0];
    let entry = byScript.get(script);
    if (!entry) byScript.set(script, (entry = { script, count: 0, first: run.index! }));
    entry.count += codePoints(run[0]);
  }
  for (const [script] of SCRIPT_TESTS) {
    const entry = byScript.get(script);
    if (!entry) continue;
    found.push(entry);
    other -= entry.count;
  }
  if (other) found.push({ script: 'Other', count: other, first: letters.search(OTHER_LETTER) });
  // Scripts in order of their first letter, so that a tie goes to the one that came first.
  found.sort((a, b) => a.first - b.first);
  const counts = new Map(found.map((f) => [f.script, f.count]));
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

/** For each function word of the Latin-script languages, the languages it is one of: the sample's words are looked
 *  up once for them all. */
let latinStopWords: Map<string, string[]> | null = null;
function latinFunctionWords(): Map<string, string[]> {
  if (!latinStopWords) {
    latinStopWords = new Map();
    for (const table of LANGUAGES.filter((t) => t.script === 'Latin')) {
      for (const word of stopWordSet(table)) latinStopWords.set(word, [...(latinStopWords.get(word) ?? []), table.code]);
    }
  }
  return latinStopWords;
}

/** Per language written in Latin script, the share of the sample's words that are its function words. */
function latinStopWordShares(sample: string): Map<string, number> {
  const words = fold(sample).match(/[\p{L}\p{M}'\u200c]+/gu) ?? [];
  const shares = new Map<string, number>();
  if (!words.length) return shares;
  const hits = new Map(LANGUAGES.filter((t) => t.script === 'Latin').map((t) => [t.code, 0]));
  const functionWords = latinFunctionWords();
  for (const w of words) for (const code of functionWords.get(w) ?? []) hits.set(code, hits.get(code)! + 1);
  for (const [code, count] of hits) shares.set(code, count / words.length);
  return shares;
}

function scriptOfTag(tag: string): Script | undefined {
  if (SCRIPT_OF_LANGUAGE[tag]) return SCRIPT_OF_LANGUAGE[tag];
  return /^[a-z]{2,3}$/.test(tag) ? 'Latin' : undefined;
}

/**
 * The primary language subtag for a text: `markup` is the page's claim (lang attribute, content-language), may be empty.
 */
export function detectLanguage(text: string, markup: string | null | undefined): string {
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
  if (script !== 'Latin') {
    if (claimed && scriptOfTag(claimed) === script) return claimed;
    return DEFAULT_FOR_SCRIPT[script];
  }

  // Latin script: function words tell English, French, German and Spanish apart.
  const shares = latinStopWordShares(sample);
  let best = '';
  let bestShare = 0;
  for (const [code, share] of shares) if (share > bestShare) [best, bestShare] = [code, share];
  if (claimed && scriptOfTag(claimed) === 'Latin') {
    const claimedShare = shares.get(claimed);
    // A claim for a language without a table stands unless a known language clearly fits (a third of words).
    if (claimedShare === undefined) return bestShare >= 0.3 ? best : claimed;
    if (claimedShare >= bestShare * 0.7) return claimed;
  }
  return best && bestShare > 0.05 ? best : claimed && scriptOfTag(claimed) === 'Latin' ? claimed : 'en';
}
