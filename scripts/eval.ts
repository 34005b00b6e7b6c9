/**
 * `npm run eval`: Glossa's accuracy on the shared corpora, every figure beside its target and the published anchors.
 * Runs the scorers of ../shared/eval against the analysis command, and analyses every Readability test page in
 * process. Prints figures, not a verdict: the last column says whether each target holds. Skips, saying so, where
 * ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/analyze';
import { extractionBenchmarkPages, readabilityPages } from './corpus';
import { readPage } from './read-page';
import { analyzeTorturePage, torturePages } from './torture';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const ANALYZE = ['npm', 'run', '--silent', 'analyze', '--'];

interface Row {
  what: string;
  figure: string;
  target: string;
  anchor: string;
  holds: boolean | null;
}

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);

/** Runs one scorer with --json and returns what it wrote; its own table goes to our stderr for the curious. */
function runScorer(script: string, args: string[], work: string): any {
  const out = join(work, `${script}.json`);
  process.stderr.write(`eval: ${script} ${args.join(' ')}\n`);
  execFileSync(process.execPath, [join(shared, 'eval', script), ...args, '--json', out, '--', ...ANALYZE], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

function seedRows(work: string): Row[] {
  const m = runScorer('score.mjs', [join(shared, 'seed')], work).macro;
  const all = [m.outlineF1, m.inferredOk, m.quoteF1, m.attribution, m.speakersF1];
  return [
    {
      what: 'seed, both variants (score.mjs)',
      figure: `outline ${f3(m.outlineF1)} inferred ${f3(m.inferredOk)} quotes ${f3(m.quoteF1)} attribution ${f3(m.attribution)} speakers ${f3(m.speakersF1)}`,
      target: 'all 1.00',
      anchor: '—',
      holds: all.every((x) => x === 1),
    },
    {
      what: 'seed text and summary',
      figure: `text F1 ${f3(m.textF1)} leak ${f3(m.leak)} summary coverage ${f3(m.summaryCoverage)} grounded ${f3(m.summaryGrounded)}`,
      target: 'text 1.00, no leak',
      anchor: '—',
      holds: m.textF1 === 1 && m.leak === 0,
    },
  ];
}

function extractionRow(work: string): Row {
  const m = runScorer('extraction.mjs', ['--bootstrap', '0', '--worst', '0'], work).metrics;
  return {
    what: `article text, ${m.n} pages (extraction.mjs)`,
    figure: `F1 ${f3(m.f1)} P ${f3(m.precision)} R ${f3(m.recall)}`,
    target: 'F1 ≥ 0.97, P ≥ 0.95',
    anchor: 'Readability.js 0.947, trafilatura 0.958, best 0.970',
    holds: m.f1 >= 0.97 && m.precision >= 0.95,
  };
}

function quotesRow(work: string): Row {
  const m = runScorer('quotes-polnear.mjs', ['--split', 'dev'], work).metrics;
  return {
    what: 'direct quotes, PolNeAR dev (quotes-polnear.mjs)',
    figure: `quote F1 ${f3(m.quoteF1)} (P ${f3(m.quoteP)} R ${f3(m.quoteR)}), named-speaker attribution ${f3(m.attributionAcc)}`,
    target: 'quote F1 ≥ 0.97, attribution ≥ 0.90',
    anchor: 'naive regex 0.954 / 0.10; published ≈ 0.84 / 0.87',
    holds: m.quoteF1 >= 0.97 && m.attributionAcc >= 0.9,
  };
}

function summaryRows(work: string): Row[] {
  const sets = runScorer('summaries.mjs', [], work).sets;
  const cnn = sets.cnndm.scores;
  const ar = sets.ar.scores;
  return [
    {
      what: `summaries, CNN/DailyMail ${sets.cnndm.documents} (summaries.mjs)`,
      figure: `ROUGE-1 ${f1(cnn.program.r1.f)} vs Lead-3 ${f1(cnn.lead3.r1.f)}`,
      target: 'above Lead-3',
      anchor: 'Lead-3 ≈ 40, TextRank ≈ 34',
      holds: cnn.program.r1.f > cnn.lead3.r1.f,
    },
    {
      what: `summaries, Arabic ${sets.ar.documents}, headline as reference`,
      figure: `ROUGE-1 ${f1(ar.program.r1.f)} vs Lead-1 ${f1(ar.lead1.r1.f)}`,
      target: 'above Lead-1',
      anchor: 'Lead-1',
      holds: ar.program.r1.f > ar.lead1.r1.f,
    },
  ];
}

/** Longest an analysis may take before it counts as a time-out (a hang) in the counts below. */
const TIME_OUT_MS = 20_000;

/**
 * Every page of both corpora analysed in process (the command line's path): errors and time-outs, and for
 * Readability's test pages agreement with Readability's own metadata.
 */
async function corpusRow(): Promise<Row> {
  const pages = [...readabilityPages(shared), ...extractionBenchmarkPages(shared)];
  let errors = 0;
  let timeOuts = 0;
  let readerable = 0;
  let readerableAgree = 0;
  let titleAgree = 0;
  for (const page of pages) {
    try {
      const { document } = parseHTML(await readPage(page.file));
      const started = performance.now();
      const analysis = analyzeDocument(document as unknown as Document);
      if (performance.now() - started > TIME_OUT_MS) timeOuts++;
      const metadataFile = join(dirname(page.file), 'expected-metadata.json');
      if (!page.name.startsWith('readability/') || !existsSync(metadataFile)) continue;
      const expected = JSON.parse(readFileSync(metadataFile, 'utf8'));
      readerable++;
      if (analysis.isArticle === (expected.readerable !== false)) readerableAgree++;
      const want = String(expected.title ?? '').trim().toLowerCase();
      const got = analysis.title.trim().toLowerCase();
      if (want && got && (want.includes(got) || got.includes(want))) titleAgree++;
    } catch (error) {
      errors++;
      process.stderr.write(`eval: ${page.name}: ${error instanceof Error ? error.message : error}\n`);
    }
  }
  return {
    what: `every corpus page, ${pages.length} (in process)`,
    figure: `errors ${errors}, time-outs ${timeOuts}; Readability pages: isArticle = readerable ${readerableAgree}/${readerable}, title agrees ${titleAgree}/${readerable}`,
    target: 'no error, no time-out',
    anchor: 'Readability’s own expected metadata',
    holds: errors === 0 && timeOuts === 0,
  };
}

/** The generated torture set (scripts/torture.ts): crashes and time-outs. */
function tortureRow(): Row {
  const outcomes = torturePages().map(analyzeTorturePage);
  const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
  const partial = outcomes.filter((o) => o.kind === 'analysed' && o.analysis.partial).length;
  const timeOuts = outcomes.filter((o) => o.ms > TIME_OUT_MS).length;
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  return {
    what: `torture set, ${outcomes.length} generated inputs`,
    figure: `analysed ${count('analysed')} (${partial} partial), refused as not HTML ${count('refused')}, crashes ${count('crashed')}, time-outs ${timeOuts}; slowest ${f1(slowest / 1000)} s`,
    target: 'no crash, no time-out',
    anchor: '—',
    holds: count('crashed') === 0 && timeOuts === 0,
  };
}

function printTable(rows: Row[]): void {
  const headers = ['what', 'figure', 'target', 'anchor', 'holds'];
  const cells = rows.map((r) => [r.what, r.figure, r.target, r.anchor, r.holds === null ? '—' : r.holds ? 'yes' : 'NO']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join(' | ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<number> {
  if (!existsSync(join(shared, 'eval'))) {
    console.log(`eval: skipped — ${shared} is absent, and with it the corpora and scorers. Nothing was measured.`);
    return 0;
  }
  const work = mkdtempSync(join(tmpdir(), 'glossa-eval-'));
  try {
    const rows = [...seedRows(work), extractionRow(work), quotesRow(work), ...summaryRows(work), await corpusRow(), tortureRow()];
    console.log();
    printTable(rows);
    console.log(`\n${rows.filter((r) => r.holds).length} of ${rows.length} targets hold.`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => {
  process.exitCode = code;
});
