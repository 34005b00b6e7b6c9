/**
 * What a reader sees first, in every language: the summary's lines and the inferred outline's labels of the same
 * story (tests/fixtures/port-strike.ts).
 */
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../lib/article/article-text';
import { inferredOutline } from '../../lib/outline';
import { summaryLength } from '../../lib/summary';
import { fold } from '../../lib/text/fold';
import { sentenceSpans, tokenize } from '../../lib/text/tokens';
import { hasFunctionWordAtEdge, repeatedLines } from '../../scripts/eval-reading';
import { LEAD_AGAIN, STORIES, storyPage } from '../fixtures/port-strike';
import { analyze, articleRegionOf } from '../helpers';

const FINAL_PUNCTUATION = /[.!?。؟»”"“]$/u;

for (const story of STORIES) {
  const { table, paragraphs, quotation } = story;
  const html = storyPage(story);
  const analysis = analyze(html);
  const article = new ArticleText(articleRegionOf(html).region.paragraphs);
  const sentences = paragraphs.flatMap((p) => sentenceSpans(p, table.code).map((s) => p.slice(s.start, s.end)));

  describe(`summary: ${table.code}`, () => {
    it('is an article in its language, of twelve sentences', () => {
      expect(analysis.isArticle).toBe(true);
      expect(analysis.lang).toBe(table.code);
      expect(sentences).toHaveLength(12);
    });

    it('has one line for about eight sentences, three at least from ten', () => {
      expect(analysis.summary).toHaveLength(summaryLength(sentences.length));
      expect(analysis.summary).toHaveLength(3);
    });

    it('gives whole sentences in article order, each with its final punctuation, the lead first', () => {
      const positions = analysis.summary.map((line) => sentences.indexOf(line));
      expect(positions.every((p) => p >= 0), JSON.stringify(analysis.summary)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(analysis.summary[0]).toBe(paragraphs[0]);
      for (const line of analysis.summary) expect(line).toMatch(FINAL_PUNCTUATION);
    });

    it('holds the quotation with its speaker named', () => {
      expect(analysis.summary.some((line) => line.includes(quotation))).toBe(true);
    });

    it('does not say the lead again', () => {
      expect(analysis.summary).not.toContain(paragraphs[LEAD_AGAIN]);
      expect(repeatedLines([paragraphs[0], paragraphs[LEAD_AGAIN]], table)).toBe(1);
      expect(repeatedLines(analysis.summary, table)).toBe(0);
    });
  });

  describe(`inferred outline: ${table.code}`, () => {
    const outline = inferredOutline(article, table).entries;
    const verbs = new Set(table.speechVerbs.map(fold));

    it('has three sections, each labelled with a phrase of its own text', () => {
      expect(outline).toHaveLength(3);
      outline.forEach((entry, i) => {
        const end = i + 1 < outline.length ? outline[i + 1].start : article.text.length;
        expect(article.text.slice(entry.start, end)).toContain(entry.text);
      });
      expect(new Set(outline.map((e) => e.text)).size).toBe(3);
    });

    it('labels of 2–6 words that neither begin nor end with a function word, nor hold a verb of saying', () => {
      for (const { text } of outline) {
        const words = tokenize(text, table.code).filter((t) => t.isWord);
        expect(words.length, text).toBeGreaterThanOrEqual(2);
        expect(words.length, text).toBeLessThanOrEqual(6);
        expect(hasFunctionWordAtEdge(text, table), text).toBe(false);
        expect(words.some((w) => verbs.has(w.key)), text).toBe(false);
      }
    });
  });
}
