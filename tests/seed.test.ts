/**
 * The founding example, both variants, against its gold analysis in ../shared/seed. Skipped, with a message
 * saying why, where ../shared is absent (the seed is shared material, not part of this repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const seedDir = resolve(__dirname, '../../shared/seed');
const present = existsSync(seedDir);
if (!present) console.warn(`seed tests skipped: ${seedDir} is absent`);

interface Gold {
  title: string;
  lang: string;
  dir: string;
  text: string;
  exclude: string[];
  outline: { level: number; text: string }[];
  hasHeadings: boolean;
  quotes: { text: string; speaker: string[] }[];
  speakers: string[][];
}

function load(variant: string) {
  const html = readFileSync(resolve(seedDir, variant, 'page.html'), 'utf8');
  const gold = JSON.parse(readFileSync(resolve(seedDir, variant, 'gold.json'), 'utf8')) as Gold;
  return { gold, analysis: analyze(html) };
}

describe.skipIf(!present)('the seed article (../shared/seed)', () => {
  for (const variant of ['with-headings', 'no-headings']) {
    describe(variant, () => {
      it('is an Arabic right-to-left article with the headline as title and no byline', () => {
        const { gold, analysis } = load(variant);
        expect(analysis).toMatchObject({ isArticle: true, lang: gold.lang, dir: gold.dir, title: gold.title, byline: null });
      });

      it('has the article text exactly, without related news, comments, newsletter or footer', () => {
        const { gold, analysis } = load(variant);
        expect(analysis.text).toBe(gold.text);
        for (const excluded of gold.exclude) expect(analysis.text).not.toContain(excluded);
        for (const excluded of gold.exclude) expect(analysis.summary.join(' ')).not.toContain(excluded);
      });

      it('finds the seven quotations with their speakers', () => {
        const { gold, analysis } = load(variant);
        expect(analysis.quotes.map((q) => q.text)).toEqual(gold.quotes.map((q) => q.text));
        analysis.quotes.forEach((q, i) => expect(gold.quotes[i].speaker).toContain(q.speaker));
      });

      it('lists Putin and Xi once each, with their aliases and quote counts', () => {
        const { gold, analysis } = load(variant);
        expect(analysis.speakers.map((s) => s.quotes)).toEqual([4, 3]);
        analysis.speakers.forEach((speaker, i) => {
          expect(gold.speakers[i]).toContain(speaker.name);
          for (const alias of gold.speakers[i].filter((a) => a !== speaker.name)) expect(speaker.aliases).toContain(alias);
        });
      });

      it('gives the outline: the nine headings, or inferred sections where there are none', () => {
        const { gold, analysis } = load(variant);
        if (gold.hasHeadings) {
          expect(analysis.outline.map(({ level, text }) => ({ level, text }))).toEqual(gold.outline);
          expect(analysis.outline.every((h) => !h.inferred)).toBe(true);
        } else {
          expect(analysis.outline.length).toBeGreaterThanOrEqual(3);
          expect(analysis.outline.length).toBeLessThanOrEqual(9);
          for (const section of analysis.outline) {
            expect(section.inferred).toBe(true);
            expect(analysis.text).toContain(section.text);
          }
        }
      });

      it('summarises in two to five sentences of the article, in article order', () => {
        const { analysis } = load(variant);
        expect(analysis.summary.length).toBeGreaterThanOrEqual(2);
        expect(analysis.summary.length).toBeLessThanOrEqual(5);
        const positions = analysis.summary.map((s) => analysis.text.indexOf(s));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      });
    });
  }
});
