import { describe, expect, it } from 'vitest';
import type { Selector, TextPositionSelector } from '../../lib/notes/annotation';
import { anchorSelectors, anchorSteps, type Anchor } from '../../lib/notes/anchor';
import { DocumentText } from '../../lib/notes/document-text';
import { describeOffsets } from '../../lib/notes/selectors';

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

/** A news page around the article's paragraphs: a navigation bar before it, a related-stories list after it, and a
 *  script whose JSON-LD repeats its first paragraphs (as many pages' metadata does), laid out with line breaks and
 *  indentation as markup is. */
function page(paragraphs: readonly string[]): DocumentText {
  const doc = document.implementation.createHTMLDocument('A test page');
  const lead = JSON.stringify({ '@type': 'NewsArticle', description: paragraphs.slice(0, 4).join(' ') });
  doc.body.innerHTML = [
    '<nav>\n    <a href="/">Home</a> <a href="/city">City</a>\n  </nav>',
    '<main>\n  <article>',
    ...paragraphs.map((paragraph) => `    <p>${paragraph}</p>`),
    '  </article>\n</main>',
    '<aside><h3>Related</h3><ul><li>Bus fares to rise in the spring</li></ul></aside>',
    `<script type="application/ld+json">${lead.replace(/</g, '\\u003c')}</script>`,
  ].join('\n');
  return DocumentText.of(doc.body);
}

/** The paragraphs with each edit made at the first occurrence of its `before` (which must be in one of them). */
function edited(paragraphs: readonly string[], ...edits: readonly Edit[]): string[] {
  let text = paragraphs.join('\u0000');
  for (const [before, after] of edits) {
    expect(text).toContain(before);
    text = text.replace(before, after);
  }
  return text.split('\u0000');
}

function editedText(text: string, ...edits: readonly Edit[]): string {
  return edited([text], ...edits)[0];
}

/** Offset of the n-th occurrence (from 0) of `passage` in the page's text. */
function occurrence(doc: DocumentText, passage: string, n = 0): number {
  let at = doc.text.indexOf(passage);
  for (let i = 0; i < n; i++) at = doc.text.indexOf(passage, at + 1);
  expect(at, `occurrence ${n} of "${passage}"`).toBeGreaterThanOrEqual(0);
  return at;
}

function noteOn(doc: DocumentText, passage: string, n = 0): Selector[] {
  const start = occurrence(doc, passage, n);
  return describeOffsets(doc, start, start + passage.length);
}

function expectAnchor(anchor: Anchor | null, doc: DocumentText, passage: string, method: Anchor['method']) {
  expect(anchor, `an anchor for "${passage}"`).not.toBeNull();
  expect(doc.text.slice(anchor!.start, anchor!.end)).toBe(passage);
  expect(anchor!.method).toBe(method);
}

describe.each([ENGLISH, ARABIC])('anchoring on a page with an article in $language', (article) => {
  const original = page(article.paragraphs);
  const note = noteOn(original, article.quote);

  describe('exact', () => {
    it('finds an unchanged passage at its old offsets', () => {
      const anchor = anchorSelectors(original, note);
      expectAnchor(anchor, original, article.quote, 'position');
      expect(anchor!.start).toBe(original.text.indexOf(article.quote));
    });

    it('finds the passage between the points of its RangeSelector when text before its paragraph changed', () => {
      const [heading, ...rest] = article.paragraphs;
      const updated = page([`${heading} ${article.update}`, ...rest]);
      expectAnchor(anchorSelectors(updated, note), updated, article.quote, 'range');
    });
  });

  describe('moved', () => {
    it('finds the passage by its text when an update is inserted before it', () => {
      const updated = page([article.update, ...article.paragraphs]);
      expectAnchor(anchorSelectors(updated, note), updated, article.quote, 'quote');
    });

    it('finds the passage by its text when its paragraph is moved', () => {
      const [heading, lead, second, quoted, ...rest] = article.paragraphs;
      const reordered = page([heading, lead, ...rest, second, quoted]);
      expectAnchor(anchorSelectors(reordered, note), reordered, article.quote, 'quote');
    });

    it('finds the passage by its text when the markup lays its words out with other white space', () => {
      const relaidOut = page(article.paragraphs.map((p) => p.replace(/ /g, ' \n      ')));
      const anchor = anchorSelectors(relaidOut, note);
      expect(anchor?.method).toBe('quote');
      expect(relaidOut.text.slice(anchor!.start, anchor!.end).replace(/\s+/g, ' ')).toBe(article.quote);
    });
  });

  describe('edited', () => {
    it('finds the passage with a word in it changed', () => {
      const changed = page(edited(article.paragraphs, article.wordInQuote));
      expectAnchor(anchorSelectors(changed, note), changed, editedText(article.quote, article.wordInQuote), 'fuzzy');
    });

    it('finds the passage with a word changed inside it after an update moved it', () => {
      const changed = page(edited([article.update, ...article.paragraphs], article.wordInQuote));
      expectAnchor(anchorSelectors(changed, note), changed, editedText(article.quote, article.wordInQuote), 'fuzzy');
    });

    it('finds the passage by its text when a word before it and the punctuation after it change', () => {
      const changed = page(edited(article.paragraphs, ...article.aroundQuote));
      expectAnchor(anchorSelectors(changed, note), changed, article.quote, 'quote');
    });

    it('finds the passage after a typo in it is fixed', () => {
      const typoNote = noteOn(original, article.typo.passage);
      const fixed = page(edited(article.paragraphs, article.typo.fix));
      expectAnchor(anchorSelectors(fixed, typoNote), fixed, editedText(article.typo.passage, article.typo.fix), 'fuzzy');
    });
  });

  describe('repeated', () => {
    it('tells the occurrences of a repeated phrase apart by their context', () => {
      const updated = page([article.update, ...article.paragraphs]);
      for (const n of [0, 1, 2]) {
        const anchor = anchorSelectors(updated, noteOn(original, article.repeated, n));
        const start = occurrence(updated, article.repeated, n);
        expect(anchor, `occurrence ${n}`).toEqual({ start, end: start + article.repeated.length, method: 'quote' });
      }
    });

    it('takes the occurrence nearest the old offsets when no context tells them apart', () => {
      const second = occurrence(original, article.repeated, 1);
      const withoutContext: Selector[] = [
        { type: 'TextQuoteSelector', exact: article.repeated, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: second + 3, end: second + 3 + article.repeated.length },
      ];
      expect(anchorSelectors(original, withoutContext)).toEqual({ start: second, end: second + article.repeated.length, method: 'quote' });
    });

    it('never takes the copy of the passage in a script the reader does not see', () => {
      const lead = article.paragraphs[1];
      const quote: Selector = { type: 'TextQuoteSelector', exact: lead, prefix: '', suffix: '' };
      const updated = page([article.update, ...article.paragraphs.slice(1)]);
      const anchor = anchorSelectors(updated, [quote]);
      expect(anchor?.method).toBe('quote');
      expect(updated.pointAt(anchor!.start, 'start')!.node.parentElement!.localName).toBe('p');
    });
  });

  describe('gone', () => {
    it('returns null when the passage is removed, without taking the sentence that looks like it', () => {
      const corrected = page(edited(article.paragraphs, [article.quoteSentence, '']));
      expect(corrected.text).toContain(article.lookalike);
      expect(anchorSelectors(corrected, note)).toBeNull();
    });

    it('returns null when the passage’s paragraph is removed', () => {
      const typoNote = noteOn(original, article.typo.passage);
      const shortened = page(article.paragraphs.filter((p) => !p.includes(article.typo.passage)));
      expect(anchorSelectors(shortened, typoNote)).toBeNull();
    });
  });
});

describe('anchoring with one selector', () => {
  const original = page(ENGLISH.paragraphs);
  const [quote, position, range] = noteOn(original, ENGLISH.quote);

  it('takes a position alone when it is within the text', () => {
    expect(anchorSelectors(original, [position])).toEqual({ ...position, type: undefined, method: 'position' });
    const short = page([ENGLISH.paragraphs[0]]);
    expect(short.text.length).toBeLessThan((position as TextPositionSelector).end);
    expect(anchorSelectors(short, [position])).toBeNull();
  });

  it('takes a range alone when its elements are there', () => {
    expectAnchor(anchorSelectors(original, [range]), original, ENGLISH.quote, 'range');
    expect(anchorSelectors(page(ENGLISH.paragraphs.slice(0, 3)), [range])).toBeNull();
  });

  it('finds a quote alone by its text, exact or close', () => {
    const updated = page([ENGLISH.update, ...ENGLISH.paragraphs]);
    expectAnchor(anchorSelectors(updated, [quote]), updated, ENGLISH.quote, 'quote');
    const changed = page(edited([ENGLISH.update, ...ENGLISH.paragraphs], ENGLISH.wordInQuote));
    expectAnchor(anchorSelectors(changed, [quote]), changed, editedText(ENGLISH.quote, ENGLISH.wordInQuote), 'fuzzy');
  });

  it('returns null without selectors', () => {
    expect(anchorSelectors(original, [])).toBeNull();
  });
});

/** A long report made of varied sentences (a seeded generator, so every run reads the same). */
function longReport(minLength: number): string[] {
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
    length += paragraphs[paragraphs.length - 1].length;
  }
  return paragraphs;
}

describe('anchoring on a long article', () => {
  // The English article's paragraphs in the middle of a long report on the same subject.
  const filler = longReport(160_000);
  const middle = filler.length / 2;
  const paragraphs = [...filler.slice(0, middle), ...ENGLISH.paragraphs.slice(1), ...filler.slice(middle)];
  const original = page(paragraphs);
  const quote = ENGLISH.paragraphs[3];
  const note = noteOn(original, quote);
  const update = 'Update: this report has been corrected to give the right figures for the northern line.';

  it('finds a passage moved and edited in a 160,000-character article', () => {
    expect(original.text.length).toBeGreaterThan(160_000);
    // A phrase added after a word boundary, and a word taken out further on.
    const addAt = quote.indexOf(' ', quote.length / 3);
    const cutFrom = quote.indexOf(' ', (2 * quote.length) / 3);
    const cutTo = quote.indexOf(' ', cutFrom + 1);
    const editedQuote = quote.slice(0, addAt) + ' reportedly' + quote.slice(addAt, cutFrom) + quote.slice(cutTo);
    const changed = page([update, ...edited(paragraphs, [quote, editedQuote])]);
    expectAnchor(anchorSelectors(changed, note), changed, editedQuote, 'fuzzy');
    // Moved with the paragraphs around it to the end of the article, far from its old place.
    const around = ENGLISH.paragraphs.slice(2, 5);
    const moved = page([...paragraphs.filter((p) => !around.includes(p)), ...edited(around, [quote, editedQuote])]);
    expectAnchor(anchorSelectors(moved, note), moved, editedQuote, 'fuzzy');
  });

  it('returns null when the passage is removed from a 160,000-character article, searching it in steps of bounded work', () => {
    const steps = anchorSteps(page(paragraphs.filter((p) => p !== quote)), note);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value).toBeNull();
    expect(pauses, 'pauses between chunks of the close-match search').toBeGreaterThanOrEqual(10);
  });
});
