/**
 * The library of what was said, timed in real Chromium (part of `npm run bench`): utils/library-store.ts, bundled as
 * the extension ships it, on the IndexedDB of a page served from 127.0.0.1, filled with 50,000 made-up quotations
 * (scripts/library-bench-page.ts says how they are made); then, RUNS times, the look-up of "seen elsewhere" for an
 * article of ten quotations and one search of the Quotes tab by a word and a speaker. The target is at most
 * `TARGET_MS` for the look-up. In the extension the store lives in the background (service worker or background
 * page), on the same IndexedDB.
 * Alone: `npx tsx scripts/bench-library.ts`.
 */
import { pathToFileURL } from 'node:url';
import { servePages } from './bench-browser';
import { bundle } from './bundle';
import { launchChromium } from './chromium';

const LIBRARY_GLOBAL = '__glossaBenchLibrary';
const QUOTATIONS = 50_000;
const WARM_UP = 3;
const RUNS = 21;
export const TARGET_MS = 50;

type PageModule = typeof import('./library-bench-page');

export interface LibraryBench {
  quotations: number;
  fillMs: number;
  seenElsewhereMedianMs: number;
  seenElsewhereP95Ms: number;
  searchMedianMs: number;
  /** Of the three quotations each look-up asks about that the library holds, how many it found (all runs). */
  foundShare: number;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const round = (x: number) => Math.round(x * 10) / 10;

export async function benchmarkLibrary(): Promise<LibraryBench | null> {
  const server = await servePages([{ name: 'library', html: '<!doctype html><title>library</title>' }]);
  const browser = await launchChromium().catch((error: Error) => (console.log(`library: Chromium did not start (${error.message})`), null));
  if (!browser) return server.close().then(() => null);
  try {
    const page = await browser.context.newPage();
    await page.goto(server.pages[0].url);
    await page.addScriptTag({ content: await bundle(`export * from './scripts/library-bench-page';`, { globalName: LIBRARY_GLOBAL }) });
    const call = <K extends 'fill' | 'lookUp'>(name: K, arg: number) =>
      page.evaluate(([global, fn, value]) => (window as unknown as Record<string, Record<string, (arg: number) => unknown>>)[global][fn](value), [LIBRARY_GLOBAL, name, arg] as const) as ReturnType<PageModule[K]>;
    const filled = await call('fill', QUOTATIONS);
    for (let i = 0; i < WARM_UP; i++) await call('lookUp', RUNS + i);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await call('lookUp', i));
    const seen = runs.map((run) => run.seenElsewhereMs);
    return {
      quotations: filled.count,
      fillMs: round(filled.ms),
      seenElsewhereMedianMs: round(at(seen, 0.5)),
      seenElsewhereP95Ms: round(at(seen, 0.95)),
      searchMedianMs: round(at(runs.map((run) => run.searchMs), 0.5)),
      foundShare: runs.reduce((sum, run) => sum + run.found, 0) / (3 * RUNS),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printLibrary(bench: LibraryBench | null): void {
  if (!bench) return;
  console.log(`\nThe library of what was said, in Chromium's IndexedDB, ${bench.quotations.toLocaleString('en')} quotations stored (in ${round(bench.fillMs / 1000)} s)`);
  console.log(`  "seen elsewhere" for an article of 10 quotations   median ${bench.seenElsewhereMedianMs} ms   p95 ${bench.seenElsewhereP95Ms} ms   (target ≤ ${TARGET_MS} ms)`);
  console.log(`  the quotations it holds found                       ${Math.round(bench.foundShare * 100)} %`);
  console.log(`  a search by a word and a speaker                    median ${bench.searchMedianMs} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) printLibrary(await benchmarkLibrary());
