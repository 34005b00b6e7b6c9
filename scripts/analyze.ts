/**
 * The analysis command line: `npm run analyze -- PATH_OR_URL...` prints one JSON object per input, one per line,
 * in input order (the contract in README.md). Inputs: .html and .html.gz files, http(s) URLs. An input that cannot
 * be read or is not HTML gets {"source", "error"} and the command exits 1 after printing every line.
 */
import { analyzePage } from '../lib/analyze';
import { runContractCommand } from './contract';

runContractCommand('npm run analyze --', (document) => {
  const started = performance.now();
  const analysis = analyzePage(document).analysis;
  return { ...analysis, ms: Math.round((performance.now() - started) * 10) / 10 };
});
