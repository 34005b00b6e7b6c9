/** The story a page is about when it holds several (stories appended below the article as the reader scrolls). */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { parseHtml } from '../helpers';

const STORIES = [
  ['The harbour reopens', 'https://news.example/2024/harbour-reopens', 'The harbour reopened on Monday after a month of repairs to its sea wall, and the first ferries left on time in the morning.'],
  ['Rail strike called off', 'https://news.example/2024/rail-strike', 'The rail union called off next week\'s strike after talks through the night, and trains will run as usual on every line.'],
  ['A new library opens', 'https://news.example/2024/new-library', 'The city opened its new library on Saturday, three floors of books and study rooms on the site of the old bus station.'],
] as const;

const story = ([headline, address, sentence]: readonly string[]) => `<article><h2><a href="${address}">${headline}</a></h2>
  ${[1, 2, 3, 4].map((n) => `<p>${sentence} Paragraph ${n} goes on with more of the story, as a paragraph of a news report does.</p>`).join('')}
  <p><a href="${address}#comments">Comments</a> · <a href="https://share.example/?u=${encodeURIComponent(address)}">Share</a></p></article>`;

function read(address: string, ogTitle = '') {
  const html = `<!doctype html><html lang="en"><head><title>News</title>${ogTitle ? `<meta property="og:title" content="${ogTitle}">` : ''}</head>
    <body><main>${STORIES.map(story).join('\n')}</main></body></html>`;
  return analyzePage(parseHtml(html), { address }).analysis;
}

describe('the story the page is about', () => {
  it('is the story that links to the page address', () => {
    const a = read('https://news.example/2024/rail-strike/');
    expect(a.isArticle).toBe(true);
    expect(a.text.split('\n\n').every((p) => p.startsWith('The rail union'))).toBe(true);
  });

  it('is the story whose headline the page declares, when no story links to the address', () => {
    expect(read('https://news.example/', 'A new library opens').text).toMatch(/^The city opened its new library/);
  });

  it('is the first story otherwise', () => {
    const text = read('https://other.example/page').text;
    expect(text).toMatch(/^The harbour reopened/);
    expect(text).not.toContain('rail union');
  });
});
