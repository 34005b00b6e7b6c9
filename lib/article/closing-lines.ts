/**
 * The short lines that close an article without being part of it: credits ("Additional reporting by …", "… contributed
 * to this report"), invitations ("Sign up for our newsletter", "Follow us on …", "تابعونا"), notices ("All rights
 * reserved"), and contact lines (an e-mail address, an @handle). Only the last lines of the article
 * are looked at, from the end, and only while each one is such a line: a credit in the middle of the text stays.
 */
import { fold } from '../text/fold';

/** A closing line is short: a paragraph of the article is not dropped for a phrase in it. */
const MAX_CLOSING_LINE_CHARS = 300;
/** An e-mail address or a social-media handle: how to reach the writer. (A web address alone is no sign: the last
 *  items of a list of products or sources carry links.) */
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|[\s(])@\w{2,}/u;

function isClosingLine(text: string, cues: readonly string[]): boolean {
  if (text.length > MAX_CLOSING_LINE_CHARS) return false;
  if (CONTACT.test(text)) return true;
  const folded = fold(text);
  return cues.some((cue) => folded.includes(cue));
}

/** The paragraphs without the closing lines at their end; `cues` are the language's (LanguageTable.closingCues).
 *  The first paragraph always stays, and so does a line of a quotation set apart (an embedded post signed
 *  "— Jane Doe (@jdoe)"). */
export function withoutClosingLines<T extends { text: string; inBlockquote?: boolean }>(paragraphs: readonly T[], cues: readonly string[]): readonly T[] {
  const folded = cues.map(fold);
  let end = paragraphs.length;
  while (end > 1 && !paragraphs[end - 1].inBlockquote && isClosingLine(paragraphs[end - 1].text, folded)) end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}
