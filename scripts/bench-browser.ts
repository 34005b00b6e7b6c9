/**
 * The in-browser part of `npm run bench`: Glossa in real Chromium, offline, on the seed pages and on the five largest
 * pages of each corpus (../shared/corpus/readability and article-extraction-benchmark), served from 127.0.0.1.
 *  1. Speed, in a browser launched without the extension: Glossa's full analysis `analyzePage(document)` and
 *     `new Readability(document.cloneNode(true)).parse()`, each bundled by esbuild into a script injected into the
 *     loaded page; per page, the median of several runs after a warm-up, and their ratio.
 *  2. Jank, when the extension is built (.output/chrome-mv3): the longest task of the page's main thread from the
 *     start of the page's load until the content script has shown its overlay (and a second more), with the
 *     extension loaded and, for the same page and the same time, without it (the page's own parsing, layout and
 *     scripts make long tasks too). The tasks come from a Chromium trace (what DevTools' Performance panel shows); a
 *     task is the extension's when it compiled, evaluated or called content-script code. The Long Tasks API
 *     (a PerformanceObserver registered before the page's scripts) is reported beside it, but it cannot measure the
 *     extension: Chromium does not report to the page the tasks in which the content script handles a reply from
 *     the extension's background, and the analysis runs in such a task. The extension is not changed or
 *     instrumented; the trace is read in Node.
 * Alone: `npx tsx scripts/bench-browser.ts` prints the table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { errors, type BrowserContext } from 'playwright-core';
import { CHROMIUM, extensionOrigin, launchChromium, mainThreadTasks, type LaunchedChromium, type MainThreadTasks, type TraceEvent } from './chromium';
import { extractionBenchmarkPages, readabilityPages, seedPages } from './corpus';
import { readPage } from './read-page';
import { bundle } from './bundle';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus');
const seed = resolve(root, '../shared/seed');
const chromeBuild = resolve(root, '.output/chrome-mv3');

/** The host element the content script adds to the page when it shows its overlay. */
const OVERLAY_HOST = 'glossa-overlay';
/** The globals the injected bundles define, each `{ run() }`: one analysis of the page's `document`. */
const GLOSSA_GLOBAL = '__glossaBenchGlossa';
const READABILITY_GLOBAL = '__glossaBenchReadability';
/** Where the injected Long Tasks observer keeps the durations it sees. */
const LONG_TASKS_GLOBAL = '__glossaBenchLongTasks';

export interface BrowserBenchOptions {
  /** Unmeasured runs of each engine before the measured ones (default 1). */
  warmUp?: number;
  /** Measured runs of each engine per page; the median is reported (default 5). */
  runs?: number;
  /** How many of the largest pages of each corpus (default 5). */
  largest?: number;
  /** How long to wait for the overlay before taking the page for a non-article (default 10 s). */
  overlayTimeoutMs?: number;
  /** How long to go on watching for long tasks once the overlay is shown (default 1 s). */
  settleMs?: number;
}

export interface BrowserPageRow {
  /** `seed/with-headings`, `readability/yahoo-2`, `extraction-benchmark/ef4e67b6`. */
  page: string;
  /** Size of the page's HTML, decoded, in KB. */
  kb: number;
  /** Medians in ms; null when the page could not be measured (see `error`). */
  glossaMs: number | null;
  readabilityMs: number | null;
  /** glossaMs / readabilityMs. */
  ratio: number | null;
  /** Did the content script show its overlay (null: the extension was not measured)? */
  overlay: boolean | null;
  /** The longest main-thread task of the page's load, in ms, with the extension and without it (from a trace);
   *  null when not measured. */
  longestTaskWithExtensionMs: number | null;
  longestTaskWithoutExtensionMs: number | null;
  /** The longest of those tasks that ran the extension's code; 0 when none did; null when not measured. */
  extensionLongestTaskMs: number | null;
  /** The longest task the Long Tasks API reported to the page (what a site's own monitoring sees), with the
   *  extension and without it; 0 when none over 50 ms; null when not measured. It does not report the tasks in
   *  which the content script handles the extension's messages: see the top of this file. */
  longTaskApiWithExtensionMs: number | null;
  longTaskApiWithoutExtensionMs: number | null;
  /** What went wrong on this page, if anything. */
  error?: string;
}

export interface BrowserBench {
  pages: BrowserPageRow[];
  /** The longest task attributable to the extension over all the pages; null when it could not be measured. */
  chromiumLongestTaskMs: number | null;
}

interface BenchPage {
  name: string;
  /** The page's address on the local server. */
  url: string;
  kb: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

// ---------------------------------------------------------------------------------------------------------------
// The pages

/** The size in bytes of a page file, decompressed when it is gzipped. */
function pageBytes(file: string): number {
  return file.endsWith('.gz') ? gunzipSync(readFileSync(file)).length : readFileSync(file).length;
}

/** The `count` largest of `files`, each with the name it is shown under. */
function largestOf(files: { name: string; file: string }[], count: number) {
  return files
    .map((f) => ({ ...f, bytes: pageBytes(f.file) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** The seed pages and the largest pages of each corpus, decoded (gunzipped, in their declared charset). */
async function readPages(largest: number): Promise<{ name: string; html: string }[]> {
  const chosen = [...seedPages(), ...largestOf(readabilityPages(), largest), ...largestOf(extractionBenchmarkPages(), largest)];
  return Promise.all(chosen.map(async ({ name, file }) => ({ name, html: await readPage(file) })));
}

/**
 * Serves each page as UTF-8 at `/NAME.html` on 127.0.0.1 (a random free port); anything else is a 404, so the
 * pages' own requests for their scripts, styles and images fail fast and locally. (tests/e2e/server.ts does the
 * same for the tests, but it cannot be imported here: it uses `__dirname`, which vitest provides and tsx does not.)
 */
export async function servePages(pages: { name: string; html: string }[]): Promise<{ pages: BenchPage[]; close(): Promise<void> }> {
  const bodies = new Map(pages.map((p) => [`/${p.name}.html`, Buffer.from(p.html, 'utf8')]));
  const server = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/html; charset=utf-8' : 'text/plain', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((listening, failed) => server.once('error', failed).listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    pages: pages.map((p) => ({ name: p.name, url: `${origin}/${p.name}.html`, kb: Buffer.byteLength(p.html) / 1024 })),
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Glossa and Readability inside the page

/** Each engine as a browser script defining a global `{ run() }`, run() being one analysis of the page. */
async function bundleEngines(): Promise<{ glossa: string; readability: string }> {
  return {
    glossa: await bundle(
      `import { analyzePage } from './lib/analyze';
       export function run() { return analyzePage(document).analysis; }`,
      { globalName: GLOSSA_GLOBAL },
    ),
    readability: await bundle(
      `import { Readability } from '@mozilla/readability';
       export function run() { return new Readability(document.cloneNode(true) as Document).parse(); }`,
      { globalName: READABILITY_GLOBAL },
    ),
  };
}

/**
 * Runs in the page: `warmUp` unmeasured then `runs` measured calls of the engine at `window[global]`, returning
 * each measured time in ms. Playwright sends it as source text, so it may use nothing from this module, and it
 * defines no named function inside (tsx would wrap those in a `__name` helper that the page does not have).
 */
const timeEngineInPage = ({ global, warmUp, runs }: { global: string; warmUp: number; runs: number }) => {
  const engine = (window as unknown as Record<string, { run(): unknown }>)[global];
  for (let i = 0; i < warmUp; i++) engine.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    engine.run();
    times.push(performance.now() - started);
  }
  return times;
};

/** The median time of each engine on the page at `url`, in a browser without the extension. */
async function timeEngines(
  context: BrowserContext,
  url: string,
  bundles: { glossa: string; readability: string },
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<{ glossaMs: number; readabilityMs: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: bundles.glossa });
    await page.addScriptTag({ content: bundles.readability });
    const glossa = await page.evaluate(timeEngineInPage, { global: GLOSSA_GLOBAL, warmUp, runs });
    const readability = await page.evaluate(timeEngineInPage, { global: READABILITY_GLOBAL, warmUp, runs });
    return { glossaMs: median(glossa), readabilityMs: median(readability) };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The longest main-thread task, with and without the extension

/** Runs in the page before its own scripts: keeps the duration of every long task (> 50 ms) the page is told of. */
const recordLongTasks = (global: string) => {
  const durations: number[] = [];
  (window as unknown as Record<string, number[]>)[global] = durations;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

interface Watched {
  tasks: MainThreadTasks;
  /** The longest task reported to the page by the Long Tasks API, 0 when none over 50 ms. */
  longTaskApiMs: number;
  /** Did the overlay appear? */
  overlay: boolean;
  /** From the start of the navigation to the end of the watch. */
  elapsedMs: number;
}

/**
 * Opens `url` while recording a trace of the browser (its DevTools "Performance" categories) and watches the page:
 * until the overlay appears (or `overlayTimeoutMs` passes) and `settleMs` more when `until` is 'overlay'; for
 * `until` ms from the start of the navigation otherwise.
 */
async function watchPage(
  context: BrowserContext,
  url: string,
  until: 'overlay' | number,
  { overlayTimeoutMs, settleMs }: { overlayTimeoutMs: number; settleMs: number },
): Promise<Watched> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  try {
    await page.addInitScript(recordLongTasks, LONG_TASKS_GLOBAL);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let overlay = false;
    if (until === 'overlay') {
      overlay = await page.waitForSelector(OVERLAY_HOST, { state: 'attached', timeout: overlayTimeoutMs }).then(
        () => true,
        (error) => {
          if (error instanceof errors.TimeoutError) return false; // not taken for an article
          throw error;
        },
      );
      await page.waitForTimeout(settleMs);
    } else {
      await page.waitForTimeout(Math.max(settleMs, until - (Date.now() - started)));
    }
    const elapsedMs = Date.now() - started;
    const durations = await page.evaluate((global) => (window as unknown as Record<string, number[]>)[global], LONG_TASKS_GLOBAL);
    const traced = new Promise((complete) => cdp.once('Tracing.tracingComplete', complete));
    await cdp.send('Tracing.end');
    await traced;
    return { tasks: mainThreadTasks(events, url), longTaskApiMs: round(Math.max(0, ...durations), 1), overlay, elapsedMs };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run

/** Measures in Chromium and prints a table; see the top of this file. Never throws for one page's failure. */
export async function benchmarkInBrowser(options: BrowserBenchOptions = {}): Promise<BrowserBench> {
  const { warmUp = 1, runs = 5, largest = 5, overlayTimeoutMs = 10_000, settleMs = 1_000 } = options;
  const nothing: BrowserBench = { pages: [], chromiumLongestTaskMs: null };
  if (!existsSync(corpus) || !existsSync(seed)) {
    console.log(`bench (Chromium): ${resolve(root, '../shared')} is absent: no corpus pages or seed to measure on.`);
    return nothing;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`bench (Chromium): ${CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM_PATH): not measured.`);
    return nothing;
  }
  const built = existsSync(join(chromeBuild, 'manifest.json'));

  const bundles = await bundleEngines();
  const server = await servePages(await readPages(largest));
  let plain: LaunchedChromium | null = null;
  let withExtension: LaunchedChromium | null = null;
  const rows: BrowserPageRow[] = [];
  try {
    // Both browsers bypass pages' Content-Security-Policy: the engines' scripts must be injectable everywhere, and
    // the two browsers of the long-task comparison must treat the page alike.
    plain = await launchChromium({ bypassCSP: true });
    if (built) {
      withExtension = await launchChromium({ extension: chromeBuild, bypassCSP: true });
      await extensionOrigin(withExtension.context); // its service worker is up
      // One unmeasured page in each browser: the first page of a fresh profile pays one-off start-up costs.
      const first = server.pages[0].url;
      await watchPage(withExtension.context, first, 'overlay', { overlayTimeoutMs, settleMs: 0 });
      await watchPage(plain.context, first, 0, { overlayTimeoutMs, settleMs: 0 });
    }

    for (const page of server.pages) {
      const row: BrowserPageRow = {
        page: page.name,
        kb: round(page.kb, 0),
        glossaMs: null,
        readabilityMs: null,
        ratio: null,
        overlay: null,
        longestTaskWithExtensionMs: null,
        longestTaskWithoutExtensionMs: null,
        extensionLongestTaskMs: null,
        longTaskApiWithExtensionMs: null,
        longTaskApiWithoutExtensionMs: null,
      };
      rows.push(row);
      try {
        const { glossaMs, readabilityMs } = await timeEngines(plain.context, page.url, bundles, { warmUp, runs });
        Object.assign(row, { glossaMs: round(glossaMs), readabilityMs: round(readabilityMs), ratio: round(glossaMs / readabilityMs) });
        if (withExtension) {
          const loaded = await watchPage(withExtension.context, page.url, 'overlay', { overlayTimeoutMs, settleMs });
          // The same page for the same time without the extension: the page's own tasks.
          const alone = await watchPage(plain.context, page.url, loaded.elapsedMs, { overlayTimeoutMs, settleMs });
          Object.assign(row, {
            overlay: loaded.overlay,
            longestTaskWithExtensionMs: loaded.tasks.longestMs,
            longestTaskWithoutExtensionMs: alone.tasks.longestMs,
            extensionLongestTaskMs: loaded.tasks.extensionMs,
            longTaskApiWithExtensionMs: loaded.longTaskApiMs,
            longTaskApiWithoutExtensionMs: alone.longTaskApiMs,
          });
        }
      } catch (error) {
        row.error = messageOf(error);
      }
    }
  } finally {
    await Promise.allSettled([withExtension?.close(), plain?.close(), server.close()]);
  }

  const extensionTasks = rows.map((r) => r.extensionLongestTaskMs).filter((ms): ms is number => ms !== null);
  const result: BrowserBench = {
    pages: rows,
    chromiumLongestTaskMs: extensionTasks.length ? Math.max(...extensionTasks) : null,
  };
  printTable(result, { warmUp, runs, built });
  return result;
}

function printTable({ pages, chromiumLongestTaskMs }: BrowserBench, { warmUp, runs, built }: { warmUp: number; runs: number; built: boolean }) {
  const ms = (x: number | null) => (x === null ? 'n/a' : x === 0 ? '-' : String(x));
  const widths = [29, 5, 7, 8, 6, 7, 8, 8, 8, 8, 8];
  const line = (values: (string | number | null)[]) =>
    `  ${values.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v ?? 'n/a').padStart(widths[i]))).join(' ')}`;

  console.log(`\nChromium (${CHROMIUM}, headless), ${pages.length} pages served from 127.0.0.1`);
  console.log(`  Glossa: analyzePage(document); Readability: new Readability(document.cloneNode(true)).parse(); in the`);
  console.log(`  page, without the extension; ms, median of ${runs} runs after ${warmUp} warm-up.`);
  if (built) {
    console.log('  Longest main-thread task (ms) from the page load until the overlay shows (or 10 s) and 1 s more, from a');
    console.log("  trace: with the extension, without it, and the longest that ran the extension's code ('-': none).");
    console.log("  'API': the longest the Long Tasks API reported to the page ('-': none over 50 ms); it misses the content script's.");
  } else {
    console.log('  Longest tasks with the extension: not measured, .output/chrome-mv3 is not built (npm run build).');
  }
  console.log(line(['', '', '', '', '', '', 'longest', 'task', '', 'API', 'API']));
  console.log(line(['page', 'KB', 'Glossa', 'Readab.', 'ratio', 'overlay', 'with ext', 'without', 'its own', 'with ext', 'without']));
  for (const r of pages) {
    const overlay = r.overlay === null ? 'n/a' : r.overlay ? 'yes' : 'no';
    console.log(
      line([
        r.page, r.kb, r.glossaMs, r.readabilityMs, r.ratio, overlay,
        ms(r.longestTaskWithExtensionMs), ms(r.longestTaskWithoutExtensionMs), ms(r.extensionLongestTaskMs),
        ms(r.longTaskApiWithExtensionMs), ms(r.longTaskApiWithoutExtensionMs),
      ]) + (r.error ? `   error: ${r.error}` : ''),
    );
  }
  const measured = pages.filter((r) => r.ratio !== null);
  if (measured.length) {
    const medianOf = (pick: (r: BrowserPageRow) => number | null) => round(median(measured.map((r) => pick(r)!)));
    console.log(`  median: Glossa ${medianOf((r) => r.glossaMs)} ms, Readability ${medianOf((r) => r.readabilityMs)} ms, ratio ${medianOf((r) => r.ratio)}`);
  }
  const longest = chromiumLongestTaskMs === null ? 'not measured' : chromiumLongestTaskMs === 0 ? 'none' : `${chromiumLongestTaskMs} ms`;
  console.log(`  the extension's longest main-thread task over all pages: ${longest}`);
}

// `npx tsx scripts/bench-browser.ts`
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  benchmarkInBrowser().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
