/**
 * The dateline an article's first paragraph may open with: the place or outlet the story is filed from, set off by
 * a colon or a dash ("القاهرة - ", "السودان اليوم : ", "WASHINGTON (Reuters) — ", "(CNN) "). It says where the
 * story comes from, not what happened: a summary line leaves it out.
 */
import type { LanguageTable } from '../languages';
import { fold } from './fold';

const MAX_DATELINE_WORDS = 4;
const MIN_STORY_WORDS = 6;

/** One to four words with an optional agency in brackets, then a colon or dash; or an agency in brackets alone. */
const DATELINE = new RegExp(
  `^(?:(?<place>[^\\s:.،,()«»"“”-]+(?:\\s+[^\\s:.،,()«»"“”-]+){0,${MAX_DATELINE_WORDS - 1}})\\s*(?:\\([^()]{1,30}\\)\\s*)?(?::|[-–—]{1,2})|\\([^()]{1,30}\\)(?:\\s*[-–—]{1,2})?)\\s+`,
  'u',
);
const QUOTE_OPENING = /^["“«„'‘]/u;

/** The length of the dateline `text` opens with, or 0. A line of speech ("قال الوزير: …") is no dateline. */
export function datelineLength(text: string, table: LanguageTable): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const rest = text.slice(m[0].length);
  if (QUOTE_OPENING.test(rest) || (rest.match(/\S+/g)?.length ?? 0) < MIN_STORY_WORDS) return 0;
  const verbs = new Set(table.speechVerbs.map(fold));
  const words = (m.groups?.place ?? '').split(/\s+/).map(fold);
  if (words.some((w) => verbs.has(w) || table.cliticPrefixes?.some((c) => w.startsWith(c) && verbs.has(w.slice(c.length))))) return 0;
  return m[0].length;
}
