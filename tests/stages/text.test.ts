import { describe, expect, it } from 'vitest';
import { fold, squeezeSpaces } from '../../lib/text/fold';
import { hasWhiteSpace, isWhiteSpace, isWhiteSpaceBetween } from '../../lib/text/white-space';
import { SegmentedText, sentenceSpans, splitRunOnSentences, tokenize, wordKeys } from '../../lib/text/tokens';
import { contentTerms } from '../../lib/text/terms';
import { clauseSpans, leadingClausesEnd } from '../../lib/text/clauses';
import { datelineLength } from '../../lib/text/dateline';
import { arabic } from '../../lib/languages/ar';
import { english } from '../../lib/languages/en';

const slices = (text: string, lang: string) => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

/** Each folding rule, with words and their folded forms. */
const FOLDS: Record<string, [word: string, folded: string][]> = {
  'folds the hamza forms of alef to bare alef': [
    ['أحمد', 'احمد'], ['إسرائيل', 'اسرائيل'], ['إعلان', 'اعلان'], ['آمنة', 'امنه'], ['ٱلله', 'الله'],
  ],
  'folds alef maqsura to ya and ta marbuta to ha': [['مصطفى', 'مصطفي'], ['على', 'علي'], ['مدرسة', 'مدرسه'], ['الحكومة', 'الحكومه']],
  'removes tashkeel and tatweel': [['قَالَ', 'قال'], ['مُحَمَّدٌ', 'محمد'], ['الرَّئِيسُ', 'الرئيس'], ['كتـــاب', 'كتاب']],
  'folds Persian ya and kaf to the Arabic letters': [['ایران', 'ايران'], ['کشور', 'كشور']],
  'lower-cases, turns ё into е, strips niqqud and keeps Latin accents': [
    ['Président', 'président'], ['ÉTÉ', 'été'], ['ёлка', 'елка'], ['שָׁלוֹם', 'שלום'], ['Jones’', "jones'"],
  ],
};

describe('fold', () => {
  for (const [rule, pairs] of Object.entries(FOLDS)) {
    it(rule, () => {
      for (const [word, folded] of pairs) expect(fold(word), word).toBe(folded);
    });
  }

  it('lower-cases ASCII words and sentences, capitals anywhere in them, and leaves lower-case ones as they are', () => {
    for (const [word, folded] of [['Putin', 'putin'], ['NATO', 'nato'], ['McDonald', 'mcdonald'], ['said', 'said'], ['The PM said: "No."', 'the pm said: "no."'], ['', '']]) {
      expect(fold(word), word).toBe(folded);
    }
  });

  it('makes differently written Arabic spellings of one word equal', () => {
    for (const [a, b] of [['إِنَّ', 'ان'], ['القاهرة', 'القاهره'], ['مستشفى', 'مستشفي']]) expect(fold(a), a).toBe(fold(b));
  });
});

describe('white space', () => {
  it("takes for white space exactly what JavaScript's \\s matches, in the whole Basic Multilingual Plane", () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('finds white space anywhere in a string or a stretch of it', () => {
    expect(['Vladimir Putin', 'Putin', '', 'بوتين\u00a0قال', 'a\u3000b'].map((text) => hasWhiteSpace(text))).toEqual([true, false, false, true, true]);
    expect(hasWhiteSpace('Vladimir Putin', 0, 8)).toBe(false);
    expect(hasWhiteSpace('Vladimir Putin', 5, 10)).toBe(true);
  });

  it('finds a segment all white space only when it has some and nothing else', () => {
    const alone = (segment: string) => isWhiteSpaceBetween(segment, 0, segment.length);
    expect([' ', '\n\n', '\u00a0\u3000', '', ' \u0301', 'a ', '\u200b'].map(alone)).toEqual([true, true, true, false, false, false, false]);
    // A part of a longer text, without cutting it out.
    expect(isWhiteSpaceBetween('said: \u00a0 “Yes”', 5, 8)).toBe(true);
    expect(isWhiteSpaceBetween('said: \u00a0 “Yes”', 4, 8)).toBe(false);
    expect(isWhiteSpaceBetween('said', 2, 2)).toBe(false);
  });
});

describe('squeezeSpaces', () => {
  it('collapses runs of white space including no-break and zero-width spaces, and trims', () => {
    expect(squeezeSpaces('  Le\u00a0\u00a0maire \n\t a dit\u200b ')).toBe('Le maire a dit');
    expect(squeezeSpaces('\n\n')).toBe('');
  });
});

describe('tokenize', () => {
  it('splits Chinese text into words, not single characters or one blob', () => {
    const text = '中国政府今天宣布新的经济政策。';
    const words = tokenize(text, 'zh').filter((t) => t.isWord).map((t) => t.text);
    expect(words).toContain('政府');
    expect(words).toContain('经济');
    expect(words).toContain('政策');
    expect(words.join('')).toBe('中国政府今天宣布新的经济政策');
    expect(words.length).toBeGreaterThanOrEqual(5);
    expect(words.length).toBeLessThan(14);
  });

  it('gives offsets that point back into the input, with folded keys', () => {
    const text = 'قالَ الرئيسُ: «سنعمل على ذلك»، وأضاف.';
    const tokens = tokenize(text, 'ar');
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.key).toBe(fold(t.text));
    }
    const words = tokens.filter((t) => t.isWord).map((t) => t.key);
    expect(words).toEqual(['قال', 'الرئيس', 'سنعمل', 'علي', 'ذلك', 'واضاف']);
    expect(tokens.some((t) => t.text === '«' && !t.isWord)).toBe(true);
  });

  it('leaves white space out and marks punctuation as non-words', () => {
    const text = "The mayor didn't say.";
    const tokens = tokenize(text, 'en');
    expect(tokens.map((t) => t.text)).toEqual(['The', 'mayor', "didn't", 'say', '.']);
    expect(tokens.map((t) => t.isWord)).toEqual([true, true, true, true, false]);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 3], [4, 9], [10, 16], [17, 20], [20, 21]]);
  });

  it('wordKeys gives folded words only', () => {
    expect(wordKeys('Путин заявил: «Всё решено».', 'ru')).toEqual(['путин', 'заявил', 'все', 'решено']);
  });
});

describe('SegmentedText', () => {
  it('gives each part of a text the tokens the part has on its own, from wherever it starts to wherever it ends', () => {
    const texts: Array<[lang: string, text: string]> = [
      ['en', 'The mayor said: “We will rebuild the bridge.” Officials didn’t agree.\n\nU.S. figures rose 3.5% on Monday, a spokesman said.'],
      ['ar', 'وقال الرئيس: «سنعمل على ذلك»، وأضاف أن الخطة جاهزة.\n\nوأكد الوزير أن «الحكومة ملتزمة».'],
      ['he', 'ראש הממשלה אמר: "נפעל מיד". צה"ל הודיע כי הכוחות נערכים.'],
      ['zh', '外交部发言人说：“我们不会接受。”他补充说，会议将在明天举行。'],
      ['zh', '国家统计局周一公布，前三季度经济增长5.2%。分析人士表示（据新华社报道），消费仍是主要动力！明年呢？\n\n《人民日报》评论称：“改革不会停步。”'],
      ['ru', 'Путин заявил: «Всё решено», — добавил он. '.repeat(30)],
      ['en', 'The words "MUST", "MUST NOT" and "SHOULD" are defined in [RFC2119].[81] It said "work in progress." (See 3.1.) x_y a.b\'c 1,000.5'],
      ['he', 'הוא אמר: "צה"ל (ר\' 3.2) הודיע [1]." ראש־הממשלה'],
    ];
    for (const [lang, text] of texts) {
      const segmented = new SegmentedText(text, lang);
      const bounds = [...new Set(segmented.tokens.flatMap((t) => [t.start, t.end]))].filter((_, i, all) => all.length < 100 || i % 7 === 0);
      for (const start of bounds) {
        for (const end of bounds) {
          if (end <= start) continue;
          const alone = tokenize(text.slice(start, end), lang).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
          expect(segmented.tokensBetween(start, end), `${lang} ${start}-${end}`).toEqual(alone);
        }
      }
    }
    // Every pair of bounds of eight texts: tens of thousands of comparisons, beyond the default time on a busy machine.
  }, 30_000);
});

describe('sentenceSpans', () => {
  it('splits English sentences and trims surrounding space', () => {
    const text = '  The council met on Monday. It approved the budget! Was it enough?  ';
    expect(slices(text, 'en')).toEqual(['The council met on Monday.', 'It approved the budget!', 'Was it enough?']);
    const spans = sentenceSpans(text, 'en');
    expect(spans[0]).toEqual({ start: 2, end: 28 });
  });

  it('splits Arabic sentences at the full stop and the Arabic question mark', () => {
    const text = 'اجتمع مجلس الوزراء يوم الأحد. وناقش الموازنة الجديدة؟ ثم أعلن القرار.';
    expect(slices(text, 'ar')).toEqual(['اجتمع مجلس الوزراء يوم الأحد.', 'وناقش الموازنة الجديدة؟', 'ثم أعلن القرار.']);
  });

  it('splits Chinese sentences at 。！？ without spaces', () => {
    const text = '国务院今天召开会议。会议讨论了经济问题！下一步怎么办？';
    expect(slices(text, 'zh')).toEqual(['国务院今天召开会议。', '会议讨论了经济问题！', '下一步怎么办？']);
    const spans = sentenceSpans(text, 'zh');
    expect(spans.map((s) => s.start)).toEqual([0, 10, 20]);
  });

  it('returns nothing for white space', () => {
    expect(sentenceSpans('   \n ', 'en')).toEqual([]);
  });
});

describe('contentTerms', () => {
  it('drops English function words and numbers', () => {
    // "said" is listed among the function words: every article is full of it.
    expect(contentTerms('The mayor said that the 2024 budget is balanced', english)).toEqual(['mayor', 'budget', 'balanced']);
  });

  it('strips Arabic clitic prefixes and drops function words', () => {
    // وقال → قال, الرئيس → رئيس, المؤتمر → مؤتمر; في is a function word.
    expect(contentTerms('وقال الرئيس في المؤتمر', arabic)).toEqual(['قال', 'رئيس', 'مؤتمر']);
  });
});

/** The clauses of `text` taken as one sentence, as [text, dependent]; nothing is quoted. */
function clausesOf(text: string, table = arabic): [string, boolean][] {
  return clauseSpans(text, { start: 0, end: text.length }, table, () => false).map((c) => [text.slice(c.start, c.end), c.dependent]);
}

describe('clauseSpans', () => {
  const RUN_ON =
    'أعلنت وزارة الصحة المصرية يوم الخميس عن افتتاح ثلاثة مستشفيات جديدة في محافظات الصعيد بتكلفة تبلغ مليار جنيه، ' +
    'وأكد الوزير أن المستشفيات الجديدة ستخدم أكثر من مليوني مواطن في القرى المحيطة بها، ' +
    'حيث تضم أقساما للطوارئ والولادة والعناية المركزة وتعمل على مدار الساعة.';

  it('cuts a long Arabic sentence at "، و" into main clauses, and before حيث into an adjunct', () => {
    expect(clausesOf(RUN_ON)).toEqual([
      ['أعلنت وزارة الصحة المصرية يوم الخميس عن افتتاح ثلاثة مستشفيات جديدة في محافظات الصعيد بتكلفة تبلغ مليار جنيه،', false],
      ['وأكد الوزير أن المستشفيات الجديدة ستخدم أكثر من مليوني مواطن في القرى المحيطة بها،', false],
      ['حيث تضم أقساما للطوارئ والولادة والعناية المركزة وتعمل على مدار الساعة.', true],
    ]);
  });

  it('cuts after the Arabic semicolon, and before an adjunct opener written without a comma', () => {
    const text =
      'ارتفعت أسعار الذهب في الأسواق المحلية اليوم الأحد بنسبة كبيرة مقارنة بالأسبوع الماضي؛ ' +
      'وسجل سعر الجرام من عيار واحد وعشرين أعلى مستوى له منذ بداية العام الحالي وذلك بسبب تراجع قيمة العملة المحلية أمام الدولار.';
    expect(clausesOf(text).map(([clause, dependent]) => [clause.split(' ')[0], dependent])).toEqual([['ارتفعت', false], ['وسجل', false], ['وذلك', true]]);
  });

  it('cuts before a circumstantial participle with its tanween, and before a relative clause spelt with final ى', () => {
    const text =
      'أعلن وزير المالية في مؤتمر صحفي عقده اليوم في العاصمة عن خطة جديدة لخفض العجز في الموازنة العامة، ' +
      'مشيراً إلى أن الحكومة ستخفض الإنفاق على المشاريع غير الضرورية، والذى سيوفر نحو خمسة مليارات جنيه سنويا للدولة.';
    expect(clausesOf(text).map(([clause, dependent]) => [clause.split(' ')[0], dependent])).toEqual([['أعلن', false], ['مشيراً', true], ['والذى', true]]);
  });

  it('leaves a sentence of 25 words or fewer whole', () => {
    const text = 'افتتح الوزير المعرض الدولي للكتاب في القاهرة، وأكد أن الدولة تدعم صناعة النشر.';
    expect(clausesOf(text)).toEqual([[text, false]]);
  });

  it('does not cut where "، و" joins a noun with its article (a list, not a clause)', () => {
    const text =
      'انتهت المفاوضات بين الشركات القابضة لقطاع الصناعات الغذائية التي توظف أكثر من مئة ألف عامل في مختلف المحافظات، ' +
      'والنقابة الوطنية لعمال الصناعات الغذائية إلى اتفاق على زيادة الأجور بداية من الشهر المقبل.';
    expect(clausesOf(text)).toEqual([[text, false]]);
  });

  it('never cuts inside a quotation or brackets', () => {
    const text =
      'وقال الوزير في مؤتمر صحفي عقده مساء أمس في مقر الوزارة بالعاصمة: «سنبني مستشفى في كل محافظة، وسنوفر الأطباء والممرضين اللازمين لتشغيلها على مدار الساعة»، ' +
      'وأضاف أن المشروع الجديد (الذي تموله الحكومة، وتشرف عليه وزارة الصحة) سيكتمل خلال عامين على أقصى تقدير.';
    const quotation = { start: text.indexOf('«'), end: text.indexOf('»') + 1 };
    const clauses = clauseSpans(text, { start: 0, end: text.length }, arabic, (at) => quotation.start < at && at < quotation.end);
    expect(clauses.map((c) => text.slice(c.start, c.end).split(' ')[0])).toEqual(['وقال', 'وأضاف']);
  });

  it('leaves the sentences of a language without clause cues whole, however long', () => {
    const text =
      'The council voted on Tuesday to ban cars from the historic centre of Bristol from next spring, and the mayor said ' +
      'the decision would end a two-year dispute between shop owners and cycling groups, whereas the opposition called for a referendum.';
    expect(clausesOf(text, english)).toEqual([[text, false]]);
  });
});

describe('leadingClausesEnd', () => {
  const RUN_ON =
    'أعلنت وزارة الصحة المصرية يوم الخميس عن افتتاح ثلاثة مستشفيات جديدة في محافظات الصعيد بتكلفة تبلغ مليار جنيه، ' +
    'وأكد الوزير أن المستشفيات الجديدة ستخدم أكثر من مليوني مواطن في القرى المحيطة بها، ' +
    'حيث تضم أقساما للطوارئ والولادة والعناية المركزة وتعمل على مدار الساعة.';
  const lead = (maxWords: number, text = RUN_ON, table = arabic) => text.slice(0, leadingClausesEnd(text, { start: 0, end: text.length }, table, () => false, maxWords));

  it('keeps the first clauses that fit, the sentence’s subject with them', () => {
    expect(lead(40)).toBe(RUN_ON.slice(0, RUN_ON.indexOf(' حيث')));
    expect(lead(20)).toBe(RUN_ON.slice(0, RUN_ON.indexOf(' وأكد')));
  });

  it('keeps the first clause when even it is longer than asked, and a short sentence whole', () => {
    expect(lead(5)).toBe(RUN_ON.slice(0, RUN_ON.indexOf(' وأكد')));
    expect(lead(60)).toBe(RUN_ON);
  });

  it('cannot cut a sentence in a language without clause cues', () => {
    const text = 'The council voted on Tuesday to ban cars from the historic centre of Bristol from next spring, and the mayor said the decision would end a long dispute.';
    expect(lead(10, text, english)).toBe(text);
  });
});

describe('datelineLength', () => {
  const dateline = (text: string, table = arabic) => text.slice(0, datelineLength(text, table));

  it('finds the place or outlet an article opens with, before a colon or a dash', () => {
    expect(dateline('القاهرة - أعلنت الحكومة المصرية اليوم عن خطة جديدة لدعم صغار المزارعين')).toBe('القاهرة - ');
    expect(dateline('الخرطوم اليوم : أغلق مؤشر سوق الأوراق المالية مرتفعا في نهاية تعاملات الأسبوع')).toBe('الخرطوم اليوم : ');
    expect(dateline('WASHINGTON (Reuters) - The Senate passed the spending bill on Tuesday after a long debate.', english)).toBe('WASHINGTON (Reuters) - ');
    expect(dateline('(CNN) Two climbers were rescued from the mountain early on Sunday morning.', english)).toBe('(CNN) ');
  });

  it('is no speaker introducing his words, and no label before a short text', () => {
    expect(dateline('وقال الوزير: إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل')).toBe('');
    expect(dateline('الرئيس: «لن نتراجع عن الإصلاحات مهما كانت الصعوبات التي تواجهنا»')).toBe('');
    expect(dateline('المصدر: وكالة الأنباء')).toBe('');
    expect(dateline('The council voted on Tuesday to ban cars from the centre.', english)).toBe('');
  });
});

describe('splitRunOnSentences', () => {
  it('cuts a word the segmenter kept whole across a full stop with no space after it, and nothing else', () => {
    const text = 'so auch im Bundesanzeiger.Mats Schönauer schreibt, sagte Merkel.Als Reaktion auf z.B. Welt.de und 3.5';
    const tokens = splitRunOnSentences(tokenize(text, 'de'));
    const words = tokens.filter((t) => t.isWord).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Bundesanzeiger', 'Mats', 'Merkel', 'Als', 'Welt.de']));
    expect(words).not.toContain('Bundesanzeiger.Mats');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const stop = tokens.findIndex((t) => t.text === 'Bundesanzeiger') + 1;
    expect(tokens[stop]).toMatchObject({ text: '.', isWord: false });
  });

  it('returns the same tokens where no word runs on', () => {
    const tokens = tokenize('Der Stadtrat hat am Dienstag beraten. Die Opposition übte Kritik.', 'de');
    expect(splitRunOnSentences(tokens)).toBe(tokens);
  });
});
