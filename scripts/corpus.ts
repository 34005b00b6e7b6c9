/** The HTML pages of ../shared that the evaluation, the goldens and the benchmarks run on, by corpus. */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const besideTheCheckout = resolve(import.meta.dirname, '../../shared');
/** ../shared, through any symbolic link: the scorers run their main only when started by their real path. */
export const SHARED_DIR = existsSync(besideTheCheckout) ? realpathSync(besideTheCheckout) : besideTheCheckout;

export interface CorpusPage {
  /** `seed/with-headings`, `readability/yahoo-2`, `extraction-benchmark/ef4e67b6`. */
  name: string;
  /** An .html or .html.gz file (read it with read-page.ts). */
  file: string;
}

export function seedPages(shared = SHARED_DIR): CorpusPage[] {
  return ['with-headings', 'no-headings']
    .map((variant) => ({ name: `seed/${variant}`, file: join(shared, 'seed', variant, 'page.html') }))
    .filter((page) => existsSync(page.file));
}

/** Mozilla Readability's test pages. */
export function readabilityPages(shared = SHARED_DIR): CorpusPage[] {
  const dir = join(shared, 'corpus', 'readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((d) => ({ name: `readability/${d}`, file: join(dir, d, 'source.html') }))
    .filter((page) => existsSync(page.file));
}

/** The article-extraction benchmark's 181 pages. */
export function extractionBenchmarkPages(shared = SHARED_DIR): CorpusPage[] {
  const dir = join(shared, 'corpus', 'article-extraction-benchmark', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => ({ name: `extraction-benchmark/${basename(f).slice(0, 8)}`, file: join(dir, f) }));
}

/** The development half of trafilatura's evaluation set (490 real pages), named by their files. */
export function trafilaturaPages(shared = SHARED_DIR): CorpusPage[] {
  const tests = join(shared, 'corpus', 'trafilatura-eval', 'tests');
  const evalData = join(tests, 'evaldata.json');
  if (!existsSync(evalData)) return [];
  const items: Record<string, { file: string }> = JSON.parse(readFileSync(evalData, 'utf8'));
  return Object.values(items)
    .map(({ file }) => ({ name: `trafilatura/${file.replace(/\.html$/, '')}`, file: ['cache', 'eval'].map((d) => join(tests, d, file)).find(existsSync) ?? '' }))
    .filter((page) => page.file)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** German Wikinews articles with their quotations (the train split). */
export function deWikinewsPages(shared = SHARED_DIR): CorpusPage[] {
  const dir = join(shared, 'corpus', 'quotes', 'de-wikinews', 'train');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((id) => ({ name: `de-wikinews/${id}`, file: join(dir, id, 'page.html') }))
    .filter((page) => existsSync(page.file));
}
