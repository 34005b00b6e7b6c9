/** Content words of a text for similarity and salience: folded, function words dropped, clitics stripped (see
 *  ./term-space for counting and comparing them). */
import type { LanguageTable } from '../languages/types';
import { fold } from './fold';
import { wordKeys } from './tokens';

const NUMBER = /^\p{N}+$/u;
const HAN = /\p{Script=Han}/u;

/** A folded word starts with a letter a-z, and so is no number: most words, told without the slower NUMBER. */
function startsWithLatinLetter(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

/** A language's function words and clitic prefixes, folded, and what they make of a word: made once per table. */
export class TermRules {
  /** The language's function words, folded. */
  readonly stop: ReadonlySet<string>;
  /** Clitic prefixes, longest first. */
  private readonly clitics: readonly string[];

  constructor(table: LanguageTable) {
    this.stop = new Set(table.stopWords.map(fold));
    this.clitics = (table.cliticPrefixes ?? []).map(fold).sort((a, b) => b.length - a.length);
  }

  /** The word's base for counting: the longest listed clitic prefix removed when at least three letters remain. */
  termOf(key: string): string {
    for (const c of this.clitics) if (key.startsWith(c) && key.length - c.length >= 3) return key.slice(c.length);
    return key;
  }

  /** Whether a folded word is a function word, alone or behind a clitic ("وفي", "ولم"). */
  isFunctionWord(key: string): boolean {
    if (this.stop.has(key)) return true;
    for (const c of this.clitics) if (key.startsWith(c) && this.stop.has(key.slice(c.length))) return true;
    return false;
  }

  /** The content term a folded word counts as, or null for a function word, a number or a single letter. */
  contentTermOf(key: string): string | null {
    if (this.stop.has(key) || (!startsWithLatinLetter(key) && NUMBER.test(key))) return null;
    const term = this.termOf(key);
    return !this.stop.has(term) && (term.length > 1 || HAN.test(term)) ? term : null;
  }
}

const rulesByTable = new WeakMap<LanguageTable, TermRules>();

/** The table's term rules, made on first use. */
export function termRules(table: LanguageTable): TermRules {
  let rules = rulesByTable.get(table);
  if (!rules) rulesByTable.set(table, (rules = new TermRules(table)));
  return rules;
}

/** The language's function words, folded (built once per table). */
export function stopWordSet(table: LanguageTable): ReadonlySet<string> {
  return termRules(table).stop;
}

export function contentTerms(text: string, table: LanguageTable): string[] {
  return contentTermsOf(wordKeys(text, table.code), termRules(table));
}

/** The content terms among a text's folded words (see `wordKeys`). */
export function contentTermsOf(words: readonly string[], rules: TermRules): string[] {
  const out: string[] = [];
  for (const key of words) {
    const term = rules.contentTermOf(key);
    if (term !== null) out.push(term);
  }
  return out;
}
