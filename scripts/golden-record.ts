/**
 * The analysis command (scripts/analyze.ts) that also appends, for every page it analyses, the page's golden
 * record (scripts/golden-format.ts) as a JSON line {"source", "page"} to the file named by GLOSSA_GOLDEN_RECORD.
 * `npm run golden` runs the scorers of ../shared with it to get the analysis of the pages they generate.
 */
import { appendFileSync } from 'node:fs';
import { analyzePage } from '../lib/analyze';
import { runContractCommand } from './contract';
import { goldenPage } from './golden-format';

const recordFile = process.env.GLOSSA_GOLDEN_RECORD;
if (!recordFile) throw new Error('golden-record: set GLOSSA_GOLDEN_RECORD to the file to append records to');

runContractCommand('tsx scripts/golden-record.ts', (document, source) => {
  const analysis = analyzePage(document).analysis;
  appendFileSync(recordFile, JSON.stringify({ source, page: goldenPage(analysis) }) + '\n');
  return { ...analysis };
});
