/**
 * The short lines that close an article without being part of it: credits ("Additional reporting by …", "… contributed
 * to this report"), invitations ("Sign up for our newsletter", "Follow us on …", "تابعونا"), notices ("All rights
 * reserved"), and contact lines (an e-mail address, an @handle). Only the last lines of the article
 * are looked at, from the end, and only while each one is such a line: a credit in the middle of the text stays.
 * A picture's credit line ("Foto: …", "… / Getty Images") and a line of the site's interface ("Rezept drucken",
 * "Continue reading") are left out wherever they stand.
 */
import { fold } from '../text/fold';
import { ENDS_WITH_STOP } from '../text/sentence-ends';

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

/** A picture's credit line: short, and no sentence. */
const MAX_CREDIT_LINE_CHARS = 100;
/** Picture agencies, whose names credit a picture in every language: with a slash, a pipe or a © beside them
 *  ("Augusta National/Getty Images", "AFP / Jean Dupont") a short line is a credit. */
const AGENCY_CREDIT = /(?:[/|©]\s*(?:getty images|afp|reuters|ap photo|dpa|epa|imago|shutterstock|istock|picture alliance|keystone)\b|\b(?:getty images|afp|reuters|ap|dpa|epa|imago|shutterstock|istock)\s*[/|])/iu;

function isCreditLine(text: string, labels: readonly string[]): boolean {
  if (text.length > MAX_CREDIT_LINE_CHARS) return false;
  if (AGENCY_CREDIT.test(text) && !ENDS_WITH_STOP.test(text.trim())) return true;
  const folded = fold(text);
  return labels.some((label) => folded.startsWith(label));
}

/** A line of the site's interface is a short one. */
const MAX_INTERFACE_LINE_CHARS = 80;
/** What stands around a line's words: punctuation, symbols (arrows, icons) and spaces. */
const AROUND_WORDS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A line as interface lines are compared: folded, without what stands around its words. */
function bareLine(text: string): string {
  return fold(text).replace(AROUND_WORDS, '');
}

/** The words of a language that mark a line as the page's, not the article's, wherever it stands. */
export interface PageLineWords {
  /** How a picture's credit line opens (LanguageTable.creditLabels). */
  creditLabels: readonly string[];
  /** The site's buttons, prompts and labels (LanguageTable.interfaceLines). */
  interfaceLines: readonly string[];
}

/** The paragraphs without pictures' credit lines and lines of the site's interface, wherever they stand. A line of
 *  a quotation set apart stays, and at least one paragraph does. */
export function withoutPageLines<T extends { text: string; inBlockquote?: boolean }>(paragraphs: readonly T[], words: PageLineWords): readonly T[] {
  const labels = words.creditLabels.map(fold);
  const interfaceLines = new Set(words.interfaceLines.map(bareLine));
  const isPageLine = (text: string) =>
    isCreditLine(text, labels) || (text.length <= MAX_INTERFACE_LINE_CHARS && interfaceLines.has(bareLine(text)));
  const kept = paragraphs.filter((p) => p.inBlockquote || !isPageLine(p.text));
  return kept.length === paragraphs.length || !kept.length ? paragraphs : kept;
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
