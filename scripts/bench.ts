/**
 * `npm run bench`: what Glossa costs, in figures (not pass/fail; no timed tests).
 *  1. In Node, on the same DOM implementation (linkedom) for both, each as plain JavaScript (Glossa's engine bundled
 *     as the extension ships it: see ./bundle): Glossa's full analysis of the live document
 *     against `new Readability(document.cloneNode(true)).parse()` (how Firefox and most extensions call it), on
 *     every page of ../shared/corpus/readability, ../shared/corpus/article-extraction-benchmark and the seed: after a
 *     warm-up pass (each engine once on every page), per-page median of nine runs after two warm-up runs, each
 *     one's in a row; median and p95 of each; median and p95 of the per-page ratio, of the warm-up pass's, and of
 *     the ratio of each engine's fastest run.
 *  2. Scaling: the seed's article body repeated to 1×, 4×, 16× and 64× its size; Glossa's time at each and the
 *     fitted exponent of time against size (1 is linear).
 *  3. In real Chromium (scripts/bench-browser.ts): the same two inside the page on the seed and the largest corpus
 *     pages, and the content script's longest main-thread task with the built extension loaded (from a trace).
 *  4. Notes at scale, in real Chromium with the built extension (scripts/bench-notes.ts): the notes page with
 *     10,000 notes (open, search, tag filter) and the longest task of a page with 1,000 notes on it; and the
 *     library of what was said (scripts/bench-library.ts): the look-up of "seen elsewhere" with 50,000 quotations
 *     stored (target ≤ 50 ms), and a search of the Quotes tab.
 *  5. Footprint: gzip sizes of the built content script, popup and background for Chrome and Firefox (build first).
 * The last line printed is one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from './parse-page';
import { Readability } from '@mozilla/readability';
import { extractionBenchmarkPages, readabilityPages, seedPages } from './corpus';
import { readPage } from './read-page';
import { footprintOf, type Footprint } from './footprint';
import { benchmarkInBrowser } from './bench-browser';
import { benchmarkNotes, type NotesBench } from './bench-notes';
import { benchmarkLibrary, printLibrary } from './bench-library';
import { importBundled } from './bundle';

/** Glossa's engine as the extension ships it: bundled, not as tsx runs the source (see ./bundle). */
const { analyzePage, ArticleBody, languageOf, inferredOutline, decideArticle, readPage: readDocument, findQuotes, summarize } =
  await importBundled<typeof import('./bench-engine')>(`export * from './scripts/bench-engine';`);

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus');
const seed = resolve(root, '../shared/seed');
const WARM_UP = 2;
const RUNS = 9;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One run of `task`, in milliseconds. */
function timeOnce(task: () => void): number {
  const started = performance.now();
  task();
  return performance.now() - started;
}

/** The times of `RUNS` runs of `task` after `WARM_UP` unmeasured ones, in milliseconds. */
function runTimes(task: () => void): number[] {
  for (let i = 0; i < WARM_UP; i++) task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(timeOnce(task));
  return times;
}

/** Median time of `RUNS` runs of `task` after `WARM_UP` unmeasured ones, in milliseconds. */
const time = (task: () => void): number => median(runTimes(task));

interface PageTimes {
  pages: number;
  files: string[];
  glossa: number[];
  readability: number[];
  ratios: number[];
  /** Per page, each engine's one run in the warm-up pass (see `benchmarkPages`): Glossa's time over Readability's. */
  firstRunRatios: number[];
  /** Per page, Glossa's fastest run over Readability's: the ratio with the least of the machine's noise in it. */
  fastestRunRatios: number[];
  /** Per page, the time of each stage of the analysis (see `stageTimes`). */
  stages: Record<Stage, number>[];
}

const STAGES = ['read page', 'language', 'decide', 'segment words', 'quotes and speakers', 'summary', 'inferred outline'] as const;
type Stage = (typeof STAGES)[number];

/** Where the time of one page's analysis goes: each stage timed on its own, in the order the analysis runs them.
 *  The last four are the text stages the extension runs in its background; the inferred outline only runs for an
 *  article without headings (0 otherwise). */
function stageTimes(doc: Document): Record<Stage, number> {
  const reading = readDocument(doc);
  const language = languageOf(reading.languageSample, reading.metadata.markupLang);
  const decision = decideArticle(doc, reading, language);
  const { article } = decision;
  const { table } = language;
  article.segmented(table.code);
  const { quotes, speakers } = findQuotes(article, table);
  const isArticle = decision.isArticle;
  return {
    'read page': time(() => readDocument(doc)),
    language: time(() => languageOf(reading.languageSample, reading.metadata.markupLang)),
    decide: time(() => decideArticle(doc, reading, language)),
    'segment words': isArticle ? time(() => new ArticleBody(article.text, article.paragraphs).segmented(table.code)) : 0,
    'quotes and speakers': isArticle ? time(() => findQuotes(article, table)) : 0,
    summary: isArticle ? time(() => summarize(article, table, speakers, quotes)) : 0,
    'inferred outline': isArticle && !decision.headings.entries.length ? time(() => inferredOutline(article, table)) : 0,
  };
}

async function parsePage(file: string): Promise<Document> {
  return parseDocument(await readPage(file));
}

async function benchmarkPages(): Promise<PageTimes> {
  const files = [...readabilityPages(), ...extractionBenchmarkPages(), ...seedPages()].map((page) => page.file);

  // A warm-up pass: each engine runs once on every page before any page is timed, so that no page is timed while
  // V8 is still compiling and optimizing the engines' code (Glossa has several times Readability's code). The
  // pass's own times are reported too, as first-run figures.
  const firstRunRatios: number[] = [];
  for (const file of files) {
    const doc = await parsePage(file);
    const g = timeOnce(() => analyzePage(doc));
    firstRunRatios.push(g / timeOnce(() => new Readability(doc.cloneNode(true) as Document).parse()));
  }

  const glossa: number[] = [];
  const readability: number[] = [];
  const ratios: number[] = [];
  const fastestRunRatios: number[] = [];
  const stages: Record<Stage, number>[] = [];
  for (const file of files) {
    const doc = await parsePage(file);
    // Each one's runs in a row: runs taking turns would have Glossa's collect the garbage of Readability's copy of
    // the page, and make Glossa look slower than it is.
    const glossaRuns = runTimes(() => analyzePage(doc));
    const readabilityRuns = runTimes(() => new Readability(doc.cloneNode(true) as Document).parse());
    const g = median(glossaRuns);
    const r = median(readabilityRuns);
    fastestRunRatios.push(Math.min(...glossaRuns) / Math.min(...readabilityRuns));
    glossa.push(g);
    readability.push(r);
    ratios.push(g / r);
  }
  // The stages in a pass of their own: timing each stage in a loop of its own leaves V8's view of the code, and
  // garbage, that the next page's full analysis would otherwise be timed with.
  for (const file of files) stages.push(stageTimes(await parsePage(file)));
  return { pages: files.length, files, glossa, readability, ratios, firstRunRatios, fastestRunRatios, stages };
}

/** Glossa's time on the seed with its article body repeated `factor` times. */
function scaledSeed(factor: number): number {
  const html = readFileSync(join(seed, 'with-headings', 'page.html'), 'utf8');
  const body = /<div class="article__body"[^>]*>([\s\S]*?)<\/div>\s*<footer/.exec(html);
  if (!body) throw new Error('the seed has no article__body to repeat');
  const scaled = html.replace(body[1], body[1].repeat(factor));
  const document = parseDocument(scaled);
  return time(() => analyzePage(document));
}

/** Least-squares slope of log(time) against log(size). */
function exponent(points: { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** Gzip sizes in KB of each part of both builds; null for a build not made. */
function footprint(): Record<string, Footprint | null> {
  return Object.fromEntries(BUILDS.map((build) => [build, footprintOf(join(root, '.output', build))]));
}

/** Each stage's share of the time over all pages, and the stages of the slowest page. */
function printStages({ stages, glossa, files }: PageTimes): void {
  const total = (stage: Stage) => stages.reduce((sum, page) => sum + page[stage], 0);
  const all = STAGES.reduce((sum, stage) => sum + total(stage), 0);
  console.log('  where the time goes, over all pages (each stage timed alone; the last four run in the background in the extension):');
  for (const stage of STAGES) console.log(`    ${stage.padEnd(20)} ${String(round(total(stage), 1)).padStart(8)} ms  ${String(round((100 * total(stage)) / all, 1)).padStart(5)} %`);
  const slowest = glossa.indexOf(Math.max(...glossa));
  console.log(`  the slowest page, ${files[slowest].replace(`${corpus}/`, '')}: ` + STAGES.map((stage) => `${stage} ${round(stages[slowest][stage], 1)}`).join(', ') + ' (ms)');
}

const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
const kb = (bytes: number) => round(bytes / 1024, 1);

async function main(): Promise<void> {
  const hasCorpus = existsSync(corpus) && existsSync(seed);
  if (!hasCorpus) console.log(`bench: ${resolve(root, '../shared')} is absent: no corpus pages or seed to measure on.`);

  const pages: PageTimes = hasCorpus
    ? await benchmarkPages()
    : { pages: 0, files: [], glossa: [], readability: [], ratios: [], firstRunRatios: [], fastestRunRatios: [], stages: [] };
  if (pages.pages) {
    console.log(`\nNode, linkedom, ${pages.pages} pages (median of ${RUNS} runs each after a warm-up pass over all pages and ${WARM_UP} warm-up runs)`);
    console.log(`  Glossa full analysis     median ${round(median(pages.glossa))} ms   p95 ${round(percentile(pages.glossa, 0.95))} ms`);
    console.log(`  Readability parse()      median ${round(median(pages.readability))} ms   p95 ${round(percentile(pages.readability, 0.95))} ms`);
    console.log(`  Glossa / Readability     median ratio ${round(median(pages.ratios))}   p95 ratio ${round(percentile(pages.ratios, 0.95))}`);
    console.log(
      `  in the warm-up pass (one run each, in the corpus's order, code still being optimized): median ratio ` +
        `${round(median(pages.firstRunRatios))}   p95 ratio ${round(percentile(pages.firstRunRatios, 0.95))}`,
    );
    console.log(
      `  each engine's fastest of its ${RUNS} runs (the least noise from this machine): median ratio ` +
        `${round(median(pages.fastestRunRatios))}   p95 ratio ${round(percentile(pages.fastestRunRatios, 0.95))}`,
    );
    // The pages at or above the p95 ratio, the last of them the p95 itself: the ones a speed-up must reach to move it.
    const atOrAboveP95 = pages.ratios.length - Math.ceil(0.95 * pages.ratios.length) + 1;
    const worst = pages.ratios.map((ratio, i) => ({ ratio, i })).sort((a, b) => b.ratio - a.ratio).slice(0, atOrAboveP95);
    console.log(`  highest ratios (the ${atOrAboveP95} at or above the p95):`);
    for (const { ratio, i } of worst) {
      console.log(`    ${round(ratio)}×  ${round(pages.glossa[i])} ms vs ${round(pages.readability[i])} ms  ${pages.files[i].replace(`${corpus}/`, '')}`);
    }
    printStages(pages);
  }

  const scaling = hasCorpus ? [1, 4, 16, 64].map((size) => ({ size, ms: scaledSeed(size) })) : [];
  if (scaling.length) {
    console.log('\nScaling: the seed article body repeated');
    for (const p of scaling) console.log(`  ${String(p.size).padStart(2)}×   ${round(p.ms)} ms`);
    console.log(`  fitted exponent of time against size: ${round(exponent(scaling))}`);
  }

  console.log('');
  const browser = await benchmarkInBrowser();
  const notes: NotesBench | null = existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json')) ? await benchmarkNotes() : null;
  if (!notes) console.log('\nNotes at scale: the extension is not built (run npm run build first): not measured.');
  const library = await benchmarkLibrary();
  printLibrary(library);

  const sizes = footprint();
  console.log('\nFootprint (gzip -9, KB; an extension page counts every script and stylesheet it loads)');
  for (const [build, parts] of Object.entries(sizes)) {
    if (!parts) console.log(`  ${build}: not built (run npm run build first)`);
    else for (const [part, bytes] of Object.entries(parts)) console.log(`  ${build} ${part.padEnd(14)} ${kb(bytes)}`);
  }
  const chrome = sizes['chrome-mv3'];

  console.log(
    JSON.stringify({
      pages: pages.pages,
      glossaMedianMs: pages.pages ? round(median(pages.glossa)) : null,
      readabilityMedianMs: pages.pages ? round(median(pages.readability)) : null,
      medianRatio: pages.pages ? round(median(pages.ratios)) : null,
      p95Ratio: pages.pages ? round(percentile(pages.ratios, 0.95)) : null,
      scalingExponent: scaling.length ? round(exponent(scaling)) : null,
      chromiumLongestTaskMs: browser.chromiumLongestTaskMs,
      notesPageOpenMs: notes ? Math.round(notes.notesPage.allReadMs) : null,
      notesPageSearchMs: notes ? Math.round(notes.notesPage.searchMs) : null,
      notesPageFilterMs: notes ? Math.round(notes.notesPage.filterMs) : null,
      notesOnPageLongestTaskMs: notes ? notes.notesOnPage.longestTaskMs : null,
      librarySeenElsewhereMedianMs: library?.seenElsewhereMedianMs ?? null,
      librarySeenElsewhereP95Ms: library?.seenElsewhereP95Ms ?? null,
      contentScriptGzipKB: chrome ? kb(chrome.contentScript) : null,
      popupGzipKB: chrome ? kb(chrome.popup) : null,
    }),
  );
}

main();
