import { describe, expect, it } from 'vitest';
import { PARAGRAPH_SEPARATOR } from '../../lib/article/article-text';
import { CONTEXT_CHARS, type Selector } from '../../lib/notes/annotation';
import { anchorPassage, describePassage, type Anchor } from '../../lib/notes/anchor';

type Edit = readonly [before: string, after: string];

/** A news article, a passage noted in it, and the changes a newsroom makes to it after the note was taken. */
interface ArticleCase {
  language: string;
  paragraphs: readonly string[];
  /** A paragraph an update adds at the top. */
  update: string;
  /** The passage noted. */
  quote: string;
  /** The sentence holding the passage, as a correction removes it. */
  quoteSentence: string;
  /** A word changed inside the passage. */
  wordInQuote: Edit;
  /** Changes just around the passage: a word before it, punctuation after it. */
  aroundQuote: readonly Edit[];
  /** A passage written with a typo, and the typo's fix. */
  typo: { passage: string; fix: Edit };
  /** A phrase found in three places. */
  repeated: string;
  /** A sentence that looks like the passage but says something else (it stays when the passage is removed). */
  lookalike: string;
}

const ENGLISH: ArticleCase = {
  language: 'English',
  paragraphs: [
    'City council approves $1.2 billion transit plan after months of debate',
    'The city council voted 7-2 on Tuesday night to approve a $1.2 billion plan that will extend the light rail line to the airport and add three bus routes through the eastern districts.',
    '“This is the most important investment in public transport this city has made in a generation,” said Mayor Linda Ortiz, who has championed the project since her election in 2021.',
    'Opponents argued that the plan relies on optimistic ridership forecasts. Council member James Whitfield said the cost could rise by as much as 40 percent if construction is delayed, and called for an independent review.',
    'Construction is expected to begin next spring. The transit authority said the first secton, between Central Station and the convention centre, should open by the end of 2027.',
    'Residents of the eastern districts welcomed the vote. Residents of the eastern districts have long complained about infrequent buses and crowded platforms.',
    'The finance department warned separately that the city’s share of the cost could rise by as much as 15 percent if federal funding is delayed.',
  ],
  update: 'Update, 9:40 a.m.: This article has been updated with comments from the transit authority.',
  quote: 'the cost could rise by as much as 40 percent if construction is delayed',
  quoteSentence: ' Council member James Whitfield said the cost could rise by as much as 40 percent if construction is delayed, and called for an independent review.',
  wordInQuote: ['could rise', 'could climb'],
  aroundQuote: [
    ['Council member James Whitfield said', 'Councillor James Whitfield, a longtime critic of the project, warned that'],
    ['is delayed, and called', 'is delayed. He called'],
  ],
  typo: { passage: 'the first secton, between Central Station and the convention centre, should open by the end of 2027', fix: ['secton', 'section'] },
  repeated: 'the eastern districts',
  lookalike: 'the city’s share of the cost could rise by as much as 15 percent if federal funding is delayed',
};

const ARABIC: ArticleCase = {
  language: 'Arabic',
  paragraphs: [
    'الحكومة تقر خطة بقيمة ملياري دولار لتوسيع مترو العاصمة',
    'أقر مجلس الوزراء يوم الثلاثاء خطة بقيمة ملياري دولار لتمديد خط المترو إلى المطار وإضافة ثلاثة خطوط حافلات تمر عبر الأحياء الشرقية.',
    'وقال وزير النقل سامي الخطيب في مؤتمر صحفي إن «هذا المشروع هو أكبر استثمار في النقل العام منذ جيل كامل»، مضيفاً أن الحكومة ستنشر تفاصيل التمويل الشهر المقبل.',
    'لكن المعارضة شككت في توقعات عدد الركاب التي بنيت عليها الخطة. وقال النائب كريم منصور إن التكلفة قد ترتفع بنسبة أربعين في المئة إذا تأخر التنفيذ، وطالب بمراجعة مستقلة.',
    'ومن المتوقع أن تبدأ أعمال البناء في الربيع المقبل. وأوضحت هيئة النقل أن المرحلة الاولى، بين المحطة المركزية ومركز المعارض، ستفتتح بحلول نهاية عام 2027.',
    'ورحب سكان الأحياء الشرقية بالقرار. ويشكو سكان الأحياء الشرقية منذ سنوات من قلة الحافلات وازدحام الأرصفة.',
    'وحذرت وزارة المالية من جهتها من أن حصة الدولة من التكلفة قد ترتفع بنسبة خمسة عشر في المئة إذا تأخر التمويل الخارجي.',
  ],
  update: 'تحديث: أضيفت إلى هذا التقرير تصريحات هيئة النقل.',
  quote: 'التكلفة قد ترتفع بنسبة أربعين في المئة إذا تأخر التنفيذ',
  quoteSentence: ' وقال النائب كريم منصور إن التكلفة قد ترتفع بنسبة أربعين في المئة إذا تأخر التنفيذ، وطالب بمراجعة مستقلة.',
  wordInQuote: ['قد ترتفع', 'قد تزيد'],
  aroundQuote: [
    ['وقال النائب كريم منصور إن', 'وحذر النائب المعارض كريم منصور من أن'],
    ['التنفيذ، وطالب', 'التنفيذ. وطالب'],
  ],
  typo: { passage: 'المرحلة الاولى، بين المحطة المركزية ومركز المعارض، ستفتتح بحلول نهاية عام 2027', fix: ['الاولى', 'الأولى'] },
  repeated: 'الأحياء الشرقية',
  lookalike: 'حصة الدولة من التكلفة قد ترتفع بنسبة خمسة عشر في المئة إذا تأخر التمويل الخارجي',
};

const joined = (paragraphs: readonly string[]) => paragraphs.join(PARAGRAPH_SEPARATOR);

/** The text with each edit made at the first occurrence of its `before` (which must be there). */
function edited(text: string, ...edits: readonly Edit[]): string {
  for (const [before, after] of edits) {
    expect(text).toContain(before);
    text = text.replace(before, after);
  }
  return text;
}

/** Offsets of the n-th occurrence (from 0) of `passage` in `text`. */
function occurrence(text: string, passage: string, n = 0): number {
  let at = text.indexOf(passage);
  for (let i = 0; i < n; i++) at = text.indexOf(passage, at + 1);
  expect(at, `occurrence ${n} of "${passage}"`).toBeGreaterThanOrEqual(0);
  return at;
}

function noteOn(text: string, passage: string, n = 0): Selector[] {
  const start = occurrence(text, passage, n);
  return describePassage(text, start, start + passage.length);
}

function expectAnchor(anchor: Anchor | null, text: string, passage: string, method: Anchor['method']) {
  expect(anchor, `an anchor for "${passage}"`).not.toBeNull();
  expect(text.slice(anchor!.start, anchor!.end)).toBe(passage);
  expect(anchor!.method).toBe(method);
}

describe('describePassage', () => {
  const text = joined(ENGLISH.paragraphs);

  it('records the passage, its offsets and CONTEXT_CHARS of context on each side', () => {
    const start = text.indexOf(ENGLISH.quote);
    const end = start + ENGLISH.quote.length;
    const [quote, position] = describePassage(text, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: ENGLISH.quote,
      prefix: text.slice(start - CONTEXT_CHARS, start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    });
    expect(quote.prefix).toHaveLength(CONTEXT_CHARS);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('records shorter context at the ends of the text', () => {
    const [first] = describePassage(text, 0, 4);
    expect(first.prefix).toBe('');
    const [last] = describePassage(text, text.length - 8, text.length);
    expect(last.suffix).toBe('');
  });
});

describe.each([ENGLISH, ARABIC])('anchorPassage on an article in $language', (article) => {
  const text = joined(article.paragraphs);
  const note = noteOn(text, article.quote);

  describe('exact', () => {
    it('finds an unchanged passage at its old offsets', () => {
      const anchor = anchorPassage(text, note);
      expectAnchor(anchor, text, article.quote, 'position');
      expect(anchor!.start).toBe(text.indexOf(article.quote));
    });
  });

  describe('moved', () => {
    it('finds the passage by its text when an update is inserted before it', () => {
      const updated = joined([article.update, ...article.paragraphs]);
      expectAnchor(anchorPassage(updated, note), updated, article.quote, 'quote');
    });

    it('finds the passage by its text when its paragraph is moved', () => {
      const [heading, lead, second, quoted, ...rest] = article.paragraphs;
      const reordered = joined([heading, lead, ...rest, second, quoted]);
      expectAnchor(anchorPassage(reordered, note), reordered, article.quote, 'quote');
    });
  });

  describe('edited', () => {
    it('finds the passage with a word in it changed', () => {
      const changed = edited(text, article.wordInQuote);
      expectAnchor(anchorPassage(changed, note), changed, edited(article.quote, article.wordInQuote), 'fuzzy');
    });

    it('finds the passage with a word changed inside it after an update moved it', () => {
      const changed = edited(joined([article.update, ...article.paragraphs]), article.wordInQuote);
      expectAnchor(anchorPassage(changed, note), changed, edited(article.quote, article.wordInQuote), 'fuzzy');
    });

    it('finds the passage by its text when a word before it and the punctuation after it change', () => {
      const changed = edited(text, ...article.aroundQuote);
      expectAnchor(anchorPassage(changed, note), changed, article.quote, 'quote');
    });

    it('finds the passage after a typo in it is fixed', () => {
      const typoNote = noteOn(text, article.typo.passage);
      const fixed = edited(text, article.typo.fix);
      expectAnchor(anchorPassage(fixed, typoNote), fixed, edited(article.typo.passage, article.typo.fix), 'fuzzy');
    });
  });

  describe('repeated', () => {
    it('tells the occurrences of a repeated phrase apart by their context', () => {
      const updated = joined([article.update, ...article.paragraphs]);
      for (const n of [0, 1, 2]) {
        const anchor = anchorPassage(updated, noteOn(text, article.repeated, n));
        expect(anchor, `occurrence ${n}`).toEqual({
          start: occurrence(updated, article.repeated, n),
          end: occurrence(updated, article.repeated, n) + article.repeated.length,
          method: 'quote',
        });
      }
    });

    it('takes the occurrence nearest the old offsets when no context tells them apart', () => {
      const second = occurrence(text, article.repeated, 1);
      const withoutContext: Selector[] = [
        { type: 'TextQuoteSelector', exact: article.repeated, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: second + 3, end: second + 3 + article.repeated.length },
      ];
      expect(anchorPassage(text, withoutContext)).toEqual({ start: second, end: second + article.repeated.length, method: 'quote' });
    });
  });

  describe('gone', () => {
    it('returns null when the passage is removed, without taking the sentence that looks like it', () => {
      const corrected = edited(text, [article.quoteSentence, '']);
      expect(corrected).toContain(article.lookalike);
      expect(anchorPassage(corrected, note)).toBeNull();
    });

    it('returns null when the passage’s paragraph is removed', () => {
      const typoNote = noteOn(text, article.typo.passage);
      const shortened = joined(article.paragraphs.filter((p) => !p.includes(article.typo.passage)));
      expect(anchorPassage(shortened, typoNote)).toBeNull();
    });
  });
});

describe('anchorPassage with one selector', () => {
  const text = joined(ENGLISH.paragraphs);
  const [quote, position] = describePassage(text, text.indexOf(ENGLISH.quote), text.indexOf(ENGLISH.quote) + ENGLISH.quote.length);

  it('takes a position alone when it is within the text', () => {
    expect(anchorPassage(text, [position])).toEqual({ start: position.start, end: position.end, method: 'position' });
    expect(anchorPassage(text.slice(0, position.end - 1), [position])).toBeNull();
  });

  it('finds a quote alone by its text, exact or close', () => {
    const updated = joined([ENGLISH.update, ...ENGLISH.paragraphs]);
    expectAnchor(anchorPassage(updated, [quote]), updated, ENGLISH.quote, 'quote');
    const changed = edited(updated, ENGLISH.wordInQuote);
    expectAnchor(anchorPassage(changed, [quote]), changed, edited(ENGLISH.quote, ENGLISH.wordInQuote), 'fuzzy');
  });

  it('returns null without selectors', () => {
    expect(anchorPassage(text, [])).toBeNull();
  });
});

/** A long report made of varied sentences (a seeded generator, so every run reads the same). */
function longReport(minLength: number): string {
  const sources = ['The transit authority', 'A spokeswoman for the mayor', 'The drivers’ union', 'Council member Ana Ruiz', 'The finance committee', 'Engineers on the project', 'Shop owners on Harbour Street', 'The regional auditor'];
  const verbs = ['said', 'warned', 'confirmed', 'estimated', 'told reporters', 'wrote in a letter'];
  const claims = [
    (n: number, y: number) => `that ridership on the northern line had grown by ${n} percent since ${y}`,
    (n: number, y: number) => `that ${n} new buses would be ordered before the end of ${y}`,
    (n: number) => `that the depot on Mill Road would close for ${n} weeks of repairs`,
    (n: number, y: number) => `that fares could rise by ${n} cents in ${y} unless the state stepped in`,
    (n: number) => `that ${n} households had signed a petition against the new route`,
    (n: number, y: number) => `that the tunnel contract, worth $${n} million, had been delayed until ${y}`,
  ];
  let seed = 7;
  const pick = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < minLength) {
    const sentences = Array.from({ length: 3 + pick(3) }, () => {
      const claim = claims[pick(claims.length)](2 + pick(400), 2019 + pick(12));
      return `${sources[pick(sources.length)]} ${verbs[pick(verbs.length)]} ${claim}.`;
    });
    paragraphs.push(sentences.join(' '));
    length += paragraphs[paragraphs.length - 1].length + PARAGRAPH_SEPARATOR.length;
  }
  return joined(paragraphs);
}

describe('anchorPassage on a long article', () => {
  const text = longReport(100_000);
  const start = text.indexOf(PARAGRAPH_SEPARATOR, 50_000) + PARAGRAPH_SEPARATOR.length;
  const quote = text.slice(start, start + 1000);
  const note = describePassage(text, start, start + quote.length);
  const update = 'Update: this report has been corrected to give the right figures for the northern line.';

  it('finds a 1,000-character passage moved and edited in a 100,000-character article', () => {
    expect(text.length).toBeGreaterThan(100_000);
    // A phrase added after a word boundary, and a word taken out further on.
    const addAt = quote.indexOf(' ', 300);
    const cutFrom = quote.indexOf(' ', 700);
    const cutTo = quote.indexOf(' ', cutFrom + 1);
    const editedQuote = quote.slice(0, addAt) + ' reportedly' + quote.slice(addAt, cutFrom) + quote.slice(cutTo);
    const changed = update + PARAGRAPH_SEPARATOR + text.replace(quote, editedQuote);
    expectAnchor(anchorPassage(changed, note), changed, editedQuote, 'fuzzy');
  });

  it('returns null when the passage is removed from a 100,000-character article', () => {
    expect(anchorPassage(text.replace(quote, ''), note)).toBeNull();
  });
});
