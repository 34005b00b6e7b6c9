/**
 * The torture set (issue 7): generated pages built to break an engine — extreme sizes and depths, pathological
 * quotation marks, bidi and invisible characters, documents that are not HTML pages at all — and the run that
 * puts each through the analysis command's path (decode, parse as a browser does (parse-page.ts), analyse) and counts what happened.
 * Used by tests/torture.test.ts and `npm run eval`.
 */
import { parseDocument } from './parse-page';
import { analyzePage } from '../lib/analyze';
import type { Analysis } from '../lib/types';
import { decodePage } from './read-page';

export interface TorturePage {
  name: string;
  /** The bytes as a server or a file would give them. */
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const page = (body: string, head = '<title>Torture</title>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const sentence = 'The council said the bridge would stay open until the new one is ready, according to the mayor. ';

/** A deterministic generator of bytes that are not text (seeded, so every run tries the same garbage). */
function garbage(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function torturePages(): TorturePage[] {
  const pages: Array<[string, string | Uint8Array]> = [
    ['10 000-deep nesting', page(`${'<div>'.repeat(10_000)}<p>${sentence.repeat(5)}</p>${'</div>'.repeat(10_000)}`)],
    ['200 000 elements', page(`<article>${`<p><span>${sentence}</span></p>`.repeat(100_000)}</article>`)],
    ['a 5 MB single paragraph', page(`<article><h1>One paragraph</h1><p>${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}</p></article>`)],
    ['50 000 quotation marks', page(`<article><p>${'“He said ”'.repeat(25_000)}</p><p>${sentence.repeat(10)}</p></article>`)],
    ['unbalanced and mismatched quotation marks', page(`<article>${`<p>“Open « never » closed ‘ and „ wrong” ” ” « ${sentence}</p><p>» “ ‹ › ” ” ${sentence}“</p>`.repeat(400)}</article>`)],
    ['mixed direction with bidi controls and zero-width characters', page(`<article>${`<p>قال الرئيس \u202e«النص المعكوس»\u202c said \u2066“isolated”\u2069 the mayor\u200b\u200c\u200d\ufeff ${sentence} وأضاف: «مرحبا\u200f»</p>`.repeat(300)}</article>`)],
    ['a page with no <body>', `<!doctype html><html><head><title>No body</title></head></html>`],
    ['a frameset', `<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`],
    ['an SVG document', `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>“Quoted,” said nobody.</text></svg>`],
    ['an XML document', `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>“Quote,” he said</title><description>${sentence}</description></item></channel></rss>`],
    ['text/plain', `${sentence.repeat(200)}\n“A quotation,” she said.\n`],
    ['binary garbage', garbage(200_000)],
    ['5 000 headings', page(`<article>${`<h2>Section heading</h2><p>${sentence}</p>`.repeat(5_000)}</article>`)],
    ['an empty file', ''],
    ['markup only, no text', page('<div><span></span><img src="x.png"><br><hr></div>'.repeat(5_000))],
  ];
  return pages.map(([name, content]) => ({ name, bytes: typeof content === 'string' ? utf8(content) : content }));
}

export type TortureOutcome =
  | { kind: 'analysed'; ms: number; analysis: Analysis }
  /** A clear refusal: the input is not an HTML page. */
  | { kind: 'refused'; ms: number; reason: string }
  | { kind: 'crashed'; ms: number; error: string };

/** One page through the command line's path: decode, parse, analyse. Never throws. */
export function analyzeTorturePage(tortured: TorturePage): TortureOutcome {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let html: string;
  try {
    html = decodePage(tortured.bytes, null);
  } catch (error) {
    return { kind: 'refused', ms: elapsed(), reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    const analysis = analyzePage(parseDocument(html)).analysis;
    return { kind: 'analysed', ms: elapsed(), analysis };
  } catch (error) {
    return { kind: 'crashed', ms: elapsed(), error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
