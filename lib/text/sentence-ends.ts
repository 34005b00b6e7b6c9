/**
 * Where sentences end, defined once for every stage: the stops of the scripts Glossa reads, and the patterns built
 * from them. (Intl.Segmenter cuts the summary's sentences; these are for the stages that only need to know whether a
 * piece of text ends one.)
 */

/** The marks that end a sentence: the Latin stops, the Arabic question mark and the full-width stops of Chinese. */
const STOPS = '.!?؟。！？';
/** The marks after which a line reads as a finished sentence: a stop or an ellipsis, a closing quotation mark or
 *  bracket after one, or a colon that announces what follows. */
const LINE_ENDS = `${STOPS}…»"”'’)\\]:`;

/** A token made of stops only ("." "?!" "。"). */
export const STOP_TOKEN = new RegExp(`^[${STOPS}]+$`, 'u');
/** Text that ends with a stop or an ellipsis (a quotation that ends its own sentence inside its marks). */
export const ENDS_WITH_STOP = new RegExp(`[${STOPS}…]$`, 'u');
/** A line that ends as a sentence does, not as a label, a button or a date line does. */
export const ENDS_LIKE_SENTENCE = new RegExp(`[${LINE_ENDS}]$`, 'u');

/** A sentence's end in running text, as strings to search for: a stop and the space after it (a Chinese full stop
 *  takes none). */
export const SENTENCE_BREAKS = ['. ', '! ', '? ', '。', '؟ '];

/** The last sentence break in `text` that starts at `fromIndex` or before (as `lastIndexOf` counts), and its
 *  length; null for none. */
export function lastSentenceBreak(text: string, fromIndex = text.length): { at: number; length: number } | null {
  let found: { at: number; length: number } | null = null;
  for (const mark of SENTENCE_BREAKS) {
    const at = text.lastIndexOf(mark, fromIndex);
    if (at >= 0 && (!found || at > found.at)) found = { at, length: mark.length };
  }
  return found;
}
