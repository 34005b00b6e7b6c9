/**
 * `npm run golden`: the engine's output on every corpus page of ../shared, compared with the golden outputs
 * committed in tests/golden/ (one file per corpus, see scripts/golden-format.ts). Prints a readable diff per page
 * and exits 1 on any difference; `npm run golden -- --update` rewrites the files instead. Corpus names given as
 * arguments limit the run to those corpora. Without ../shared it says loudly that nothing was compared.
 *
 * Pages that are files (the seed, Readability's, the benchmark's, trafilatura's, German Wikinews) are analysed in
 * this process; pages that a scorer writes from its data (PolNeAR, the summary sets) are analysed by running that
 * scorer with scripts/golden-record.ts as its command, so that they are exactly the pages the evaluation scores.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { analyzePage } from '../lib/analyze';
import {
  deWikinewsPages,
  extractionBenchmarkPages,
  readabilityPages,
  seedPages,
  SHARED_DIR,
  trafilaturaPages,
  type CorpusPage,
} from './corpus';
import { corpusChanges, goldenPage, serializeCorpus, type GoldenCorpus } from './golden-format';
import { parseDocument } from './parse-page';
import { readPage } from './read-page';

const root = resolve(import.meta.dirname, '..');
const GOLDEN_DIR = join(root, 'tests', 'golden');
const TSX = join(root, 'node_modules', '.bin', 'tsx');

interface FileCorpus {
  name: string;
  pages: () => CorpusPage[];
}

interface ScorerCorpus {
  name: string;
  scorer: string;
  args: string[];
}

const FILE_CORPORA: FileCorpus[] = [
  { name: 'seed', pages: seedPages },
  { name: 'readability', pages: readabilityPages },
  { name: 'extraction-benchmark', pages: extractionBenchmarkPages },
  { name: 'trafilatura-dev', pages: trafilaturaPages },
  { name: 'de-wikinews-train', pages: deWikinewsPages },
];

const SCORER_CORPORA: ScorerCorpus[] = [
  ...['train', 'dev', 'test'].map((split) => ({ name: `polnear-${split}`, scorer: 'quotes-polnear.mjs', args: ['--split', split] })),
  { name: 'summaries', scorer: 'summaries.mjs', args: [] },
];

async function analyzeFiles(pages: CorpusPage[]): Promise<GoldenCorpus> {
  const corpus: GoldenCorpus = {};
  for (const page of pages) {
    const document = parseDocument(await readPage(page.file));
    corpus[page.name.slice(page.name.indexOf('/') + 1)] = goldenPage(analyzePage(document).analysis);
  }
  return corpus;
}

/** Runs a scorer over its generated pages with the recording command; resolves to the pages' golden records. */
function analyzeScorerPages({ name, scorer, args }: ScorerCorpus, work: string): Promise<GoldenCorpus> {
  const recordFile = join(work, `${name}.jsonl`);
  const command = [join(SHARED_DIR, 'eval', scorer), ...args, '--batch', '5000', '--', TSX, join(root, 'scripts', 'golden-record.ts')];
  const child = spawn(process.execPath, command, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, GLOSSA_GOLDEN_RECORD: recordFile },
  });
  return new Promise((resolvePages, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !existsSync(recordFile)) return reject(new Error(`golden: ${scorer} ${args.join(' ')} exited with ${code}`));
      const corpus: GoldenCorpus = {};
      for (const line of readFileSync(recordFile, 'utf8').split('\n')) {
        if (!line) continue;
        const { source, page } = JSON.parse(line);
        corpus[basename(source).replace(/\.html$/, '')] = page;
      }
      resolvePages(corpus);
    });
  });
}

const goldenFile = (name: string) => join(GOLDEN_DIR, `${name}.json`);

/** Compares (or, updating, writes) one corpus; returns the number of pages that differ. */
function checkCorpus(name: string, current: GoldenCorpus, update: boolean): number {
  const file = goldenFile(name);
  const committed: GoldenCorpus = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const { pages, report } = corpusChanges(committed, current);
  const total = Object.keys(current).length;
  if (update) {
    writeFileSync(file, serializeCorpus(current));
    console.log(`golden: ${name}: ${total} pages written, ${pages} changed`);
    return 0;
  }
  console.log(`golden: ${name}: ${total} pages, ${pages ? `${pages} DIFFER` : 'identical'}`);
  for (const line of report) console.log(line);
  return pages;
}

async function main(args: string[]): Promise<number> {
  if (!existsSync(join(SHARED_DIR, 'eval'))) {
    const banner = '#'.repeat(100);
    console.log(`${banner}\n# GOLDEN CHECK SKIPPED: ${SHARED_DIR} is absent, so no corpus page was analysed and nothing was compared.\n${banner}`);
    return 0;
  }
  const update = args.includes('--update');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const chosen = <T extends { name: string }>(corpora: T[]) => corpora.filter((c) => !wanted.length || wanted.includes(c.name));
  const work = mkdtempSync(join(tmpdir(), 'glossa-golden-'));
  try {
    // The scorers' pages are analysed in child processes while this one analyses the files.
    const scorerRuns = chosen(SCORER_CORPORA).map((corpus) =>
      analyzeScorerPages(corpus, work).then(
        (pages) => ({ name: corpus.name, pages }),
        (error: Error) => ({ name: corpus.name, error }),
      ),
    );
    let differing = 0;
    for (const corpus of chosen(FILE_CORPORA)) differing += checkCorpus(corpus.name, await analyzeFiles(corpus.pages()), update);
    for (const run of await Promise.all(scorerRuns)) {
      if ('error' in run) throw run.error;
      differing += checkCorpus(run.name, run.pages, update);
    }
    if (differing) console.log(`golden: ${differing} pages differ from tests/golden. If the change is meant, run \`npm run golden -- --update\` and commit the goldens with it.`);
    return differing ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
