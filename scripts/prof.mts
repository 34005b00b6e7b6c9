import { parseHTML } from 'linkedom';
import { readFileSync } from 'fs';
import { analyzeDocument } from '/work/main/lib/analyze';
const { document } = parseHTML(readFileSync(process.argv[2], 'utf8'));
const t = performance.now();
const a = analyzeDocument(document as any);
console.log((performance.now() - t).toFixed(0), 'ms', a.quotes.length, a.speakers.length);
