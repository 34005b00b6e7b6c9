import type { LanguageTable, PageLanguage } from './types';
import { languageDetector } from './detect';
import { arabic } from './ar';
import { english } from './en';
import { french } from './fr';
import { german } from './de';
import { spanish } from './es';
import { russian } from './ru';
import { chinese } from './zh';
import { hebrew } from './he';
import { persian } from './fa';
import { neutralTable } from './neutral';

export type { LanguageTable, Direction, Gender, NounPhraseCues, PageLanguage } from './types';

/** Every language the engine knows. Adding a language is adding its table here. */
export const LANGUAGES: readonly LanguageTable[] = [arabic, english, french, german, spanish, russian, chinese, hebrew, persian];

const byCode = new Map(LANGUAGES.map((table) => [table.code, table]));

/** The primary language subtag of a text, given what the page's markup claims (see lib/languages/detect.ts). */
export const detectLanguage = languageDetector(LANGUAGES);

/** The table for a BCP 47 tag ("ar", "ar-EG", "zh-Hans"), or undefined for a language without one. */
export function languageTable(tag: string): LanguageTable | undefined {
  return byCode.get(tag.toLowerCase().split(/[-_]/)[0]);
}

/** The table a text in language `tag` is analysed with: its own, or, for a language without one, the neutral table
 *  (quotation marks, no words). */
export function analysisTable(tag: string): LanguageTable {
  return languageTable(tag) ?? neutralTable(tag.toLowerCase().split(/[-_]/)[0] || 'und');
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Writing direction of a language, for languages with and without a table. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const code = tag.toLowerCase().split(/[-_]/)[0];
  return byCode.get(code)?.dir ?? (RTL_LANGUAGES.has(code) ? 'rtl' : 'ltr');
}

/** The language of a page from a sample of its text and what its markup claims (see `detectLanguage`). */
export function languageOf(sample: string, markup: string | null | undefined): PageLanguage {
  const lang = detectLanguage(sample, markup);
  return { lang, dir: directionOf(lang), table: analysisTable(lang) };
}
