// @vitest-environment node
/**
 * The torture set (scripts/torture.ts) through the command line's path: no input crashes the engine or hangs it;
 * a page beyond the work budgets gives a partial result marked as such; what is not an HTML page is refused with a
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTorturePage, torturePages, type TortureOutcome } from '../scripts/torture';

/** Far beyond what any of these pages takes (a few seconds at most on this machine): reaching it is a hang. */
const HANG_MS = 60_000;

const pages = torturePages();
const outcomes = new Map<string, TortureOutcome>();
function outcomeOf(name: string): TortureOutcome {
  if (!outcomes.has(name)) outcomes.set(name, analyzeTorturePage(pages.find((p) => p.name === name)!));
  return outcomes.get(name)!;
}

describe('the torture set', () => {
  for (const { name } of pages) {
    it(`${name}: no crash, a clear result`, { timeout: HANG_MS }, () => {
      const outcome = outcomeOf(name);
      expect(outcome.kind, outcome.kind === 'crashed' ? outcome.error : '').not.toBe('crashed');
      if (outcome.kind === 'analysed') {
        const { analysis } = outcome;
        expect(typeof analysis.isArticle).toBe('boolean');
        expect(analysis.summary.length).toBeLessThanOrEqual(5);
        for (const quote of analysis.quotes) expect(analysis.text.slice(quote.start, quote.end)).toBe(quote.text);
      } else if (outcome.kind === 'refused') {
        expect(outcome.reason).toMatch(/not an HTML document/);
      }
    });
  }

  it('stops at the work budget on 200 000 elements and says the result is partial', { timeout: HANG_MS }, () => {
    const outcome = outcomeOf('200 000 elements');
    expect(outcome.kind).toBe('analysed');
    if (outcome.kind === 'analysed') expect(outcome.analysis.partial).toBe(true);
  });

  it('finds the one paragraph under 10 000 nested elements', { timeout: HANG_MS }, () => {
    const outcome = outcomeOf('10 000-deep nesting');
    expect(outcome.kind === 'analysed' && outcome.analysis.text).toContain('The council said the bridge would stay open');
  });

  it('says a page with no body, a frameset, SVG and XML are not articles', { timeout: HANG_MS }, () => {
    for (const name of ['a page with no <body>', 'a frameset', 'an SVG document', 'an XML document']) {
      const outcome = outcomeOf(name);
      expect(outcome.kind === 'analysed' && outcome.analysis.isArticle, name).toBe(false);
    }
  });

  it('refuses plain text, binary garbage and an empty file as not HTML', () => {
    for (const name of ['text/plain', 'binary garbage', 'an empty file']) expect(outcomeOf(name).kind, name).toBe('refused');
  });
});
