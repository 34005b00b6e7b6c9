// @vitest-environment node
/**
 * Golden outputs (scripts/golden-format.ts): a page's record keeps no long copy of its text, the file puts one item
 * per line, and the diff of two versions says in words what changed.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/types';
import { corpusChanges, goldenPage, hashOf, listChanges, pageChanges, serializeCorpus } from '../scripts/golden-format';

const paragraphs = [
  '“We will rebuild the bridge before the winter comes back to the valley,” said Mayor Ana Lopez on Monday.',
  'The council approved the plan by seven votes to two after a long debate about its cost.',
  '“It is too expensive for a town of this size,” said councillor Tom Reed.',
];
const text = paragraphs.join('\n\n');
const at = (needle: string) => text.indexOf(needle);

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  const first = 'We will rebuild the bridge before the winter comes back to the valley,';
  const second = 'It is too expensive for a town of this size,';
  return {
    isArticle: true,
    title: 'Town to rebuild its bridge',
    lang: 'en',
    dir: 'ltr',
    byline: null,
    text,
    outline: [],
    quotes: [
      { text: first, speaker: 'Ana Lopez', speakerIndex: 0, confidence: 0.9, doubtful: false, start: at(first), end: at(first) + first.length, continues: false },
      { text: second, speaker: 'Tom Reed', speakerIndex: 1, confidence: 0.9, doubtful: false, start: at(second), end: at(second) + second.length, continues: false },
    ],
    speakers: [
      { name: 'Ana Lopez', aliases: ['Lopez', 'Mayor'], quotes: 1 },
      { name: 'Tom Reed', aliases: [], quotes: 1 },
    ],
    summary: [paragraphs[1]],
    partial: false,
    ...overrides,
  };
}

describe('goldenPage', () => {
  it('keeps hashes and the first 40 characters, not the text', () => {
    const page = goldenPage(analysis());
    expect(page.text).toEqual([text.length, hashOf(text)]);
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[1]).toEqual([hashOf(paragraphs[1]), paragraphs[1].slice(0, 40)]);
    expect(page.quotes[0]).toEqual([1, 71, 'Ana Lopez', false, hashOf(analysis().quotes[0].text), 'We will rebuild the bridge before the wi']);
    expect(JSON.stringify(page)).not.toContain('after a long debate');
  });

  it('keeps a summary line as its offsets in the text, or -1 when the line is not a span of it', () => {
    const start = at(paragraphs[1]);
    expect(goldenPage(analysis()).summary).toEqual([[start, start + paragraphs[1].length, hashOf(paragraphs[1]), paragraphs[1].slice(0, 40)]]);
    expect(goldenPage(analysis({ summary: ['A line the text does not hold.'] })).summary[0].slice(0, 2)).toEqual([-1, -1]);
  });
});

describe('serializeCorpus', () => {
  it('writes pages in name order, one list item per line, as JSON', () => {
    const written = serializeCorpus({ 'b-page': goldenPage(analysis()), 'a-page': goldenPage(analysis({ quotes: [], speakers: [] })) });
    expect(Object.keys(JSON.parse(written))).toEqual(['a-page', 'b-page']);
    const quoteLines = written.split('\n').filter((line) => line.includes('"We will rebuild'));
    expect(quoteLines).toHaveLength(1);
    expect(quoteLines[0].trim().startsWith('[1,71,"Ana Lopez"')).toBe(true);
    expect(written).toContain('  "quotes": []');
  });
});

describe('listChanges', () => {
  it('finds what left and what entered around what stayed', () => {
    expect(listChanges(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'], (s) => s)).toEqual({ removed: ['b'], added: ['x'] });
    expect(listChanges([], ['a'], (s) => s)).toEqual({ removed: [], added: ['a'] });
  });
});

describe('pageChanges', () => {
  const before = goldenPage(analysis());

  it('is empty for the same output', () => {
    expect(pageChanges(before, goldenPage(analysis()))).toEqual([]);
  });

  it('says which quotation changed its speaker, and which speaker lost a quotation', () => {
    const quotes = analysis().quotes.map((q, i) => (i === 1 ? { ...q, speaker: 'Ana Lopez', speakerIndex: 0 } : q));
    const speakers = [{ name: 'Ana Lopez', aliases: ['Lopez', 'Mayor'], quotes: 2 }];
    expect(pageChanges(before, goldenPage(analysis({ quotes, speakers })))).toEqual([
      '~ quote «It is too expensive for a town of this s…» speaker: Tom Reed → Ana Lopez',
      '~ speaker Ana Lopez: 1 → 2 quotes',
      '− speaker Tom Reed (1 quote)',
    ]);
  });

  it('says which paragraph left the text, and counts quotations that only moved', () => {
    const shorter = [paragraphs[0], paragraphs[2]].join('\n\n');
    const second = analysis().quotes[1];
    const moved = { ...second, start: shorter.indexOf(second.text), end: shorter.indexOf(second.text) + second.text.length };
    const after = goldenPage(analysis({ text: shorter, quotes: [analysis().quotes[0], moved], summary: [] }));
    expect(pageChanges(before, after)).toEqual([
      `text: ${text.length} → ${shorter.length} characters`,
      '− paragraph «The council approved the plan by seven v…»',
      '  1 quote at new offsets, text and speaker unchanged',
      '− summary line «The council approved the plan by seven v…»',
    ]);
  });

  it('says when the page stops being an article, and when a quotation is lost or found', () => {
    const after = goldenPage(analysis({ isArticle: false, lang: 'fr', quotes: analysis().quotes.slice(1) }));
    expect(pageChanges(before, after)).toEqual([
      'isArticle: true → false',
      'lang: "en" → "fr"',
      '− quote «We will rebuild the bridge before the wi…» (Ana Lopez)',
    ]);
  });
});

describe('corpusChanges', () => {
  it('counts the pages that differ, new and gone pages among them', () => {
    const page = goldenPage(analysis());
    const { pages, report } = corpusChanges({ same: page, gone: page }, { same: page, fresh: page });
    expect(pages).toBe(2);
    expect(report).toEqual(['  fresh', '    new page', '  gone', '    page gone']);
  });
});
