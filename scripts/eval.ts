/**
 * `npm run eval`: Glossa's accuracy on the corpora of ../shared, with the scorers there. Every figure is printed
 * beside an anchor measured in the same run (Readability.js on the extraction sets, the naive quotation baseline
 * on the quotation sets, a lead of the same length on the summaries) and beside its floor (scripts/eval-floors.ts);
 * the command exits 1 when a figure breaks its floor or a scorer fails. Development figures (train, dev, the sets
 * the rules were written on) and held-out ones (PolNeAR test) are told apart. Skips, saying so, where ../shared
 * is absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { analyzePage } from '../lib/analyze';
import { analysisTable } from '../lib/languages';
import { extractionBenchmarkPages, readabilityPages, seedPages, SHARED_DIR, trafilaturaPages, type CorpusPage } from './corpus';
import { FLOORS } from './eval-floors';
import { labelFigures, summaryLineFigures, type Figure, type ReadArticle, type Split } from './eval-reading';
import { parseDocument } from './parse-page';
import { readPage } from './read-page';
import { analyzeTorturePage, torturePages } from './torture';

const root = resolve(import.meta.dirname, '..');
const tsx = (script: string) => [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', script)];
const GLOSSA = tsx('analyze.ts');
const READABILITY = tsx('anchors/readability.ts');
const LEAD_OF_SAME_LENGTH = tsx('anchors/lead.ts');
const NAIVE_QUOTES = [process.execPath, join(SHARED_DIR, 'eval', 'baselines', 'naive-quotes.mjs')];
/** Scorers run at once: this machine's cores. */
const PARALLEL_SCORERS = 2;
/** Longest an analysis may take before it counts as a time-out (a hang). */
const TIME_OUT_MS = 20_000;

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => x.toFixed(1);

/** Runs a scorer of ../shared/eval with --json over a command; resolves to what it wrote, with `keptPages` (set name →
 *  folder) when the scorer was asked to keep the pages it wrote (--keep-tmp). */
function runScorer(work: string, label: string, scorer: string, args: string[], command: string[]): Promise<any> {
  const out = join(work, `${label}.json`);
  const child = spawn(process.execPath, [join(SHARED_DIR, 'eval', scorer), ...args, '--json', out, '--', ...command], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0 || !existsSync(out)) return fail(new Error(`eval: ${scorer} ${args.join(' ')} (${label}) exited with ${code}`));
      const keptPages = new Map([...stdout.matchAll(/^\((\w+) pages kept in (.+)\)$/gm)].map((m) => [m[1], m[2]]));
      done({ ...JSON.parse(readFileSync(out, 'utf8')), keptPages });
    });
  });
}

/** Runs the given scorer runs, at most PARALLEL_SCORERS at a time, each once; resolves to their results by label. */
async function runScorers(work: string, runs: Array<[label: string, scorer: string, args: string[], command: string[]]>): Promise<Map<string, any>> {
  const results = new Map<string, any>();
  const queue = [...runs];
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const [label, scorer, args, command] = run;
      process.stderr.write(`eval: ${label}\n`);
      results.set(label, await runScorer(work, label, scorer, args, command));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SCORERS }, worker));
  return results;
}

const POLNEAR_SPLITS: Array<[string, Split]> = [
  ['train', 'development'],
  ['dev', 'development'],
  ['test', 'held out'],
];

function scorerRuns(): Array<[string, string, string[], string[]]> {
  const batch = (n: number) => ['--batch', String(n)];
  return [
    ['seed', 'score.mjs', [join(SHARED_DIR, 'seed')], GLOSSA],
    ['benchmark', 'extraction.mjs', ['--bootstrap', '0', '--worst', '0', ...batch(200)], GLOSSA],
    ['benchmark-readability', 'extraction.mjs', ['--bootstrap', '0', '--worst', '0', ...batch(200)], READABILITY],
    ['trafilatura', 'extraction-trafilatura.mjs', batch(100), GLOSSA],
    ['trafilatura-readability', 'extraction-trafilatura.mjs', batch(100), READABILITY],
    ...POLNEAR_SPLITS.flatMap(([split]): Array<[string, string, string[], string[]]> => [
      [`polnear-${split}`, 'quotes-polnear.mjs', ['--split', split, ...batch(300)], GLOSSA],
      [`polnear-${split}-naive`, 'quotes-polnear.mjs', ['--split', split, ...batch(300)], NAIVE_QUOTES],
    ]),
    ['de-wikinews', 'quotes-de-wikinews.mjs', batch(200), GLOSSA],
    ['de-wikinews-naive', 'quotes-de-wikinews.mjs', batch(200), NAIVE_QUOTES],
    // The pages are kept for the summary lines' figures (eval-reading.ts), then removed.
    ['summaries', 'summaries.mjs', ['--keep-tmp', ...batch(200)], GLOSSA],
    ['summaries-lead', 'summaries.mjs', batch(200), LEAD_OF_SAME_LENGTH],
  ];
}

function seedFigures(seed: any): Figure[] {
  const m = seed.macro;
  const perfect = ['isArticleAcc', 'langAcc', 'dirAcc', 'titleAcc', 'textF1', 'outlineF1', 'inferredOk', 'quoteF1', 'attribution', 'speakersF1', 'summaryGrounded', 'summaryCoverage', 'summaryNoLeak'];
  const exact = perfect.filter((k) => m[k] === 1).length + (m.leak === 0 ? 1 : 0);
  const total = perfect.length + 1;
  return [{ id: 'seed.exact', corpus: 'seed, both variants', split: 'development', name: 'gold figures exactly right', value: exact / total, shown: `${exact}/${total}`, anchor: '—' }];
}

function extractionFigures(glossa: any, readability: any): Figure[] {
  const g = glossa.metrics;
  const r = readability.metrics;
  const corpus = `extraction benchmark, ${g.n} pages`;
  return [
    { id: 'benchmark.f1', corpus, split: 'development', name: 'F1', value: g.f1, shown: f3(g.f1), anchor: `Readability.js ${f3(r.f1)}` },
    { id: 'benchmark.precision', corpus, split: 'development', name: 'precision', value: g.precision, shown: f3(g.precision), anchor: `Readability.js ${f3(r.precision)}` },
    { id: 'benchmark.recall', corpus, split: 'development', name: 'recall', value: g.recall, shown: f3(g.recall), anchor: `Readability.js ${f3(r.recall)}` },
  ];
}

/** Pages of trafilatura's set where the program found no article text, and where its language is the <html lang>. */
function trafilaturaPageCounts(result: any): { noArticle: number; langRight: number; langKnown: number } {
  const pages: any[] = result.perPage;
  const withLang = pages.filter((p) => p.langHow === 'html-lang');
  return {
    noArticle: pages.filter((p) => p.isArticle === false || !p.textChars).length,
    langRight: withLang.filter((p) => p.progLang === p.lang).length,
    langKnown: withLang.length,
  };
}

function trafilaturaFigures(glossa: any, readability: any): Figure[] {
  const g = glossa.metrics;
  const r = readability.metrics;
  const pages = trafilaturaPageCounts(glossa);
  const anchorPages = trafilaturaPageCounts(readability);
  const corpus = `trafilatura set, development half, ${glossa.pages} pages`;
  const langShare = pages.langRight / pages.langKnown;
  return [
    { id: 'trafilatura.f', corpus, split: 'development', name: 'F', value: g.f1, shown: f3(g.f1), anchor: `Readability.js ${f3(r.f1)}; trafilatura 2.2 0.924 (published, 990 pages)` },
    { id: 'trafilatura.precision', corpus, split: 'development', name: 'precision', value: g.precision, shown: f3(g.precision), anchor: `Readability.js ${f3(r.precision)}` },
    { id: 'trafilatura.recall', corpus, split: 'development', name: 'recall', value: g.recall, shown: f3(g.recall), anchor: `Readability.js ${f3(r.recall)}` },
    { id: 'trafilatura.noArticle', corpus, split: 'development', name: 'pages with no article text', value: pages.noArticle, shown: `${pages.noArticle}/${glossa.pages}`, anchor: `Readability.js ${anchorPages.noArticle}/${readability.pages}` },
    { id: 'trafilatura.langAgreement', corpus, split: 'development', name: 'language = <html lang>', value: langShare, shown: `${f3(langShare)} (${pages.langRight}/${pages.langKnown})`, anchor: '—' },
  ];
}

/** PolNeAR: of the matched quotations whose gold source is named and to which a speaker is given, the share right. */
function polnearSpeakerPrecision(result: any): number {
  const sum = (key: string) => result.perArticle.reduce((total: number, a: any) => total + a[key], 0);
  const given = sum('named') - sum('namedNull');
  return given ? sum('namedOk') / given : 0;
}

function polnearFigures(split: string, kind: Split, glossa: any, naive: any): Figure[] {
  const g = glossa.metrics;
  const n = naive.metrics;
  const corpus = `PolNeAR ${split}, ${glossa.articles} articles`;
  const precision = polnearSpeakerPrecision(glossa);
  return [
    { id: `polnear-${split}.quoteF1`, corpus, split: kind, name: 'quote F1', value: g.quoteF1, shown: f3(g.quoteF1), anchor: `naive ${f3(n.quoteF1)}` },
    { id: `polnear-${split}.attribution`, corpus, split: kind, name: 'named-speaker attribution', value: g.attributionAcc, shown: f3(g.attributionAcc), anchor: `naive ${f3(n.attributionAcc)}` },
    { id: `polnear-${split}.speakerPrecision`, corpus, split: kind, name: 'speaker precision (named gold)', value: precision, shown: f3(precision), anchor: `naive ${f3(polnearSpeakerPrecision(naive))}` },
  ];
}

/** German Wikinews: of the matched quotations to which a speaker is given, the share right. */
function wikinewsSpeakerPrecision(result: any): number {
  const given = result.perCase.flatMap((c: any) => c.quoteDetail ?? []).filter((q: any) => q.predSpeaker != null);
  return given.length ? given.filter((q: any) => q.speakerOk).length / given.length : 0;
}

/**
 * German Wikinews, counted as PolNeAR's is: of the matched quotations whose gold speaker is named and to which a
 * speaker is given, the share right. A gold speaker that is a pronoun left unresolved ("er") or missing cannot tell
 * a right name from a wrong one, so those quotations are left out here and counted in the figure above.
 */
function wikinewsNamedSpeakerPrecision(result: any): number {
  const [right, named] = result.metrics.attribution.named;
  const unattributed = result.examples.wrong.filter((e: any) => e.kind === 'named' && e.pred == null).length;
  const given = named - unattributed;
  return given ? right / given : 0;
}

function wikinewsFigures(glossa: any, naive: any): Figure[] {
  const g = glossa.metrics;
  const n = naive.metrics;
  const corpus = `German Wikinews train, ${glossa.docs} articles`;
  const share = ([ok, all]: [number, number]) => (all ? ok / all : 0);
  const precision = wikinewsNamedSpeakerPrecision(glossa);
  const precisionAll = wikinewsSpeakerPrecision(glossa);
  return [
    { id: 'de-wikinews.quoteF1', corpus, split: 'development', name: 'quote F1', value: g.quotes.f1, shown: f3(g.quotes.f1), anchor: `naive ${f3(n.quotes.f1)}` },
    { id: 'de-wikinews.quote3F1', corpus, split: 'development', name: 'quote F1, ≥ 3 words (P)', value: g.quotes3.f1, shown: `${f3(g.quotes3.f1)} (${f3(g.quotes3.p)})`, anchor: `naive ${f3(n.quotes3.f1)} (${f3(n.quotes3.p)})` },
    { id: 'de-wikinews.attribution', corpus, split: 'development', name: 'named-speaker attribution', value: share(g.attribution.named), shown: f3(share(g.attribution.named)), anchor: `naive ${f3(share(n.attribution.named))}` },
    { id: 'de-wikinews.speakerPrecision', corpus, split: 'development', name: 'speaker precision (named gold)', value: precision, shown: f3(precision), anchor: `naive ${f3(wikinewsNamedSpeakerPrecision(naive))}` },
    { id: 'de-wikinews.speakerPrecisionAll', corpus, split: 'development', name: 'speaker precision (every given speaker)', value: precisionAll, shown: f3(precisionAll), anchor: `naive ${f3(wikinewsSpeakerPrecision(naive))}` },
  ];
}

function summaryFigures(glossa: any, lead: any): Figure[] {
  const cnn = glossa.sets.cnndm;
  const ar = glossa.sets.ar;
  const cnnLead = lead.sets.cnndm.scores.program;
  const arLead = lead.sets.ar.scores.program;
  // The summary's weights are fitted on these articles: the cross-validated figures are fit:summary's.
  const cnnCorpus = `summaries, CNN/DailyMail ${cnn.documents}, in-sample (npm run fit:summary cross-validates)`;
  const arCorpus = `summaries, Arabic ${ar.documents} (headline as reference)`;
  const over = cnn.scores.program.r1.f - cnnLead.r1.f;
  const overLead3 = cnn.scores.program.r1.f - cnn.scores.lead3.r1.f;
  const arOver = ar.scores.program.r1.f - arLead.r1.f;
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${f1(x)}`;
  return [
    { id: 'cnndm.rouge1', corpus: cnnCorpus, split: 'development', name: 'ROUGE-1 (ROUGE-2)', value: cnn.scores.program.r1.f, shown: `${f1(cnn.scores.program.r1.f)} (${f1(cnn.scores.program.r2.f)})`, anchor: `lead of the same length ${f1(cnnLead.r1.f)} (${f1(cnnLead.r2.f)}); Lead-3 ${f1(cnn.scores.lead3.r1.f)} (${f1(cnn.scores.lead3.r2.f)})` },
    { id: 'cnndm.overLead', corpus: cnnCorpus, split: 'development', name: 'ROUGE-1 − lead of the same length', value: over, shown: signed(over), anchor: `Lead-3 − lead of the same length ${f1(cnn.scores.lead3.r1.f - cnnLead.r1.f)}` },
    { id: 'cnndm.overLead3', corpus: cnnCorpus, split: 'development', name: 'ROUGE-1 − Lead-3', value: overLead3, shown: signed(overLead3), anchor: `Glossa's lines a summary ${f1(cnn.perDoc.reduce((n: number, d: any) => n + d.sentences, 0) / cnn.documents)}, Lead-3's 3` },
    { id: 'ar.rouge1', corpus: arCorpus, split: 'development', name: 'ROUGE-1 (ROUGE-2)', value: ar.scores.program.r1.f, shown: `${f1(ar.scores.program.r1.f)} (${f1(ar.scores.program.r2.f)})`, anchor: `lead of the same length ${f1(arLead.r1.f)} (${f1(arLead.r2.f)}); Lead-1 ${f1(ar.scores.lead1.r1.f)}` },
    { id: 'ar.overLead', corpus: arCorpus, split: 'development', name: 'ROUGE-1 − lead of the same length', value: arOver, shown: signed(arOver), anchor: `Lead-1 − lead of the same length ${f1(ar.scores.lead1.r1.f - arLead.r1.f)}` },
  ];
}

/** A page's article as analysed in this process, for the figures of eval-reading.ts; null for a non-article. */
function readArticle({ analysis, article }: ReturnType<typeof analyzePage>): ReadArticle | null {
  return article && analysis.isArticle ? { article, table: analysisTable(analysis.lang), summary: analysis.summary } : null;
}

/** The articles of corpus pages (files), analysed in this process. */
async function readArticles(pages: readonly CorpusPage[]): Promise<ReadArticle[]> {
  const out: ReadArticle[] = [];
  for (const page of pages) {
    const read = readArticle(analyzePage(parseDocument(await readPage(page.file))));
    if (read) out.push(read);
  }
  return out;
}

/** Every page of Readability's and the benchmark's corpora analysed in process (the command line's path); their
 *  articles are added to `articles`. */
async function pageFigures(articles: ReadArticle[]): Promise<Figure[]> {
  const pages = [...readabilityPages(), ...extractionBenchmarkPages()];
  let errors = 0;
  let timeOuts = 0;
  let readerable = 0;
  let readerableAgree = 0;
  for (const page of pages) {
    try {
      const document = parseDocument(await readPage(page.file));
      const started = performance.now();
      const analysed = analyzePage(document);
      const { analysis } = analysed;
      if (performance.now() - started > TIME_OUT_MS) timeOuts++;
      const read = readArticle(analysed);
      if (read) articles.push(read);
      const metadataFile = join(dirname(page.file), 'expected-metadata.json');
      if (!page.name.startsWith('readability/') || !existsSync(metadataFile)) continue;
      readerable++;
      if (analysis.isArticle === (JSON.parse(readFileSync(metadataFile, 'utf8')).readerable !== false)) readerableAgree++;
    } catch (error) {
      errors++;
      process.stderr.write(`eval: ${page.name}: ${error instanceof Error ? error.message : error}\n`);
    }
  }
  const corpus = `Readability's and the benchmark's pages, ${pages.length}`;
  return [
    { id: 'readability.readerable', corpus, split: 'development', name: 'isArticle = Readability’s readerable', value: readerableAgree, shown: `${readerableAgree}/${readerable}`, anchor: 'Readability’s expected metadata' },
    { id: 'pages.errors', corpus, split: 'development', name: 'errors', value: errors, shown: String(errors), anchor: '—' },
    { id: 'pages.timeOuts', corpus, split: 'development', name: `analyses over ${TIME_OUT_MS / 1000} s`, value: timeOuts, shown: String(timeOuts), anchor: '—' },
  ];
}

/** The generated torture set (scripts/torture.ts): crashes and time-outs. */
function tortureFigures(): Figure[] {
  const outcomes = torturePages().map(analyzeTorturePage);
  const crashes = outcomes.filter((o) => o.kind === 'crashed').length;
  const timeOuts = outcomes.filter((o) => o.ms > TIME_OUT_MS).length;
  const corpus = `torture set, ${outcomes.length} generated inputs`;
  return [
    { id: 'torture.crashes', corpus, split: 'development', name: 'crashes', value: crashes, shown: String(crashes), anchor: '—' },
    { id: 'torture.timeOuts', corpus, split: 'development', name: `analyses over ${TIME_OUT_MS / 1000} s`, value: timeOuts, shown: String(timeOuts), anchor: '—' },
  ];
}

/** The summary samples' pages the scorer kept (set → folder), analysed in this process, then removed. */
async function keptSummaryArticles(kept: Map<string, string>): Promise<ReadArticle[]> {
  const out: ReadArticle[] = [];
  for (const dir of kept.values()) {
    try {
      out.push(...(await readArticles(readdirSync(dir).sort().map((f) => ({ name: f, file: join(dir, f) })))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

function floorOf(id: string): string {
  const floor = FLOORS[id];
  if (!floor) return '—';
  return [floor.min !== undefined ? `≥ ${floor.min}` : '', floor.max !== undefined ? `≤ ${floor.max}` : ''].filter(Boolean).join(', ');
}

const holds = (figure: Figure) => {
  const floor = FLOORS[figure.id];
  return !floor || ((floor.min === undefined || figure.value >= floor.min) && (floor.max === undefined || figure.value <= floor.max));
};

function printTable(figures: Figure[]): void {
  const headers = ['corpus', 'split', 'figure', 'Glossa', 'anchor (same run)', 'floor', 'holds'];
  const cells = figures.map((f) => [f.corpus, f.split, f.name, f.shown, f.anchor, floorOf(f.id), holds(f) ? 'yes' : 'NO']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join(' | ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

const HELD_OUT_ELSEWHERE = [
  'trafilatura set, held-out half (500 pages)',
  'German Wikinews dev and test',
  'news pages in nine languages',
  'Arabic summaries with human extracts',
];

async function main(): Promise<number> {
  if (!existsSync(join(SHARED_DIR, 'eval'))) {
    console.log(`eval: SKIPPED — ${SHARED_DIR} is absent, and with it the corpora and scorers. Nothing was measured.`);
    return 0;
  }
  const work = mkdtempSync(join(tmpdir(), 'glossa-eval-'));
  try {
    const scored = runScorers(work, scorerRuns());
    scored.catch(() => undefined); // awaited below, after the in-process figures
    const articles: ReadArticle[] = [];
    const inProcess = [...(await pageFigures(articles)), ...tortureFigures()];
    articles.push(...(await readArticles([...trafilaturaPages(), ...seedPages()])));
    const r = await scored;
    const summaryArticles = await keptSummaryArticles(r.get('summaries').keptPages);
    const reading = [
      ...labelFigures(articles, 'Readability, benchmark, trafilatura, seed; headings ignored'),
      ...summaryLineFigures([...articles, ...summaryArticles], 'summary samples, Readability, benchmark, trafilatura, seed'),
    ];
    const figures = [
      ...seedFigures(r.get('seed')),
      ...extractionFigures(r.get('benchmark'), r.get('benchmark-readability')),
      ...trafilaturaFigures(r.get('trafilatura'), r.get('trafilatura-readability')),
      ...POLNEAR_SPLITS.flatMap(([split, kind]) => polnearFigures(split, kind, r.get(`polnear-${split}`), r.get(`polnear-${split}-naive`))),
      ...wikinewsFigures(r.get('de-wikinews'), r.get('de-wikinews-naive')),
      ...summaryFigures(r.get('summaries'), r.get('summaries-lead')),
      ...reading,
      ...inProcess,
    ];
    console.log();
    printTable(figures);
    const broken = figures.filter((f) => !holds(f));
    console.log(`\nHeld out and measured outside the project (not in ../shared): ${HELD_OUT_ELSEWHERE.join('; ')}.`);
    console.log(broken.length ? `\neval: ${broken.length} figure(s) below their floor: ${broken.map((f) => f.id).join(', ')}` : `\neval: all ${figures.length} figures at or above their floors.`);
    return broken.length ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
