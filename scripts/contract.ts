/**
 * The frame of every program behind the analysis contract (README): each argument, a file or an http(s) URL, is
 * read, parsed as a browser parses it (parse-page.ts) and handed to `analyze`; one JSON line per input is printed in
 * input order, an input that cannot be read or is not HTML gets {"source", "error"}, and the exit code is 1 when any
 * input failed.
 */
import { parseDocument } from './parse-page';
import { readPage } from './read-page';

export type AnalyzeInput = (document: Document, source: string) => Record<string, unknown>;

async function contractLine(source: string, analyze: AnalyzeInput): Promise<Record<string, unknown>> {
  try {
    return { source, ...analyze(parseDocument(await readPage(source)), source) };
  } catch (error) {
    return { source, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function contractCommand(name: string, args: string[], analyze: AnalyzeInput): Promise<number> {
  if (!args.length || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`usage: ${name} PAGE.html [PAGE.html.gz] [https://…] …\n`);
    return args.length ? 0 : 2;
  }
  let failed = 0;
  for (const source of args) {
    const line = await contractLine(source, analyze);
    if ('error' in line) failed++;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  return failed ? 1 : 0;
}

/** Runs `contractCommand` as a script's main, setting the process's exit code. */
export function runContractCommand(name: string, analyze: AnalyzeInput): void {
  contractCommand(name, process.argv.slice(2), analyze).then((code) => {
    process.exitCode = code;
  });
}
