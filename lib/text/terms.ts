/** Content words of a text for similarity and salience: folded, function words dropped, clitics stripped (see
 *  ./term-space for counting and comparing them). */
import type { LanguageTable } from '../languages';
import { fold } from './fold';
import { wordKeys } from './tokens';

const stopCache = new WeakMap<LanguageTable, { stop: Set<string>; clitics: string[] }>();
function prepared(table: LanguageTable) {
  let p = stopCache.get(table);
  if (!p) {
    p = {
      stop: new Set(table.stopWords.map(fold)),
      clitics: (table.cliticPrefixes ?? []).map(fold).sort((a, b) => b.length - a.length),
    };
    stopCache.set(table, p);
  }
  return p;
}

/** The language's function words, folded (built once per table). */
export function stopWordSet(table: LanguageTable): ReadonlySet<string> {
  return prepared(table).stop;
}

/** The word's base for counting: the longest listed clitic prefix removed when at least three letters remain. */
export function termOf(key: string, table: LanguageTable): string {
  const { clitics } = prepared(table);
  for (const c of clitics) if (key.startsWith(c) && key.length - c.length >= 3) return key.slice(c.length);
  return key;
}

const NUMBER = /^\p{N}+$/u;
const HAN = /\p{Script=Han}/u;

export function contentTerms(text: string, table: LanguageTable): string[] {
  return contentTermsOf(wordKeys(text, table.code), table);
}

/** The content term a folded word counts as, or null for a function word, a number or a single letter. */
export function contentTermOf(key: string, table: LanguageTable): string | null {
  const { stop } = prepared(table);
  if (stop.has(key) || NUMBER.test(key)) return null;
  const term = termOf(key, table);
  return !stop.has(term) && (term.length > 1 || HAN.test(term)) ? term : null;
}

/** The content terms among a text's folded words (see `wordKeys`). */
export function contentTermsOf(words: readonly string[], table: LanguageTable): string[] {
  const out: string[] = [];
  for (const key of words) {
    const term = contentTermOf(key, table);
    if (term !== null) out.push(term);
  }
  return out;
}
