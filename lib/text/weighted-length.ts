/** Text length where one Chinese, Japanese or Korean character counts for a short word (three characters): the
 *  measure of how much running text a block holds, whatever its script. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** No character before this one is of those scripts (Hangul's jamo open the first block of one). */
const FIRST_CJK = 0x1100;
/** A unit that may be of those scripts: past FIRST_CJK, and not in the blocks of general punctuation, super- and
 *  subscripts and currency signs (U+2000–U+20CF: the quotation marks, dashes and ellipses of every other text). */
const MAYBE_CJK = /[\u1100-\u1fff\u20d0-\uffff]/;

export function weightedLength(text: string): number {
  // Most texts have no unit that may be CJK: one scan by the regular expression engine, faster than a loop in
  // JavaScript, tells.
  if (!MAYBE_CJK.test(text)) return text.length;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < FIRST_CJK) continue;
    const codePoint = text.codePointAt(i)!;
    if (CJK.test(String.fromCodePoint(codePoint))) cjk++;
    if (codePoint > 0xffff) i++;
  }
  return text.length + cjk * 2;
}
