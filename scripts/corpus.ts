/** The HTML pages of ../shared that the evaluation and the benchmarks run on: the seed and both page corpora. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');

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
