/**
 * The table a text in a language without one of its own is read with: every usual pair of quotation marks, and no
 * words at all (no verbs of saying, pronouns, role nouns or function words), so that quotations are found by their
 * marks alone and a speaker is given only where a name stands right beside a quotation (lib/quotes/index.ts).
 * Reading a Portuguese or Czech text with the English or Spanish table made speakers of whatever capitalised words
 * opened a sentence.
 */
import { BoundedMemo } from '../memo';
import type { LanguageTable } from './types';

/** Languages whose script has no capital letters: a name cannot be told by them. */
const UNCASED = new Set(['ja', 'ko', 'zh', 'th', 'lo', 'km', 'my', 'hi', 'bn', 'ta', 'te', 'kn', 'ml', 'mr', 'ne', 'gu', 'pa', 'si', 'ka', 'am', 'ar', 'fa', 'ur', 'ps', 'he', 'yi']);
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);

function neutralTableOf(code: string): LanguageTable {
  return {
    code,
    dir: RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr',
    script: 'Latin',
    casedNames: !UNCASED.has(code),
    invertsSubject: false,
    dropsSubjects: false,
    neutral: true,
    quotePairs: [
      ['“', '”'],
      ['„', '“'],
      ['«', '»'],
      ['»', '«'],
      ['「', '」'],
      ['『', '』'],
      ['"', '"'],
    ],
    speechVerbs: [],
    continuationVerbs: [],
    sourcePhrases: [],
    pronouns: {},
    roleNouns: [],
    honorifics: [],
    stopWords: [],
  };
}

const tables = new BoundedMemo(neutralTableOf, 200);

/** The neutral table for a language without a table of its own (its primary subtag as `code`). */
export function neutralTable(code: string): LanguageTable {
  return tables.get(code);
}
