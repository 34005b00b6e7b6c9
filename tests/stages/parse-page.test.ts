import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/parse-page';
import { analyzePage } from '../../lib/analyze';

const PARAGRAPHS = [
  'The river authority opened the new lock on Monday, three months after the old one was closed for repairs.',
  'Barge operators said the closure had cost them weeks of trade, and that the detour through the canal added a day to every trip.',
  'The authority said the new lock could take boats twice as long as the old one, and that it would stay open through the winter.',
];
const BODY = `<article><h1>New lock opens on the river</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

describe('parseDocument (the command line parses as a browser does)', () => {
  it.each([
    ['a server warning printed before the doctype', `<br />\n<b>Warning</b>: cannot connect<br />\n<!DOCTYPE html><html lang="en"><head><title>Lock</title></head><body>${BODY}</body></html>`],
    ['a script and a style before the doctype', `<script src="/a.js"></script><style>p{}</style><!DOCTYPE html><html lang="en"><head></head><body>${BODY}</body></html>`],
    ['meta tags before <html>', `\t<meta property="og:title" content="Lock">\n<!DOCTYPE html><html lang="en"><head></head><body>${BODY}</body></html>`],
    ['no <html> tag', `<!DOCTYPE html><head><title>Lock</title></head><body>${BODY}</body>`],
    ['no tags around the body at all', `<title>Lock</title>${BODY}`],
  ])('reads the article of a page with %s', (_, html) => {
    const doc = parseDocument(html);
    expect(doc.body?.textContent).toContain(PARAGRAPHS[1]);
    const analysis = analyzePage(doc).analysis;
    expect(analysis.isArticle).toBe(true);
    expect(analysis.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('reads a tree too deep for the standard serialiser as it is', () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(10_000)}<p>${PARAGRAPHS[0]}</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(parseDocument(html).body?.textContent).toContain(PARAGRAPHS[0]);
  });
});
