/**
 * Figures of `npm run eval` on what a reader reads first: the inferred outline's labels and the summary's lines.
 * Every article of the corpora is outlined as if it had no headings; per language, the share of labels that begin
 * or end with a function word of the language (target 0) and their mean length in words. Over the summaries of
 * the corpora: the share of lines with no final punctuation where their sentence in the article has some, and the
 * lines that say again what an earlier line of their summary said (content-word overlap ≥ 0.5: the share of the
 * shorter line's content words found in the other).
 */
import type { ArticleBody } from '../lib/article/article-text';
import type { LanguageTable } from '../lib/languages';
import { inferredOutline } from '../lib/outline';
import { termRules } from '../lib/text/terms';
import { sentenceSpans, tokenize } from '../lib/text/tokens';

export type Split = 'development' | 'held out';

export interface Figure {
  id: string;
  corpus: string;
  split: Split;
  name: string;
  value: number;
  /** How the value is printed (a share, a count of n, ROUGE×100). */
  shown: string;
  /** The anchor measured in the same run, as printed. */
  anchor: string;
}

/** An article of a corpus page as analysed: its body, its language's table, its summary. */
export interface ReadArticle {
  article: ArticleBody;
  table: LanguageTable;
  summary: readonly string[];
}

/** Two summary lines repeat each other from this overlap on (the measure). */
const REPEAT_OVERLAP = 0.5;
/** Marks that end a sentence, and what may follow them at its end (closing quotation marks and brackets). */
const FINAL_PUNCTUATION = /[.!?…。！？؟۔](?:\[\d+\])*[\s"“”‘’'«»‹›)\]」』]*$/u;

const f3 = (x: number) => x.toFixed(3);

/** Per language, the inferred outline's labels of every article with two paragraphs or more. */
function labelsByLanguage(articles: readonly ReadArticle[]): Map<LanguageTable, string[]> {
  const labels = new Map<LanguageTable, string[]>();
  for (const { article, table } of articles) {
    if (article.paragraphs.length < 2) continue;
    const texts = inferredOutline(article, table).entries.map((e) => e.text);
    labels.set(table, [...(labels.get(table) ?? []), ...texts]);
  }
  return labels;
}

/** Whether a label's first or last word is a function word of the language (alone or behind a clitic). */
export function hasFunctionWordAtEdge(label: string, table: LanguageTable): boolean {
  const words = tokenize(label, table.code).filter((t) => t.isWord);
  if (!words.length) return false;
  const rules = termRules(table);
  return rules.isFunctionWord(words[0].key) || rules.isFunctionWord(words[words.length - 1].key);
}

export function labelFigures(articles: readonly ReadArticle[], corpusNames: string): Figure[] {
  const figures: Figure[] = [];
  const byLanguage = [...labelsByLanguage(articles)].sort(([a], [b]) => a.code.localeCompare(b.code));
  for (const [table, labels] of byLanguage) {
    const corpus = `inferred labels, ${table.code} (${corpusNames})`;
    const edged = labels.filter((l) => hasFunctionWordAtEdge(l, table)).length;
    const words = labels.reduce((n, l) => n + tokenize(l, table.code).filter((t) => t.isWord).length, 0) / (labels.length || 1);
    figures.push(
      { id: `labels.${table.code}.functionWordEdge`, corpus, split: 'development', name: 'labels beginning or ending with a function word', value: edged / (labels.length || 1), shown: `${f3(edged / (labels.length || 1))} (${edged}/${labels.length})`, anchor: '—' },
      { id: `labels.${table.code}.words`, corpus, split: 'development', name: 'mean words per label', value: words, shown: words.toFixed(2), anchor: 'target 2–6' },
    );
  }
  return figures;
}

/** Whether a summary line ends without final punctuation where its sentence in the article has some: a line is
 *  excused when, wherever the article has it, it ends where a sentence of the article ends (by the language's
 *  sentence segmenter). */
function lacksFinalPunctuation(line: string, article: ArticleBody, table: LanguageTable): boolean {
  if (FINAL_PUNCTUATION.test(line)) return false;
  for (let at = article.text.indexOf(line); at >= 0; at = article.text.indexOf(line, at + 1)) {
    const paragraph = article.paragraphs.find((p) => p.start <= at && at < p.end);
    if (!paragraph) continue;
    const text = article.text.slice(paragraph.start, paragraph.end);
    if (sentenceSpans(text, table.code).some((s) => paragraph.start + s.end === at + line.length)) return false;
  }
  return true;
}

/** Share of the smaller set's members that the other holds. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size ? shared / small.size : 0;
}

/** The lines of a summary that repeat an earlier line. */
export function repeatedLines(summary: readonly string[], table: LanguageTable): number {
  const rules = termRules(table);
  const sets = summary.map((line) => new Set(tokenize(line, table.code).flatMap((t) => (t.isWord && rules.contentTermOf(t.key)) || [])));
  return sets.filter((set, i) => sets.slice(0, i).some((earlier) => overlap(earlier, set) >= REPEAT_OVERLAP)).length;
}

export function summaryLineFigures(articles: readonly ReadArticle[], corpusNames: string): Figure[] {
  let lines = 0;
  let unpunctuated = 0;
  let repeats = 0;
  for (const { article, table, summary } of articles) {
    lines += summary.length;
    unpunctuated += summary.filter((line) => lacksFinalPunctuation(line, article, table)).length;
    repeats += repeatedLines(summary, table);
  }
  const corpus = `summary lines: ${corpusNames}`;
  const share = unpunctuated / (lines || 1);
  return [
    { id: 'summaryLines.unpunctuated', corpus, split: 'development', name: 'lines without final punctuation (their sentence has some)', value: share, shown: `${f3(share)} (${unpunctuated}/${lines})`, anchor: '—' },
    { id: 'summaryLines.repeats', corpus, split: 'development', name: 'lines repeating an earlier line (overlap ≥ 0.5)', value: repeats, shown: `${repeats}/${lines}`, anchor: '—' },
  ];
}
