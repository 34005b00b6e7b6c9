/**
 * The extension runs the text stages in its background: the content script sends the article's text and
 * paragraph bounds (as a message, that is as JSON) and puts the answer together with what it decided on the page.
 * That split must give exactly what the engine gives in one piece, with headings and without.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { ArticleBody } from '../../lib/article/article-text';
import { analysisTable, languageOf } from '../../lib/languages';
import { assembleAnalysis, decideArticle, readPage, textAnalysisRequest, type PageAnalysis } from '../../lib/page';
import { isTextAnalysisRequest } from '../../utils/protocol';
import { analyzeText } from '../../lib/text-analysis';
import { parseHtml } from '../helpers';

const pages = resolve(__dirname, '../e2e/pages');

/** The content script's way: read and decide here, the text stages on a JSON copy of the request elsewhere. */
function analyzeAsTheExtensionDoes(doc: Document): PageAnalysis {
  const reading = readPage(doc);
  const language = languageOf(reading.languageSample, reading.metadata.markupLang);
  const decision = decideArticle(doc, reading, language);
  if (!decision.isArticle) return assembleAnalysis(decision, null);
  const received = JSON.parse(JSON.stringify(textAnalysisRequest(decision, language.lang))) as unknown;
  if (!isTextAnalysisRequest(received)) throw new Error('the request does not pass its own check');
  const found = analyzeText(new ArticleBody(received.text, received.paragraphs), analysisTable(received.lang), received.inferOutline);
  return assembleAnalysis(decision, JSON.parse(JSON.stringify(found)));
}

/** The same page without its headings: the outline is then inferred from the text. */
const withoutHeadings = (html: string) => html.replace(/<h([2-6])[^>]*>.*?<\/h\1>/gsu, '');

const read = (name: string) => readFileSync(resolve(pages, name), 'utf8');
const cases: [string, string][] = [
  ['the English test article, with its headings', read('en-article.html')],
  ['the English test article without its headings', withoutHeadings(read('en-article.html'))],
  ['the Arabic test article (no headings)', read('ar-article.html')],
];

describe('the text stages run apart from the page', () => {
  for (const [name, html] of cases) {
    it(`give the one-piece analysis of ${name}`, () => {
      const inPlace = analyzePage(parseHtml(html));
      const apart = analyzeAsTheExtensionDoes(parseHtml(html));
      expect(inPlace.analysis.isArticle).toBe(true);
      expect(inPlace.analysis.quotes.length).toBeGreaterThan(0);
      expect(inPlace.analysis.outline.length).toBeGreaterThan(1);
      expect(inPlace.analysis.outline.every((e) => e.inferred === !/<h[2-6]/.test(html))).toBe(true);
      expect(apart.analysis).toEqual(inPlace.analysis);
      // The sections start at the same paragraphs (elements of different parses compare by their text).
      expect(apart.sectionElements.map((e) => e.textContent)).toEqual(inPlace.sectionElements.map((e) => e.textContent));
      expect(apart.sectionElements.length).toBe(inPlace.analysis.outline.length);
    });
  }

  it('leave a page that is not an article alone', () => {
    const html = readFileSync(resolve(pages, 'home.html'), 'utf8');
    expect(analyzeAsTheExtensionDoes(parseHtml(html)).analysis).toEqual(analyzePage(parseHtml(html)).analysis);
    expect(analyzeAsTheExtensionDoes(parseHtml(html)).analysis.isArticle).toBe(false);
  });
});
