/**
 * The analysis command line: `npm run analyze -- PATH_OR_URL...` prints one JSON object per input, one per line,
 * in input order (the contract in README.md). Inputs: .html and .html.gz files, http(s) URLs. An input that cannot
 * be read or is not HTML gets {"source", "error"} and the command exits 1 after printing every line.
 */
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/analyze';
import { readPage } from './read-page';

async function analyzeSource(source: string): Promise<Record<string, unknown>> {
  try {
    const html = await readPage(source);
    const { document } = parseHTML(html);
    const started = performance.now();
    const analysis = analyzeDocument(document as unknown as Document);
    return { source, ...analysis, ms: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { source, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(args: string[]): Promise<number> {
  if (!args.length || args.includes('--help') || args.includes('-h')) {
    process.stderr.write('usage: npm run analyze -- PAGE.html [PAGE.html.gz] [https://…] …\n');
    return args.length ? 0 : 2;
  }
  let failed = 0;
  for (const source of args) {
    const result = await analyzeSource(source);
    if ('error' in result) failed++;
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
