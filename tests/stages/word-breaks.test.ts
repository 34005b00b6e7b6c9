import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../lib/text/word-breaks';
import { SegmentList } from '../../lib/text/segment-list';

const LANGUAGES = ['en', 'ar', 'fr', 'de', 'es', 'ru', 'zh', 'he', 'fa'];
const segmenters = LANGUAGES.map((lang) => new Intl.Segmenter(lang, { granularity: 'word' }));

/** Segments as "index:segment:w" (w: a word), by Intl.Segmenter. */
const byIntl = (segmenter: Intl.Segmenter, text: string) =>
  [...segmenter.segment(text)].map((s) => `${s.index}:${s.segment}:${s.isWordLike ? 'w' : ''}`);

/** The same by segmentWords, or null when it leaves the text to Intl.Segmenter. */
function byRules(text: string): string[] | null {
  const list = new SegmentList();
  if (!segmentWords(text, 0, text.length, list)) return null;
  return Array.from(list.ends.subarray(0, list.count), (end, k) => {
    const start = k ? list.ends[k - 1] : 0;
    return `${start}:${text.slice(start, end)}:${list.words[k] ? 'w' : ''}`;
  });
}

/** The texts the rules cover among `texts` and, for each, where they differ from Intl.Segmenter in any language. */
function differences(texts: Iterable<string>): { covered: number; differing: string[] } {
  let covered = 0;
  const differing: string[] = [];
  for (const text of texts) {
    const rules = byRules(text);
    if (!rules) continue;
    covered++;
    if (segmenters.some((s) => byIntl(s, text).join('|') !== rules.join('|'))) differing.push(text);
  }
  return { covered, differing };
}

const coveredCharacters = Array.from({ length: 0x2580 }, (_, code) => String.fromCharCode(code)).filter((c) => byRules(`a${c}`) !== null);
/** One character of each class and script, the marks among them standing on a letter. */
const SAMPLES = ['_', '─', 'a', 'é', 'Ж', 'ب', 'א', '1', '٣', ':', '·', ',', ';', '،', '.', '’', "'", '"', '-', '“', ' ', '\n', '\u0301', '\u064b', '\u200c', '\u05b0'];

function* strings(length: number, prefix = ''): Generator<string> {
  if (!length) yield prefix;
  else for (const s of SAMPLES) yield* strings(length - 1, prefix + s);
}

/** The exhaustive comparisons segment tens of thousands of texts: more than the default five seconds on a loaded machine. */
const EXHAUSTIVE_TIMEOUT_MS = 60_000;

describe('segmentWords', () => {
  it('cuts words as Intl.Segmenter does: letters, digits, inner points and apostrophes, Hebrew acronyms', () => {
    const text = "Don't say U.S. 3.5% e-mail: «Всё» و٣٫٥ צה\"ל שלום، 1,000 snake_case _ __.";
    expect(byRules(text)).toEqual(byIntl(segmenters[0], text));
    expect(byRules('رئيس الوزراء')).toEqual(['0:رئيس:w', '4: :', '5:الوزراء:w']);
  });

  it('cuts each covered character as Intl.Segmenter does, beside letters, digits and punctuation of each class', () => {
    const contexts = [['', ''], ['a', ''], ['', 'a'], ['a', 'a'], ['1', '1'], ['א', 'א'], ['ب', 'ب'], [' ', ' '], ['a.', 'a'], ['1,', '1'], ['a', ':a'], ['1', ',1']];
    const texts = coveredCharacters.flatMap((c) => [...contexts.map(([before, after]) => before + c + after), c + c, `a${c}${c}a`]);
    const { covered, differing } = differences(texts);
    expect(covered).toBeGreaterThan(10_000);
    expect(differing).toEqual([]);
  }, EXHAUSTIVE_TIMEOUT_MS);

  it('cuts every string of up to three characters of the samples as Intl.Segmenter does', () => {
    const { covered, differing } = differences([1, 2, 3].flatMap((n) => [...strings(n)]));
    expect(covered).toBeGreaterThan(9_000);
    expect(differing).toEqual([]);
   }, EXHAUSTIVE_TIMEOUT_MS);

  it('cuts longer strings of covered characters as Intl.Segmenter does', () => {
    let seed = 1;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pool = [...SAMPLES, ...SAMPLES, ...coveredCharacters];
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 4 + random(16) }, () => pool[random(pool.length)]).join(''));
    const { covered, differing } = differences(texts);
    expect(covered).toBeGreaterThan(300);
    expect(differing).toEqual([]);
   }, EXHAUSTIVE_TIMEOUT_MS);

  it('leaves to Intl.Segmenter the characters it does not cover, and marks not on a letter or digit', () => {
    for (const text of ['中国政府', 'trade™', 'emoji 🙂', 'tab\there', 'ok\u200dok', ' \u0301a', '\u064bب', "'\u0301"]) expect(byRules(text), text).toBeNull();
  });

  it('segments a part of a longer text with offsets into the text, after what the list already holds', () => {
    const text = 'Le maire a dit: «Non». Fin.';
    const list = new SegmentList();
    list.add(3, true);
    expect(segmentWords(text, 3, 14, list)).toBe(true);
    const segments = Array.from(list.ends.subarray(1, list.count), (end, k) => `${list.ends[k]}-${end}${list.words[k + 1] ? 'w' : ''}`);
    expect(segments).toEqual(['3-8w', '8-9', '9-10w', '10-11', '11-14w']);
    // A part with an uncovered character adds nothing.
    expect(segmentWords('a 中国 b', 0, 6, list)).toBe(false);
    expect(list.count).toBe(6);
  });

  it('keeps every segment of a text longer than its list first holds', () => {
    const text = 'word '.repeat(400);
    const list = new SegmentList();
    expect(segmentWords(text, 0, text.length, list)).toBe(true);
    expect(list.count).toBe(800);
    expect(list.ends[799]).toBe(2000);
    expect(list.words[798]).toBe(1);
    expect(list.words[799]).toBe(0);
  });
});
