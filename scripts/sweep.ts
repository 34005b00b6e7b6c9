/**
 * `npm run sweep`: the built extension in real Chromium and Firefox ESR over the corpus pages of ../shared
 * (Readability's test pages, the extraction benchmark's 181, trafilatura's development half), served from 127.0.0.1
 * one page at a time. A measurement, not a test. Per page and in summary it prints what a reader would meet:
 * - errors from the extension (its content script, service worker or background page, its pages);
 * - its article decision and quotations against the command line's (`npm run analyze`, run beside it), and its
 *   highlights against its own quotations;
 * - the time from the start of the navigation until the overlay joins the page;
 * - the longest main-thread task that ran the extension's code (scripts/sweep-browsers.ts says how each browser
 *   tells it);
 * - the lines of article text (the boxes of the article's paragraphs' lines) under the panel when it opened by
 *   itself, and under its folded toggle: where the page opens, and any that scroll under it.
 * The last line is one JSON object. Exits 1 when a target is broken (scripts/sweep-report.ts).
 *
 *   npm run sweep -- [--browser chromium|firefox] [--corpus readability|benchmark|trafilatura]... [--match TEXT]...
 *                    [--every N] [--quiet]
 * --every N takes every Nth page of each corpus; --match keeps the pages whose name holds the text; --quiet prints
 * only the pages with something to say. Build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Analysis } from '../lib/types';
import { bundle } from './bundle';
import { extractionBenchmarkPages, readabilityPages, trafilaturaPages, type CorpusPage } from './corpus';
import { readPage } from './read-page';
import { comparePage, pageLine, printSummary, summarize, type BrowserSummary, type PageResult } from './sweep-report';
import { sweepChromium, sweepFirefox, type BrowserName, type SweepBrowser } from './sweep-browsers';
import { SWEEP_GLOBAL } from './sweep-page';
import { visitPage } from './sweep-visit';

const root = resolve(import.meta.dirname, '..');
const BUILDS: Record<BrowserName, string> = { chromium: join(root, '.output', 'chrome-mv3'), firefox: join(root, '.output', 'firefox-mv2') };
const LAUNCHERS: Record<BrowserName, (build: string) => Promise<SweepBrowser>> = { chromium: sweepChromium, firefox: sweepFirefox };
const CORPORA: Record<string, () => CorpusPage[]> = {
  readability: readabilityPages,
  benchmark: extractionBenchmarkPages,
  trafilatura: trafilaturaPages,
};
/** A browser is started afresh after this many pages, so that one page's leftovers cannot pile up. */
const PAGES_PER_LAUNCH = 100;
/** A page's failure that says the browser itself is gone (crashed, or killed for memory): the next page gets a new
 *  one, instead of every page after it failing the same way. */
const BROWSER_GONE = /has been closed|disconnected|Target closed/i;

interface Options {
  browsers: BrowserName[];
  corpora: string[];
  match: string[];
  every: number;
  quiet: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { browsers: [], corpora: [], match: [], every: 1, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const value = () => args[++i] ?? '';
    const arg = args[i];
    if (arg === '--browser') options.browsers.push(value() as BrowserName);
    else if (arg === '--corpus') options.corpora.push(value());
    else if (arg === '--match') options.match.push(value());
    else if (arg === '--every') options.every = Math.max(1, Number(value()) || 1);
    else if (arg === '--quiet') options.quiet = true;
    else throw new Error(`sweep: unknown argument ${arg} (see the top of scripts/sweep.ts)`);
  }
  if (!options.browsers.length) options.browsers = ['chromium', 'firefox'];
  if (!options.corpora.length) options.corpora = Object.keys(CORPORA);
  for (const b of options.browsers) if (!(b in BUILDS)) throw new Error(`sweep: no browser ${b}`);
  for (const c of options.corpora) if (!(c in CORPORA)) throw new Error(`sweep: no corpus ${c} (${Object.keys(CORPORA).join(', ')})`);
  return options;
}

function selectPages({ corpora, match, every }: Options): CorpusPage[] {
  return corpora.flatMap((corpus) =>
    CORPORA[corpus]()
      .filter((page) => !match.length || match.some((text) => page.name.includes(text)))
      .filter((_, index) => index % every === 0),
  );
}

/** Serves each page, decoded, as UTF-8 at /N.html on 127.0.0.1; anything else is a 404 (the pages' own styles,
 *  scripts and images among them, as the command line has none of them either). */
async function servePages(pages: CorpusPage[]): Promise<{ url(index: number): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const index = Number(/^\/(\d+)\.html$/.exec(req.url ?? '')?.[1] ?? NaN);
    const page = pages[index];
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    readPage(page.file).then(
      (html) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((listening, failed) => server.once('error', failed).listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (index) => `${origin}/${index}.html`,
    close: () => new Promise<void>((closed) => (server.closeAllConnections(), server.close(() => closed()))),
  };
}

/** The command line's analysis of every page (`npm run analyze`), in a process of its own, each as it comes. */
function analyzeOnTheCommandLine(pages: CorpusPage[]): Promise<Analysis | null>[] {
  const results = pages.map(() => {
    let resolve: (analysis: Analysis | null) => void = () => {};
    const promise = new Promise<Analysis | null>((done) => (resolve = done));
    return { promise, resolve };
  });
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'analyze.ts'), ...pages.map((p) => p.file)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let next = 0;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const parsed = JSON.parse(line) as Analysis & { error?: string };
    results[next++]?.resolve(parsed.error ? null : parsed);
  });
  child.on('close', () => results.slice(next).forEach((r) => r.resolve(null)));
  return results.map((r) => r.promise);
}

async function sweepBrowser(
  name: BrowserName,
  build: string,
  pages: CorpusPage[],
  urls: (index: number) => string,
  cli: Promise<Analysis | null>[],
  { script, quiet }: { script: string; quiet: boolean },
): Promise<BrowserSummary> {
  const results: PageResult[] = [];
  let browser: SweepBrowser | null = null;
  let browserGone = false;
  try {
    for (const [index, page] of pages.entries()) {
      if (index % PAGES_PER_LAUNCH === 0 || browserGone) {
        await browser?.close().catch(() => undefined);
        browser = await LAUNCHERS[name](build);
      }
      const visit = await visitPage(browser!, page.name, urls(index), script);
      const result = comparePage(visit, await cli[index]);
      results.push(result);
      browserGone = BROWSER_GONE.test(result.failure ?? '');
      const noteworthy = result.failure || result.errors.length || result.difference || result.highlightsDiffer ||
        result.panelCovers?.atRest || result.toggleCovers?.atRest;
      if (!quiet || noteworthy) console.log(pageLine(name, result));
    }
  } finally {
    await browser?.close();
  }
  const summary = summarize(name, results);
  printSummary(summary);
  return summary;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  for (const name of options.browsers) {
    if (!existsSync(join(BUILDS[name], 'manifest.json'))) throw new Error(`sweep: no build at ${BUILDS[name]}: run npm run build`);
  }
  const pages = selectPages(options);
  if (!pages.length) throw new Error(`sweep: no pages (is ../shared beside the checkout?)`);
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`sweep: ${pages.length} pages of ${options.corpora.join(', ')} in ${options.browsers.join(' and ')}; ${availableParallelism()} CPUs, load average ${load()}`);
  const script = `${await bundle(`export * from './scripts/sweep-page';`, { globalName: SWEEP_GLOBAL })}\n;globalThis.${SWEEP_GLOBAL} = ${SWEEP_GLOBAL};`;
  const cli = analyzeOnTheCommandLine(pages);
  const server = await servePages(pages);
  // The builds as they are now: a build made while the sweep runs does not change what it measures.
  const staged = mkdtempSync(join(tmpdir(), 'glossa-sweep-'));
  const summaries: BrowserSummary[] = [];
  try {
    for (const name of options.browsers) cpSync(BUILDS[name], join(staged, name), { recursive: true });
    for (const name of options.browsers) {
      summaries.push(await sweepBrowser(name, join(staged, name), pages, server.url, cli, { script, quiet: options.quiet }));
    }
  } finally {
    await server.close();
    rmSync(staged, { recursive: true, force: true });
  }
  console.log(`\nload average at the end: ${load()}`);
  const sweep = { pages: pages.length, corpora: options.corpora, every: options.every, match: options.match, cpus: availableParallelism(), loadAverage: loadavg() };
  console.log(JSON.stringify({ sweep, browsers: summaries }));
  if (summaries.some((s) => s.broken.length)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
