/** Text length where one Chinese, Japanese or Korean character counts for a short word (three characters): the
 *  measure of how much running text a block holds, whatever its script. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** No character before this one is of those scripts (Hangul's jamo open the first block of one). */
const FIRST_CJK = 0x1100;

export function weightedLength(text: string): number {
  // Only the rare character past FIRST_CJK is tested: most texts have none but their quotation marks and dashes.
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < FIRST_CJK) continue;
    const codePoint = text.codePointAt(i)!;
    if (CJK.test(String.fromCodePoint(codePoint))) cjk++;
    if (codePoint > 0xffff) i++;
  }
  return text.length + cjk * 2;
}
