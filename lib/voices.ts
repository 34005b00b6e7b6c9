/**
 * The voices of an article: who is quoted, how often and at what length, whether they are named or anonymous, and
 * where they first speak. Read from the text stages' output and the language's table; it changes neither. The
 * extension works them out with the text stages, in its background, where the language tables are
 * (lib/text-analysis.ts): the page's content script carries none of this.
 */
import type { LanguageTable } from './languages/types';
import { fold } from './text/fold';
import { wordKeys } from './text/tokens';
import type { Analysis } from './types';

export interface Voice {
  /** Index into the analysis's speakers; null for the quotations that have no speaker. */
  speaker: number | null;
  /** The speaker's name; null for the quotations that have no speaker. */
  name: string | null;
  /** The speaker is not named as a person: "a source", "officials", "un responsable", "the mayor's spokesperson". */
  anonymous: boolean;
  quotes: number;
  /** Words quoted (words as the language's word breaks cut them: a Chinese word is a word, not a character). */
  words: number;
  /** Their share of all the article's quoted words, 0–1. */
  share: number;
  /** Their first quotation, as an index into the analysis's quotations. */
  firstQuote: number;
  /** Where that quotation starts, as a share of the article's text, 0–1. */
  firstAt: number;
  /** Where that quotation starts in the article's text (a UTF-16 offset, as in the analysis): its section is
   *  `sectionAt(outline, firstStart)`. */
  firstStart: number;
}

/** How much longer than a listed word one of its forms may be: a plural or a case ending ("officials", "Quellen",
 *  "источники", "مسؤولون"). */
const MAX_ENDING = 2;
/** Words that may qualify a source word before it ("senior administration official") or after it in languages
 *  that put adjectives after the noun. */
const MAX_QUALIFIERS = 2;

/** The article's voices, the most quoted words first; the quotations with no speaker, if any, last. */
export function articleVoices(analysis: Pick<Analysis, 'text' | 'quotes' | 'speakers'>, table: LanguageTable): Voice[] {
  const words = analysis.quotes.map((quote) => wordKeys(quote.text, table.code).length);
  const total = words.reduce((sum, n) => sum + n, 0);
  const voices = new Map<number | null, Voice>();
  analysis.quotes.forEach((quote, index) => {
    const speaker = quote.speakerIndex;
    let voice = voices.get(speaker);
    if (!voice) {
      const name = speaker === null ? null : (analysis.speakers[speaker]?.name ?? null);
      voice = {
        speaker,
        name,
        anonymous: name !== null && isAnonymousSource(name, table),
        quotes: 0,
        words: 0,
        share: 0,
        firstQuote: index,
        firstAt: analysis.text.length ? quote.start / analysis.text.length : 0,
        firstStart: quote.start,
      };
      voices.set(speaker, voice);
    }
    voice.quotes++;
    voice.words += words[index];
  });
  for (const voice of voices.values()) voice.share = total ? voice.words / total : 0;
  return [...voices.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.words - a.words || a.firstQuote - b.firstQuote);
}

/** The outline section an offset of the article's text stands in (index into the outline), or -1 before the first. */
export function sectionAt(outline: Analysis['outline'], offset: number): number {
  let section = -1;
  outline.forEach((entry, index) => {
    if (entry.start <= offset) section = index;
  });
  return section;
}

/**
 * A speaker named by what they are rather than who. In a script with capitals, a name without one ("official",
 * "spokesperson for the port authority") is such a descriptor, and capitalised words only ("Pope Francis") a
 * person's name. Otherwise the name opens (after function words: "a", "one", "un", "یک", and up to
 * MAX_QUALIFIERS words that qualify it: "senior", "كبير") with a role noun or an anonymous source word of the
 * language. In Chinese, written without spaces, the source word may stand anywhere in the name
 * ("一位不愿透露姓名的官员").
 */
export function isAnonymousSource(name: string, table: LanguageTable): boolean {
  const heads = [...(table.anonymousSources ?? []), ...table.roleNouns].map(fold);
  if (table.script === 'Han') return heads.some((head) => fold(name).includes(head));
  const written = name.split(/\s+/).filter(Boolean);
  if (table.casedNames) {
    const capitalised = written.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (capitalised === 0) return true;
    if (written.length > 1 && capitalised === written.length) return false;
  }
  const functionWords = new Set([...table.stopWords, ...(table.articles ?? [])].map(fold));
  const words = written.map(fold);
  while (words.length > 1 && functionWords.has(words[0])) words.shift();
  for (let skip = 0; skip <= MAX_QUALIFIERS && skip < words.length; skip++) {
    if (heads.some((head) => opensWith(words.slice(skip), head.split(' '), table.definiteArticle))) return true;
  }
  return false;
}

/** `words` open with the words of `head`, the last of them with an ending of up to MAX_ENDING letters, each word
 *  with or without the language's joined definite article ("المسؤول", "הדובר"). */
function opensWith(words: readonly string[], head: readonly string[], article: string | undefined): boolean {
  if (words.length < head.length) return false;
  return head.every((part, i) => {
    const word = article && words[i].startsWith(article) && words[i].length > article.length + 1 ? words[i].slice(article.length) : words[i];
    if (word === part || words[i] === part) return true;
    return i === head.length - 1 && word.startsWith(part) && word.length - part.length <= MAX_ENDING;
  });
}

/** What the CSV export says of the article the quotations are from. */
export interface ArticleFacts {
  title: string;
  outlet: string | null;
  /** As the page gives it (an ISO 8601 date or time), or null. */
  published: string | null;
  url: string;
}

/** One row of the CSV export: a quotation, who said it, and where. */
export interface QuotationRow {
  speaker: string | null;
  anonymous: boolean;
  text: string;
  /** Where the quotation starts in the article's text (a UTF-16 offset, as in the analysis). */
  position: number;
  /** How likely it is that the speaker said it, 0–1 (the attribution model's); null without a speaker. */
  confidence: number | null;
}

/** The rows of the CSV export, in the article's order. */
export function quotationRows(analysis: Pick<Analysis, 'quotes'>, voices: readonly Voice[]): QuotationRow[] {
  const anonymous = new Set(voices.filter((voice) => voice.anonymous).map((voice) => voice.speaker));
  return analysis.quotes.map((quote) => ({
    speaker: quote.speaker,
    anonymous: quote.speakerIndex !== null && anonymous.has(quote.speakerIndex),
    text: quote.text,
    position: quote.start,
    confidence: quote.speaker === null ? null : quote.confidence,
  }));
}

/** The column names and the words for a named or anonymous speaker, in the interface's language. */
export interface CsvLabels {
  columns: readonly [speaker: string, kind: string, quotation: string, position: string, confidence: string, article: string, outlet: string, date: string, url: string];
  named: string;
  anonymous: string;
}

/**
 * The quotations as CSV (RFC 4180: every field quoted, quotes doubled, CRLF between records), for source audits in
 * a spreadsheet. Text from the page is untrusted: a field a spreadsheet would read as a formula (=, +, -, @, or a
 * tab or carriage return first) is written after an apostrophe, as OWASP advises.
 */
export function quotationsCsv(rows: readonly QuotationRow[], article: ArticleFacts, labels: CsvLabels): string {
  const records = rows.map((row) => [
    row.speaker ?? '',
    row.speaker === null ? '' : row.anonymous ? labels.anonymous : labels.named,
    row.text,
    String(row.position),
    row.confidence === null ? '' : row.confidence.toFixed(2),
    article.title,
    article.outlet ?? '',
    article.published ?? '',
    article.url,
  ]);
  return [labels.columns, ...records].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
