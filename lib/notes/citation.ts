/**
 * A passage of an article as a citation: `“quote” — Speaker, Outlet, date. URL`, in the article's language and
 * direction, as plain text, Markdown and HTML (what the clipboard gets). Its link carries a text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/) that opens a browser at the passage and
 * marks it.
 */
import type { CitationFacts } from './annotation';
import { inlineText, linkDestination } from './exchange';

export interface CitationSource {
  /** The passage as the page has it. */
  quote: string;
  /** Who said it, when it is a quotation with a known speaker. */
  speaker?: string;
  facts: CitationFacts;
  /** The page's address, without fragment. */
  url: string;
  /** The text right before the passage on the page (a `TextQuoteSelector`'s prefix), which tells the text fragment
   *  which occurrence of the passage's first words is meant. */
  prefix?: string;
}

/** How the article's language writes a citation: its quotation marks and the mark between names. */
export interface CitationStyle {
  marks: readonly [string, string];
  separator: string;
}

export interface Citation {
  plain: string;
  markdown: string;
  html: string;
  /** The page's address with the text fragment of the passage. */
  link: string;
}

/** A passage of at most this many words is its text fragment's whole text; a longer one is named by its first and
 *  last `FRAGMENT_EDGE_WORDS` words (`text=start,end`). */
const WHOLE_FRAGMENT_WORDS = 8;
const FRAGMENT_EDGE_WORDS = 4;
/** Words of the text before the passage that the text fragment names as its prefix. */
const PREFIX_WORDS = 2;

/** Isolates for text of one direction inside text of any other (Unicode's bidirectional algorithm): right-to-left,
 *  left-to-right, and the end of either. */
const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

export function citationOf(source: CitationSource, style: CitationStyle): Citation {
  const quote = source.quote.replace(/\s+/g, ' ').trim();
  const { facts } = source;
  const date = facts.published ? formattedDate(facts.published, facts.lang) : null;
  // Who the words are by: the speaker of a quotation, else the article's author.
  const names = [source.speaker ?? facts.author, facts.outlet, date].filter((name): name is string => !!name);
  const link = `${source.url}#:~:text=${textDirective(quote, source.prefix)}`;
  const [open, close] = style.marks;
  const attribution = (write: (text: string) => string) => (names.length ? ` — ${names.map(write).join(style.separator)}.` : '');
  const text = `${open}${quote}${close}${attribution(String)}`;
  const rtl = facts.dir === 'rtl';
  const isolated = (text: string) => (rtl ? `${RLI}${text}${PDI}` : text);
  const htmlDir = rtl ? ' dir="rtl"' : facts.dir === 'ltr' ? ' dir="ltr"' : '';
  const htmlLang = facts.lang ? ` lang="${escapeHtml(facts.lang)}"` : '';
  return {
    plain: `${isolated(text)} ${rtl ? `${LRI}${link}${PDI}` : link}`,
    markdown: `${isolated(`${open}${inlineText(quote)}${close}${attribution(inlineText)}`)} <${linkDestination(link)}>`,
    html: `<p${htmlDir}${htmlLang}>${escapeHtml(text)} <a href="${escapeHtml(link)}" dir="ltr">${escapeHtml(link)}</a></p>`,
    link,
  };
}

/** A date as the page gives it (ISO 8601, or anything `Date` reads), written in the article's language: the day as
 *  the page says it, whatever the reader's time zone. Null when it is not a date. */
function formattedDate(published: string, lang: string | undefined): string | null {
  const day = /^\d{4}-\d\d-\d\d/.exec(published)?.[0];
  const time = Date.parse(day ? `${day}T12:00:00Z` : published);
  if (Number.isNaN(time)) return null;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  }
}

/** The text directive of a passage: `start,end`, or its whole text when it is short, after `prefix-,` when the text
 *  before it is known. */
export function textDirective(quote: string, prefix?: string): string {
  const words = quote.split(/\s+/).filter(Boolean);
  const text =
    words.length <= WHOLE_FRAGMENT_WORDS
      ? encodeDirectivePart(words.join(' '))
      : `${encodeDirectivePart(words.slice(0, FRAGMENT_EDGE_WORDS).join(' '))},${encodeDirectivePart(words.slice(-FRAGMENT_EDGE_WORDS).join(' '))}`;
  const before = prefix?.split(/\s+/).filter(Boolean).slice(-PREFIX_WORDS).join(' ');
  return before ? `${encodeDirectivePart(before)}-,${text}` : text;
}

/** Percent-encoding for a part of a text directive: every character a URL or the directive's own syntax gives a
 *  meaning to ("-", ",", "&"). */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
