/**
 * Golden outputs: the engine's analysis of a corpus page kept in a compact form that holds no long copy of the
 * page's text (hashes and the first 40 characters), written one item per line so that a commit's diff shows what
 * changed, and compared field by field into a diff a person can read ("quote «…» speaker: A → B").
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../lib/types';

/** How much of a paragraph, quotation or summary line a golden record keeps in clear, in characters. */
const EXCERPT_CHARS = 40;
/** Hex digits of a SHA-1 kept per text: enough that a changed text never keeps its hash by chance. */
const HASH_DIGITS = 12;
/** Lines of a page's diff printed before "… and N more". */
const MAX_DIFF_LINES_PER_PAGE = 12;

/** [hash, first characters] */
export type ExcerptRecord = [string, string];
/** [level, start, inferred, heading] */
export type OutlineRecord = [number, number, boolean, string];
/** [start, end, speaker, continues, hash, first characters] */
export type QuoteRecord = [number, number, string | null, boolean, string, string];
/** [name, quotations, aliases] */
export type SpeakerRecord = [string, number, string[]];
/** [start, end, hash, first characters]; start and end are -1 for a line that is not a span of the text. */
export type SummaryRecord = [number, number, string, string];

export interface GoldenPage {
  isArticle: boolean;
  lang: string;
  dir: string;
  partial: boolean;
  title: string;
  byline: string | null;
  /** [length, hash] */
  text: [number, string];
  paragraphs: ExcerptRecord[];
  outline: OutlineRecord[];
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
  summary: SummaryRecord[];
}

/** Golden pages of one corpus by page name. */
export type GoldenCorpus = Record<string, GoldenPage>;

export const hashOf = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, HASH_DIGITS);
const excerptOf = (text: string) => Array.from(text).slice(0, EXCERPT_CHARS).join('');
const excerpt = (text: string): ExcerptRecord => [hashOf(text), excerptOf(text)];

function summaryRecord(line: string, text: string, from: number): SummaryRecord {
  const start = text.indexOf(line, from);
  const at = start >= 0 ? start : text.indexOf(line);
  return at >= 0 ? [at, at + line.length, hashOf(line), excerptOf(line)] : [-1, -1, hashOf(line), excerptOf(line)];
}

export function goldenPage(analysis: Analysis): GoldenPage {
  const { text } = analysis;
  let from = 0;
  const summary = analysis.summary.map((line) => {
    const record = summaryRecord(line, text, from);
    if (record[0] >= 0) from = record[1];
    return record;
  });
  return {
    isArticle: analysis.isArticle,
    lang: analysis.lang,
    dir: analysis.dir,
    partial: analysis.partial,
    title: analysis.title,
    byline: analysis.byline,
    text: [text.length, hashOf(text)],
    paragraphs: text ? text.split('\n\n').map(excerpt) : [],
    outline: analysis.outline.map((o) => [o.level, o.start, o.inferred, o.text]),
    quotes: analysis.quotes.map((q) => [q.start, q.end, q.speaker, q.continues, hashOf(q.text), excerptOf(q.text)]),
    speakers: analysis.speakers.map((s) => [s.name, s.quotes, s.aliases]),
    summary,
  };
}

const LIST_FIELDS = ['paragraphs', 'outline', 'quotes', 'speakers', 'summary'] as const;

/** A corpus's golden file: pages in name order, every list item on a line of its own. */
export function serializeCorpus(corpus: GoldenCorpus): string {
  const pages = Object.keys(corpus)
    .sort()
    .map((name) => {
      const page = corpus[name];
      const head = (['isArticle', 'lang', 'dir', 'partial', 'title', 'byline', 'text'] as const)
        .map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(page[key])}`)
        .join(',\n');
      const lists = LIST_FIELDS.map((key) => {
        const items = page[key] as unknown[];
        if (!items.length) return `  ${JSON.stringify(key)}: []`;
        return `  ${JSON.stringify(key)}: [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
      }).join(',\n');
      return `${JSON.stringify(name)}: {\n${head},\n${lists}\n}`;
    });
  return `{\n${pages.join(',\n')}\n}\n`;
}

/** The items of `before` and `after` that a longest common subsequence leaves out: what left and what entered. */
export function listChanges<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { removed: T[]; added: T[] } {
  const a = before.map(key);
  const b = after.map(key);
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const removed: T[] = [];
  const added: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i][j + 1] >= lengths[i + 1][j])) {
      added.push(after[j++]);
    } else {
      removed.push(before[i++]);
    }
  }
  return { removed, added };
}

const quoted = (excerptText: string) => `«${excerptText}${excerptText.length >= EXCERPT_CHARS ? '…' : ''}»`;
const speakerName = (speaker: string | null) => speaker ?? 'no speaker';
const quoteCount = (n: number) => `${n} quote${n === 1 ? '' : 's'}`;

function scalarChanges(before: GoldenPage, after: GoldenPage): string[] {
  const lines: string[] = [];
  for (const key of ['isArticle', 'lang', 'dir', 'partial', 'title', 'byline'] as const) {
    if (before[key] !== after[key]) lines.push(`${key}: ${JSON.stringify(before[key])} → ${JSON.stringify(after[key])}`);
  }
  if (before.text[1] !== after.text[1]) lines.push(`text: ${before.text[0]} → ${after.text[0]} characters`);
  return lines;
}

/** Quotations matched by their text (the n-th of the same text with the n-th): speakers changed, lost, gained. */
function quoteChanges(before: QuoteRecord[], after: QuoteRecord[]): string[] {
  const occurrenceKeys = (quotes: QuoteRecord[]) => {
    const seen = new Map<string, number>();
    return quotes.map((q) => {
      const n = seen.get(q[4]) ?? 0;
      seen.set(q[4], n + 1);
      return `${q[4]}#${n}`;
    });
  };
  const afterByKey = new Map(occurrenceKeys(after).map((key, i) => [key, after[i]]));
  const beforeKeys = occurrenceKeys(before);
  const lines: string[] = [];
  let moved = 0;
  beforeKeys.forEach((key, i) => {
    const old = before[i];
    const now = afterByKey.get(key);
    afterByKey.delete(key);
    if (!now) lines.push(`− quote ${quoted(old[5])} (${speakerName(old[2])})`);
    else if (old[2] !== now[2]) lines.push(`~ quote ${quoted(old[5])} speaker: ${speakerName(old[2])} → ${speakerName(now[2])}`);
    else if (old[3] !== now[3]) lines.push(`~ quote ${quoted(old[5])} continues: ${old[3]} → ${now[3]}`);
    else if (old[0] !== now[0] || old[1] !== now[1]) moved++;
  });
  for (const q of afterByKey.values()) lines.push(`+ quote ${quoted(q[5])} (${speakerName(q[2])})`);
  if (moved) lines.push(`  ${quoteCount(moved)} at new offsets, text and speaker unchanged`);
  return lines;
}

function speakerChanges(before: SpeakerRecord[], after: SpeakerRecord[]): string[] {
  const afterByName = new Map(after.map((s) => [s[0], s]));
  const lines: string[] = [];
  for (const old of before) {
    const now = afterByName.get(old[0]);
    afterByName.delete(old[0]);
    if (!now) lines.push(`− speaker ${old[0]} (${quoteCount(old[1])})`);
    else if (old[1] !== now[1]) lines.push(`~ speaker ${old[0]}: ${old[1]} → ${quoteCount(now[1])}`);
    else if (old[2].join('|') !== now[2].join('|')) lines.push(`~ speaker ${old[0]} aliases: ${old[2].join(', ') || '—'} → ${now[2].join(', ') || '—'}`);
  }
  for (const s of afterByName.values()) lines.push(`+ speaker ${s[0]} (${quoteCount(s[1])})`);
  return lines;
}

function listLines<T>(what: string, before: T[], after: T[], key: (item: T) => string, show: (item: T) => string): string[] {
  const { removed, added } = listChanges(before, after, key);
  return [...removed.map((item) => `− ${what} ${show(item)}`), ...added.map((item) => `+ ${what} ${show(item)}`)];
}

/** What changed on one page, a line per change (empty when nothing did). */
export function pageChanges(before: GoldenPage, after: GoldenPage): string[] {
  return [
    ...scalarChanges(before, after),
    ...listLines('paragraph', before.paragraphs, after.paragraphs, (p) => p[0], (p) => quoted(p[1])),
    ...listLines('heading', before.outline, after.outline, (o) => JSON.stringify(o), (o) => `h${o[0]} ${quoted(o[3])}${o[2] ? ' (inferred)' : ''} at ${o[1]}`),
    ...quoteChanges(before.quotes, after.quotes),
    ...speakerChanges(before.speakers, after.speakers),
    ...listLines('summary line', before.summary, after.summary, (s) => s[2], (s) => quoted(s[3])),
  ];
}

/** The readable diff of two versions of a corpus, and how many pages differ. */
export function corpusChanges(before: GoldenCorpus, after: GoldenCorpus): { pages: number; report: string[] } {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const report: string[] = [];
  let pages = 0;
  for (const name of names) {
    const lines = !before[name] ? ['new page'] : !after[name] ? ['page gone'] : pageChanges(before[name], after[name]);
    if (!lines.length) continue;
    pages++;
    report.push(`  ${name}`);
    for (const line of lines.slice(0, MAX_DIFF_LINES_PER_PAGE)) report.push(`    ${line}`);
    if (lines.length > MAX_DIFF_LINES_PER_PAGE) report.push(`    … and ${lines.length - MAX_DIFF_LINES_PER_PAGE} more`);
  }
  return { pages, report };
}
