/**
 * Glossa's anchoring (lib/notes) against the well-kept libraries for the job, on the same cases in real Chromium:
 * @apache-annotator/dom (a dev dependency: the end-to-end tests anchor Glossa's export with it), and
 * dom-anchor-text-quote with dom-anchor-text-position, which are not dependencies: to compare them too, install them
 * without saving (`npm install --no-save dom-anchor-text-quote@4 dom-anchor-text-position@5`).
 *
 * On each of Readability's test pages (../shared/corpus/readability), up to ten passages (the text of a paragraph's
 * text node, 60 to 300 characters, found once on the page) are described by each library from a DOM range, then
 * anchored again by the same library on the page as it is, and as edited five ways, each edit undone before the next:
 * unchanged; a paragraph inserted at the top of the body (every offset moves); the passage's words laid out with
 * other white space; a word of the passage changed; the passage taken out (then nothing must be found). A result is
 * right when the range found covers the passage's text (white space aside), in its text node. Then the speed: every
 * passage of a page anchored after the insertion at the top, as each library anchors a page's annotations. And the
 * bundle size of what each one needs, minified and gzipped.
 *
 * Run: npx tsx scripts/anchoring-libraries.ts [--pages N]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle } from './bundle';
import { launchChromium } from './chromium';
import { readabilityPages } from './corpus';
import { readPage } from './read-page';

const root = resolve(import.meta.dirname, '..');

/** Each library as a module exporting `describe(range)` (its selectors for a range of the body) and
 *  `anchorAll(selectorLists)` (a range, or null, for each list), as it is meant to be used. */
const LIBRARIES: Record<string, { source: string; needs: string[] }> = {
  glossa: {
    needs: [],
    source: `
      import { DocumentText } from './lib/notes/document-text';
      import { describeRange } from './lib/notes/selectors';
      import { anchorSelectors } from './lib/notes/anchor';
      export const describe = (range) => describeRange(DocumentText.of(document.body), range);
      export const anchorAll = (lists) => {
        const doc = DocumentText.of(document.body);
        return lists.map((selectors) => { const a = anchorSelectors(doc, selectors); return a && doc.rangeOf(a.start, a.end); });
      };`,
  },
  'apache-annotator': {
    needs: ['@apache-annotator/dom'],
    source: `
      import { describeTextQuote, describeTextPosition, createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from '@apache-annotator/dom';
      export const describe = async (range) => [await describeTextQuote(range, document.body), await describeTextPosition(range, document.body)];
      const first = async (matches) => (await matches.next()).value ?? null;
      export const anchorAll = async (lists) => {
        const found = [];
        for (const [quote, position] of lists) {
          const atPosition = await first(createTextPositionSelectorMatcher(position)(document.body)).catch(() => null);
          found.push(atPosition && atPosition.toString() === quote.exact ? atPosition : await first(createTextQuoteSelectorMatcher(quote)(document.body)));
        }
        return found;
      };`,
  },
  'dom-anchor-text-quote': {
    needs: ['dom-anchor-text-quote', 'dom-anchor-text-position'],
    source: `
      import * as textQuote from 'dom-anchor-text-quote';
      import * as textPosition from 'dom-anchor-text-position';
      export const describe = (range) => [
        { type: 'TextQuoteSelector', ...textQuote.fromRange(document.body, range) },
        { type: 'TextPositionSelector', ...textPosition.fromRange(document.body, range) },
      ];
      export const anchorAll = (lists) => lists.map(([quote, position]) => {
        let atPosition = null;
        try { atPosition = textPosition.toRange(document.body, position); } catch {}
        if (atPosition && atPosition.toString() === quote.exact) return atPosition;
        return textQuote.toRange(document.body, quote, { hint: position.start });
      });`,
  },
};

const CASES = ['unchanged', 'insertion above', 'white space', 'word changed', 'taken out'] as const;
type CaseName = (typeof CASES)[number];

interface PageResult {
  passages: number;
  right: Record<CaseName, number>;
  ms: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Runs the cases with the library at `window[global]` on the page: self-contained, it is serialised into it. */
async function runCases(global: string): Promise<PageResult> {
  const lib = (window as any)[global];
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const body = norm(document.body.textContent ?? '');
  const passages: Text[] = [];
  for (const p of Array.from(document.querySelectorAll('p'))) {
    for (const node of Array.from(p.childNodes)) {
      const text = node.nodeType === 3 ? norm((node as Text).data) : '';
      // Once on the page, white space aside: a passage taken out must leave no copy of itself.
      if (text.length >= 60 && text.length <= 300 && body.indexOf(text) === body.lastIndexOf(text)) passages.push(node as Text);
    }
  }
  const chosen = passages.filter((_, i) => i % Math.max(1, Math.floor(passages.length / 10)) === 0).slice(0, 10);
  const rangeOver = (node: Text) => {
    const range = document.createRange();
    const start = node.data.length - node.data.trimStart().length;
    range.setStart(node, start);
    range.setEnd(node, start + node.data.trim().length);
    return range;
  };
  const selectors = await Promise.all(chosen.map(async (node) => lib.describe(rangeOver(node))));
  const right = Object.fromEntries(['unchanged', 'insertion above', 'white space', 'word changed', 'taken out'].map((c) => [c, 0])) as Record<CaseName, number>;
  const isRight = (found: Range | null, node: Text, expected: string) => !!found && found.intersectsNode(node) && norm(found.toString()) === norm(expected);
  const check = async (name: CaseName, edit: (node: Text) => string | null) => {
    for (const [i, node] of chosen.entries()) {
      const original = node.data;
      const expected = edit(node);
      try {
        const [found] = await lib.anchorAll([selectors[i]]);
        if (expected === null ? !found || !norm(found.toString()) : isRight(found, node, expected)) right[name]++;
      } catch {
        // A library that throws has not found the passage.
      } finally {
        node.data = original;
      }
    }
  };
  await check('unchanged', (node) => node.data);
  const inserted = document.createElement('p');
  inserted.textContent = 'Update: this article has been corrected since it was first published, and a paragraph was added. '.repeat(3);
  document.body.prepend(inserted);
  await check('insertion above', (node) => node.data);
  const start = performance.now();
  await lib.anchorAll(selectors);
  const ms = performance.now() - start;
  inserted.remove();
  await check('white space', (node) => (node.data = node.data.replace(/ /g, ' \n      ')));
  await check('word changed', (node) => {
    // The middle word, in place: the rest of the text and its white space as they were. Text written without
    // spaces (Chinese, Japanese) has two characters of its middle changed instead.
    const words = [...node.data.matchAll(/\S+/g)];
    if (words.length < 8) {
      const middle = Math.floor(node.data.length / 2);
      return (node.data = `${node.data.slice(0, middle)}改动${node.data.slice(middle + 2)}`);
    }
    const middle = words[Math.floor(words.length / 2)];
    return (node.data = `${node.data.slice(0, middle.index)}altered${node.data.slice(middle.index! + middle[0].length)}`);
  });
  await check('taken out', (node) => {
    node.data = '';
    return null;
  });
  return { passages: chosen.length, right, ms };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

async function librarySizes(available: string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const name of available) sizes[name] = gzipSync(await bundle(LIBRARIES[name].source), { level: 9 }).length;
  return sizes;
}

async function main(): Promise<void> {
  const limit = Number(process.argv[process.argv.indexOf('--pages') + 1]) || Infinity;
  const available = Object.keys(LIBRARIES).filter((name) => LIBRARIES[name].needs.every((m) => existsSync(resolve(root, 'node_modules', m))));
  const missing = Object.keys(LIBRARIES).filter((name) => !available.includes(name));
  if (missing.length) console.log(`not installed, left out: ${missing.join(', ')}`);
  const pages = readabilityPages().slice(0, limit);
  if (!pages.length) throw new Error('no pages: ../shared/corpus/readability is missing');
  const bodies = new Map<string, string>();
  for (const page of pages) bodies.set(`/${page.name}.html`, await readPage(page.file));
  const server = createServer((req, res) => {
    const html = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const scripts = Object.fromEntries(await Promise.all(available.map(async (name) => [name, await bundle(LIBRARIES[name].source, { globalName: `__anchoring_${name.replace(/-/g, '_')}` })])));
  const browser = await launchChromium({ bypassCSP: true });
  const totals = Object.fromEntries(available.map((name) => [name, { passages: 0, right: Object.fromEntries(CASES.map((c) => [c, 0])), ms: 0 }])) as Record<string, PageResult>;
  try {
    const tab = await browser.context.newPage();
    for (const page of pages) {
      for (const name of available) {
        await tab.goto(`${origin}/${page.name}.html`, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        const global = `__anchoring_${name.replace(/-/g, '_')}`;
        const result = await tab
          .evaluate(async ([code, g, run]) => {
            // tsx names every nested function with a helper of esbuild's (keepNames); the serialised runCases calls it.
            (window as unknown as { __name: unknown }).__name = (f: unknown) => f;
            new Function(code)();
            return new Function(`return (${run})`)()(g);
          }, [`${scripts[name]}\nwindow.${global} = ${global};`, global, runCases.toString()] as const)
          .catch((error: Error) => {
            console.log(`${page.name}, ${name}: ${error.message.split('\n')[0]}`);
            return null;
          });
        if (!result) continue;
        totals[name].passages += result.passages;
        totals[name].ms += result.ms;
        for (const c of CASES) totals[name].right[c] += result.right[c];
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sizes = await librarySizes(available);
  console.log(`${pages.length} pages of Readability's test set, in Chromium`);
  console.log(['library', 'passages', ...CASES, 'ms (all passages, offsets moved)', 'bundle (gzip)'].join(' | '));
  for (const name of available) {
    const { passages, right, ms } = totals[name];
    console.log([name, passages, ...CASES.map((c) => `${right[c]} (${((100 * right[c]) / passages).toFixed(1)} %)`), ms.toFixed(0), `${(sizes[name] / 1024).toFixed(1)} KB`].join(' | '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
