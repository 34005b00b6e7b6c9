/**
 * Helpers shared by the test files: parsing test pages, running the engine or its first stages on them,
 * and the checks that every language test makes of an `Analysis` (one quote per fragment, speakers found by
 * name or alias, quotes and speakers consistent with each other).
 */
import { expect, it } from 'vitest';
import { analyzePage } from '../lib/analyze';
import { walkBlocks, type WalkBudget, type WalkResult } from '../lib/article/blocks';
import { findArticleRegion, type ArticleRegion } from '../lib/article/extract';
import type { Analysis, Quote, Speaker } from '../lib/types';

/** A work budget that no test page comes near: the stages see the whole page. */
export const UNLIMITED: WalkBudget = { maxElements: 100_000, maxChars: 1_000_000 };

/** Parses a test page as the browser would parse a fetched one. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Runs the whole engine on a test page. */
export function analyze(html: string): Analysis {
  return analyzePage(parseHtml(html)).analysis;
}

/** Parses a test page and walks its body into blocks, with no budget limit. */
export function walkHtml(html: string): WalkResult & { doc: Document } {
  const doc = parseHtml(html);
  return { doc, ...walkBlocks(doc.body, UNLIMITED) };
}

/** Parses a test page, walks it and finds its article region. */
export function articleRegionOf(html: string): { doc: Document; region: ArticleRegion } {
  const { doc, blocks } = walkHtml(html);
  return { doc, region: findArticleRegion(blocks) };
}

/** The one quote whose text contains `fragment`; fails the test unless exactly one quote does. */
export function quoteWith(a: Analysis, fragment: string): Quote {
  const found = a.quotes.filter((q) => q.text.includes(fragment));
  expect(found, `exactly one quote containing "${fragment}" in ${JSON.stringify(a.quotes.map((q) => q.text))}`).toHaveLength(1);
  return found[0]!;
}

/** The speakers that stand for a person: those whose canonical name or any alias contains `name`. */
export function speakersFor(a: Analysis, name: string): Speaker[] {
  return a.speakers.filter((s) => s.name.includes(name) || s.aliases.some((alias) => alias.includes(name)));
}

/** The one speaker whose name or an alias contains `name`; fails the test unless exactly one does. */
export function speakerFor(a: Analysis, name: string): Speaker {
  const found = speakersFor(a, name);
  expect(found, `exactly one speaker for "${name}" in ${JSON.stringify(a.speakers.map((s) => s.name))}`).toHaveLength(1);
  return found[0]!;
}

/** Who said what: quote fragments, each with the speaker it must be attributed to (null: nobody). */
export type Attributions = ReadonlyArray<readonly [fragment: string, speaker: string | null]>;

/**
 * Checks that the one quote containing each fragment has the given speaker; a quote expected to have no
 * speaker must have no speaker index either.
 */
export function expectAttributions(a: Analysis, attributions: Attributions): void {
  for (const [fragment, speaker] of attributions) {
    const q = quoteWith(a, fragment);
    expect(q.speaker, fragment).toBe(speaker);
    if (speaker === null) expect(q.speakerIndex, fragment).toBeNull();
  }
}

/**
 * Declares one test per attribution rule, named by the rule, checking the quotes that show it with
 * `expectAttributions`. Call it inside a `describe`.
 */
export function itAttributes(a: Analysis, rules: Readonly<Record<string, Attributions>>): void {
  for (const [rule, attributions] of Object.entries(rules)) {
    it(rule, () => expectAttributions(a, attributions));
  }
}

/** A person the analysis must list: found by `find` (name or alias), with canonical name and quote count. */
export interface ExpectedSpeaker {
  find: string;
  name: string;
  quotes: number;
  /** Aliases the speaker must have: a string exactly, a pattern by at least one alias. */
  aliases?: ReadonlyArray<string | RegExp>;
}

/**
 * Checks that the analysis lists exactly these people, each once (one speaker entry per `find`), with the
 * right name, number of quotes and aliases.
 */
export function expectSpeakers(a: Analysis, expected: readonly ExpectedSpeaker[]): void {
  for (const person of expected) {
    const s = speakerFor(a, person.find);
    expect(s.name).toBe(person.name);
    expect(s.quotes, `quotes of ${person.name}`).toBe(person.quotes);
    for (const alias of person.aliases ?? []) {
      if (typeof alias === 'string') expect(s.aliases).toContain(alias);
      else expect(s.aliases.some((x) => alias.test(x)), `an alias of ${person.name} matching ${alias}`).toBe(true);
    }
  }
  expect(a.speakers.map((s) => s.name).sort()).toEqual(expected.map((p) => p.name).sort());
  expect(a.speakers).toHaveLength(expected.length);
}

/**
 * Checks that quotes and speakers agree: a quote has a speaker exactly when it has a speaker index, the
 * index names that speaker, each speaker's quote count is the number of quotes pointing at it, and each
 * quote's offsets point at its text in `a.text`.
 */
export function expectConsistent(a: Analysis): void {
  for (const q of a.quotes) {
    if (q.speaker === null) {
      expect(q.speakerIndex, q.text).toBeNull();
    } else {
      expect(q.speakerIndex, q.text).not.toBeNull();
      expect(a.speakers[q.speakerIndex!]?.name, q.text).toBe(q.speaker);
    }
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
  }
  a.speakers.forEach((s, i) => {
    expect(s.quotes, `quotes of ${s.name}`).toBe(a.quotes.filter((q) => q.speakerIndex === i).length);
  });
}

/** Checks that the article is recognised, with the given language, direction and title. */
export function expectArticle(a: Analysis, expected: { lang: string; dir: 'ltr' | 'rtl'; title: string }): void {
  expect(a.isArticle).toBe(true);
  expect(a.lang).toBe(expected.lang);
  expect(a.dir).toBe(expected.dir);
  expect(a.title).toBe(expected.title);
}

/** Checks that `text` contains every fragment. */
export function expectContainsAll(text: string, fragments: readonly string[]): void {
  for (const fragment of fragments) expect(text, fragment).toContain(fragment);
}

/** Checks that `text` contains none of the fragments. */
export function expectContainsNone(text: string, fragments: readonly string[]): void {
  for (const fragment of fragments) expect(text, fragment).not.toContain(fragment);
}

/** Checks that no quote contains any of the fragments (scare quotes, titles and names are not quotations). */
export function expectNoQuoteContaining(a: Analysis, fragments: readonly string[]): void {
  for (const fragment of fragments) {
    expect(a.quotes.map((q) => q.text).filter((t) => t.includes(fragment)), fragment).toEqual([]);
  }
}
