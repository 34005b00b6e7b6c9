/**
 * `npm run fit:summary`: fits the summary's weights (lib/summary-weights.ts) on the CNN/DailyMail sample of
 * ../shared, by a search over a grid, and says how well they carry to articles they were not fitted on: 5-fold
 * cross-validation (fit on four fifths, score the fifth). Prints ROUGE-1 F beside a lead of the same length for the
 * fitted weights and for the weights in lib/summary-weights.ts, on CNN/DailyMail and on the Arabic headline sample
 * (not fitted on: a headline is no summary). `--write` writes the weights fitted on the whole sample into
 * lib/summary-weights.ts. ROUGE is the scorer's own (../shared/eval/summaries.mjs), on the pages it writes.
 * `--lines N` fits and scores summaries of N lines instead of the summary's own length (lib/summary.ts
 * summaryLength), to tell what the length costs: `--lines 3` is Lead-3's (it cannot be combined with --write).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decideArticle, readPage } from '../lib/page';
import { languageOf, type LanguageTable } from '../lib/languages';
import { findQuotes } from '../lib/quotes';
import { summarize } from '../lib/summary';
import { SUMMARY_WEIGHTS, type SummaryWeights } from '../lib/summary-weights';
import type { ArticleText } from '../lib/article/article-text';
import type { Quote, Speaker } from '../lib/types';
import { sentenceSpans } from '../lib/text/tokens';
import { SHARED_DIR } from './corpus';

const root = resolve(import.meta.dirname, '..');
const FOLDS = 5;
const linesArgument = process.argv.indexOf('--lines');
/** The summary's length: its own, or N lines with --lines N. */
const LENGTH: ((sentences: number) => number) | undefined = linesArgument > 0 ? () => Number(process.argv[linesArgument + 1]) : undefined;
const GRID: { [K in keyof SummaryWeights]: number[] } = {
  leadBonus: [0.5, 1, 2, 3, 5],
  leadDecay: [0.25, 0.5, 1, 2],
  speakerBonus: [1, 1.15, 1.3],
  lengthPenalty: [0.2, 0.4, 0.6, 0.8],
};

interface Doc {
  article: ArticleText;
  table: LanguageTable;
  quotes: Quote[];
  speakers: Speaker[];
  /** The reference's words, as the scorer's ROUGE takes them. */
  reference: string[];
}

type Rouge = { rtoks(text: string): string[]; rougeN(candidate: string[], reference: string[], n: number): { f: number } };

/** The scorer's pages of both sets, written by summaries.mjs and kept (the lead anchor is the command it runs). */
function scorerPages(): Map<string, string> {
  const lead = [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', 'anchors', 'lead.ts')];
  const run = spawnSync(process.execPath, [join(SHARED_DIR, 'eval', 'summaries.mjs'), '--keep-tmp', '--batch', '200', '--', ...lead], { cwd: root, encoding: 'utf8' });
  const dirs = new Map<string, string>();
  for (const m of run.stdout.matchAll(/^\((\w+) pages kept in (.+)\)$/gm)) dirs.set(m[1], m[2]);
  if (!dirs.has('cnndm') || !dirs.has('ar')) throw new Error(`fit-summary: summaries.mjs kept no pages\n${run.stderr}`);
  return dirs;
}

/** The references, in the order of the scorer's pages. */
function references(set: string): string[][] {
  const dir = join(SHARED_DIR, 'corpus', 'summaries');
  if (set === 'cnndm') {
    const lines = readFileSync(join(dir, 'cnndm-realsumm100', 'ref.txt'), 'utf8').split('\n').filter((l) => l.trim());
    return lines.map((l) => [l.replace(/<\/?t>/g, ' ')]);
  }
  const rows = readFileSync(join(dir, 'argen-title-sample-ar', 'ARGEn_title_genration_sample_valid.tsv'), 'utf8').split('\n').slice(1);
  return rows.filter((l) => l.trim()).map((l) => [l.split('\t')[1].trim()]);
}

function loadDocs(dir: string, set: string, rouge: Rouge): Doc[] {
  const refs = references(set);
  return readdirSync(dir).sort().map((file, i) => {
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    const doc = document as unknown as Document;
    const reading = readPage(doc);
    const language = languageOf(reading.languageSample, reading.metadata.markupLang);
    const { article } = decideArticle(doc, reading, language, true);
    return { article, table: language.table, ...findQuotes(article, language.table), reference: refs[i].flatMap(rouge.rtoks) };
  });
}

/** The article's first `count` sentences, as scripts/anchors/lead.ts takes them. */
function lead(doc: Doc, count: number): string[] {
  const out: string[] = [];
  if (count <= 0) return out;
  for (const p of doc.article.text.split('\n\n')) for (const s of sentenceSpans(p, doc.table.code)) if (out.length < count) out.push(p.slice(s.start, s.end));
  return out;
}

const rougeOne = (lines: string[], doc: Doc, rouge: Rouge) => rouge.rougeN(lines.flatMap(rouge.rtoks), doc.reference, 1).f * 100;

/** ROUGE-1 of a lead of `count` sentences, worked out once per document and length. */
const leadScores = new WeakMap<Doc, Map<number, number>>();
function leadScore(doc: Doc, count: number, rouge: Rouge): number {
  let byCount = leadScores.get(doc);
  if (!byCount) leadScores.set(doc, (byCount = new Map()));
  let value = byCount.get(count);
  if (value === undefined) byCount.set(count, (value = rougeOne(lead(doc, count), doc, rouge)));
  return value;
}

/** Mean ROUGE-1 F×100 of the summaries made with `weights`, and of a lead of the same length. */
function score(docs: readonly Doc[], weights: SummaryWeights, rouge: Rouge): { glossa: number; lead: number } {
  let glossa = 0;
  let leadSum = 0;
  for (const doc of docs) {
    const summary = summarize(doc.article, doc.table, doc.speakers, doc.quotes, weights, LENGTH);
    glossa += rougeOne(summary, doc, rouge);
    leadSum += leadScore(doc, summary.length, rouge);
  }
  return { glossa: glossa / docs.length, lead: leadSum / docs.length };
}

function gridPoints(): SummaryWeights[] {
  let points: Array<Partial<SummaryWeights>> = [{}];
  for (const [key, values] of Object.entries(GRID)) points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  return points as SummaryWeights[];
}

/** The grid point with the best mean ROUGE-1 on `docs`. */
function fit(docs: readonly Doc[], rouge: Rouge): SummaryWeights {
  let best = { weights: SUMMARY_WEIGHTS, value: -Infinity };
  for (const weights of gridPoints()) {
    const value = score(docs, weights, rouge).glossa;
    if (value > best.value) best = { weights, value };
  }
  return best.weights;
}

/** ROUGE-1 of each fold's documents under the weights fitted on the other folds, over all documents. */
function crossValidated(docs: readonly Doc[], rouge: Rouge): { glossa: number; lead: number } {
  let glossa = 0;
  let leadSum = 0;
  for (let k = 0; k < FOLDS; k++) {
    const held = docs.filter((_, i) => i % FOLDS === k);
    const weights = fit(docs.filter((_, i) => i % FOLDS !== k), rouge);
    const s = score(held, weights, rouge);
    glossa += s.glossa * held.length;
    leadSum += s.lead * held.length;
    process.stderr.write(`fit-summary: fold ${k + 1}/${FOLDS}: ${JSON.stringify(weights)} → ${s.glossa.toFixed(2)} (lead ${s.lead.toFixed(2)})\n`);
  }
  return { glossa: glossa / docs.length, lead: leadSum / docs.length };
}

const shown = (s: { glossa: number; lead: number }) => `ROUGE-1 ${s.glossa.toFixed(2)}, lead of the same length ${s.lead.toFixed(2)} (${s.glossa - s.lead >= 0 ? '+' : ''}${(s.glossa - s.lead).toFixed(2)})`;

function weightsModule(weights: SummaryWeights, notes: string[]): string {
  const source = readFileSync(join(root, 'lib', 'summary-weights.ts'), 'utf8');
  const body = Object.entries(weights).map(([k, v]) => `  ${k}: ${v},`).join('\n');
  // Everything before the weights' own comment: the file's header and the interface.
  const header = source.slice(0, source.search(/(\/\*\*\n(?: \*.*\n)* \*\/\n)?export const SUMMARY_WEIGHTS/));
  return `${header}/**\n * ${notes.join('\n * ')}\n */\nexport const SUMMARY_WEIGHTS: SummaryWeights = {\n${body}\n};\n`;
}

async function main(): Promise<void> {
  const rouge: Rouge = await import(pathToFileURL(join(SHARED_DIR, 'eval', 'summaries.mjs')).href);
  const dirs = scorerPages();
  try {
    const cnndm = loadDocs(dirs.get('cnndm')!, 'cnndm', rouge);
    const arabic = loadDocs(dirs.get('ar')!, 'ar', rouge);
    const validated = crossValidated(cnndm, rouge);
    const fitted = fit(cnndm, rouge);
    const notes = [
      `fitted on CNN/DailyMail (${cnndm.length}): ${shown(score(cnndm, fitted, rouge))}`,
      `${FOLDS}-fold cross-validated on CNN/DailyMail: ${shown(validated)}`,
      `Arabic headline sample (${arabic.length}, not fitted on): ${shown(score(arabic, fitted, rouge))}`,
    ];
    console.log(`weights fitted: ${JSON.stringify(fitted)}\n${notes.join('\n')}`);
    console.log(`weights in lib/summary-weights.ts: ${JSON.stringify(SUMMARY_WEIGHTS)}: CNN/DailyMail ${shown(score(cnndm, SUMMARY_WEIGHTS, rouge))}; Arabic ${shown(score(arabic, SUMMARY_WEIGHTS, rouge))}`);
    if (process.argv.includes('--write') && !LENGTH) writeFileSync(join(root, 'lib', 'summary-weights.ts'), weightsModule(fitted, notes));
  } finally {
    for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
