import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../lib/article/article-text';
import { summarize, summaryLength } from '../../lib/summary';
import { SUMMARY_WEIGHTS } from '../../lib/summary-weights';
import { sentenceSpans } from '../../lib/text/tokens';
import { english } from '../../lib/languages/en';
import { german } from '../../lib/languages/de';
import { arabic } from '../../lib/languages/ar';
import { chinese } from '../../lib/languages/zh';
import type { LanguageTable } from '../../lib/languages';
import { analyze, articleRegionOf } from '../helpers';

/** The article text of a page, as the summary sees it. */
function articleOf(html: string): ArticleText {
  return new ArticleText(articleRegionOf(html).region.paragraphs);
}

/** Every sentence of the article body, as the summary may quote them. */
function sentencesOf(article: ArticleText, lang: string): string[] {
  return article.paragraphs.flatMap((p) => sentenceSpans(p.block.text, lang).map((s) => p.block.text.slice(s.start, s.end)));
}

/** About one line in eight sentences: two for a news brief (fewer than ten sentences), 3–6 for a longer article. */
function checkSummary(summary: string[], article: ArticleText, table: LanguageTable, furniture: string[], brief: boolean) {
  const sentences = sentencesOf(article, table.code);
  expect(summary).toHaveLength(summaryLength(sentences.length));
  if (brief) expect(summary).toHaveLength(2);
  else expect(summary.length).toBeGreaterThanOrEqual(3);
  const positions = summary.map((s) => sentences.indexOf(s));
  for (const [i, s] of summary.entries()) expect(positions[i], `"${s}" is a sentence of the article`).toBeGreaterThanOrEqual(0);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(new Set(summary).size).toBe(summary.length);
  for (const s of summary) for (const f of furniture) expect(s).not.toContain(f);
}

const page = (lang: string, title: string, nav: string[], body: string[], footer: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
  <nav><ul>${nav.map((n, i) => `<li><a href="/s${i}">${n}</a></li>`).join('')}</ul></nav>
  <main><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}
  <div class="related"><h3>${nav[0]}</h3><ul><li><a href="/r">${footer} ${nav[1]}</a></li></ul></div></article></main>
  <footer><p>${footer}</p></footer></body></html>`;

const EN_BODY = [
  'The city council voted on Tuesday to ban cars from the historic centre of Bristol from next spring, ending a two-year dispute between shop owners and cycling groups.',
  'Under the plan, only buses, taxis, delivery vans and residents will be allowed to drive through the old town between seven in the morning and seven in the evening.',
  'Shop owners warned that the ban would drive customers to out-of-town shopping centres. Several said they would consider moving their businesses elsewhere.',
  'Cycling groups welcomed the decision and said the centre would become safer and quieter. They have campaigned for a car-free centre since 2019.',
  'The council will spend four million pounds on new cycle lanes, wider pavements and benches. Work on the first streets is due to begin in January.',
  'Air pollution in the centre has exceeded legal limits for six years in a row, according to figures published by the council last month.',
  'A public consultation last year found that almost two thirds of residents supported closing the centre to through traffic.',
  'The opposition leader on the council said the decision had been rushed and called for a referendum before the ban comes into force.',
  'Similar bans in Ghent and Pontevedra led to a sharp fall in traffic and pollution, and shops there reported more visitors after the first year.',
];
const EN_PAGE = page('en', 'Bristol to ban cars from historic centre', ['Sign in to your account', 'Subscribe today'], EN_BODY, 'Copyright 2024 Bristol Evening Post. All rights reserved.');

const AR_BODY = [
  'افتتح رئيس الوزراء المصري يوم السبت أكبر محطة لتحلية مياه البحر في مدينة العلمين الجديدة، بطاقة إنتاجية تبلغ مئة وخمسين ألف متر مكعب يومياً.',
  'وقال رئيس الوزراء إن المحطة ستوفر مياه الشرب لأكثر من نصف مليون نسمة في الساحل الشمالي. وأضاف أن الحكومة تخطط لبناء عشر محطات مماثلة حتى عام ألفين وثلاثين.',
  'وتعاني مصر من عجز مائي متزايد بسبب النمو السكاني السريع وتراجع حصتها من مياه نهر النيل.',
  'وأوضح وزير الإسكان أن تكلفة المحطة بلغت نحو ثلاثة مليارات جنيه، وأن شركات مصرية نفذت معظم أعمال البناء خلال عامين.',
  'ويرى خبراء أن تحلية مياه البحر أصبحت ضرورة لمدن الساحل، لكنهم يحذرون من ارتفاع تكلفة الطاقة اللازمة لتشغيل المحطات.',
  'وتعتمد المحطة الجديدة جزئياً على الطاقة الشمسية لتقليل استهلاك الكهرباء، بحسب بيان وزارة الإسكان.',
  'ومن المقرر أن تبدأ المحطة الثانية في مدينة العريش العمل قبل نهاية العام المقبل.',
];
const AR_PAGE = page('ar', 'افتتاح أكبر محطة لتحلية المياه في العلمين', ['الصفحة الرئيسية للموقع', 'اشترك في النشرة'], AR_BODY, 'جميع الحقوق محفوظة لموقع الأخبار المصري');

const ZH_BODY = [
  '国家航天局周三宣布，嫦娥六号探测器成功在月球背面着陆，这是人类第二次在月球背面实现软着陆。',
  '探测器将在着陆区采集约两公斤月壤样品，并计划于本月底返回地球。科学家希望这些样品能揭示月球早期演化的历史。',
  '国家航天局表示，本次任务还搭载了来自法国、意大利和巴基斯坦的科学仪器。',
  '月球背面始终背对地球，探测器与地面的通信需要依靠中继卫星鹊桥二号完成。',
  '专家指出，月球背面的地质结构与正面差异很大，采样难度也更高。',
  '这次任务的成功为中国计划在二〇三〇年前实现载人登月打下了基础。',
];
const ZH_PAGE = page('zh-CN', '嫦娥六号成功着陆月球背面', ['网站首页导航', '用户登录注册'], ZH_BODY, '版权所有 新闻网 未经授权禁止转载');

/** Each language's page, its table and the furniture its summary must leave out. */
const LANGUAGES = [
  { language: 'English', html: EN_PAGE, table: english, furniture: ['Sign in', 'Subscribe', 'Copyright', 'All rights reserved'], brief: false },
  { language: 'Arabic', html: AR_PAGE, table: arabic, furniture: ['الصفحة الرئيسية', 'اشترك', 'جميع الحقوق'], brief: true },
  { language: 'Chinese', html: ZH_PAGE, table: chinese, furniture: ['首页', '登录', '版权所有'], brief: true },
];

/** The page's analysis and its article text, for each language. */
const analysed = Object.fromEntries(
  LANGUAGES.map(({ language, html }) => [language, { analysis: analyze(html), article: articleOf(html) }]),
);

for (const { language, table, furniture, brief } of LANGUAGES) {
  describe(`summarize: ${language}`, () => {
    const { analysis, article } = analysed[language]!;

    it(`gives ${brief ? 'two verbatim sentences' : '3–6 verbatim sentences'} of the ${language} body, in order, without boilerplate`, () => {
      expect(analysis.isArticle).toBe(true);
      expect(analysis.lang).toBe(table.code);
      checkSummary(analysis.summary, article, table, furniture, brief);
    });
  });
}

describe('summarize: English', () => {
  const { analysis, article } = analysed.English!;

  it('starts with the lead sentence', () => {
    expect(analysis.summary[0]).toBe(EN_BODY[0]);
  });

  it('gives an article of ten sentences or more at least three', () => {
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
  });

  it('is the same when called directly on the article text', () => {
    expect(summarize(article, english, [])).toEqual(analysis.summary);
  });
});

describe('summarize: Arabic', () => {
  const { analysis } = analysed.Arabic!;

  it('is in Arabic', () => {
    for (const s of analysis.summary) {
      const letters = s.match(/\p{L}/gu) ?? [];
      const arabicLetters = s.match(/\p{Script=Arabic}/gu) ?? [];
      expect(arabicLetters.length).toBe(letters.length);
    }
  });

  it('splits at Arabic sentence ends: no summary sentence holds two sentences', () => {
    for (const s of analysis.summary) expect(s.slice(0, -1)).not.toMatch(/[.؟!]\s/u);
  });
});

describe('summarize: Arabic brief written as long run-on sentences', () => {
  const BRIEF =
    'الرباط - أطلقت الحكومة المغربية يوم الاثنين برنامجا وطنيا لدعم الشباب العاطلين عن العمل في المدن الصغيرة والقرى بميزانية تبلغ ثلاثة مليارات درهم، ' +
    'وأوضح وزير التشغيل أن البرنامج سيوفر أكثر من مئة ألف فرصة عمل خلال السنوات الثلاث المقبلة، ' +
    'مشيرا إلى أن الأولوية ستكون لخريجي الجامعات والمعاهد المهنية في الجهات الأقل نموا. ' +
    'وقال الوزير إن الحكومة ستتعاون مع البنوك المحلية لتقديم قروض صغيرة بفوائد منخفضة للشباب الذين يرغبون في إنشاء مشاريعهم الخاصة، ' +
    'وأضاف أن لجانا جهوية ستتابع تنفيذ البرنامج في كل جهة من جهات المملكة وتقدم تقريرا سنويا إلى البرلمان. ' +
    'ويعاني المغرب من ارتفاع نسبة البطالة بين الشباب في السنوات الأخيرة، إذ تتجاوز ثلاثين في المئة في بعض المدن الكبرى حسب الأرقام الرسمية.';
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>برنامج لتشغيل الشباب</title></head>
    <body><article><p>${BRIEF}</p></article></body></html>`;
  const { summary } = analyze(html);
  const sentences = sentenceSpans(BRIEF, 'ar').map((s) => BRIEF.slice(s.start, s.end));

  it('gives two lines for three sentences', () => {
    expect(sentences).toHaveLength(3);
    expect(summary).toHaveLength(2);
  });

  it('opens with the lead without its dateline', () => {
    expect(summary[0].startsWith('أطلقت الحكومة المغربية يوم الاثنين برنامجا وطنيا')).toBe(true);
  });

  it('shortens a sentence too long for a line to its leading clauses, which keep its subject, with a full stop', () => {
    for (const line of summary) {
      const words = line.split(' ').length;
      const source = sentences.find((s) => s.startsWith(line.slice(0, 30)) || s.includes(line.slice(0, 30)))!;
      expect(source, line).toBeDefined();
      if (line !== source) {
        expect(words).toBeLessThanOrEqual(40);
        expect(source.startsWith(line.slice(0, -1)) || source.includes(`- ${line.slice(0, -1)}`)).toBe(true);
      }
      expect(line).toMatch(/\.$/u);
      expect(line).not.toMatch(/مشيرا|إذ تتجاوز/u);
      expect(line).not.toMatch(/[،,]\.?$/u);
    }
  });
});

describe('summarize: Chinese', () => {
  const { analysis } = analysed.Chinese!;

  it('cuts Chinese sentences at 。, each ending with it', () => {
    for (const s of analysis.summary) {
      expect(s.endsWith('。')).toBe(true);
      expect(s.slice(0, -1)).not.toContain('。');
    }
  });

  it('starts with the lead sentence', () => {
    expect(analysis.summary[0]).toBe(ZH_BODY[0]);
  });
});

describe('summarize: the lead first', () => {
  const LEAD =
    'Rail workers across Portugal, joined by ferry crews, airport baggage handlers, cleaners and several hundred municipal employees from smaller towns in the Algarve and the Azores, stopped work on Thursday in a long dispute over pay.';
  it('opens with the lead sentence even where a later, shorter one stands closer to the whole, whatever the weights', () => {
    const article = articleOf(`<body><article>
      <p>${LEAD}</p>
      <p>No trains ran between Lisbon and Porto.</p>
      <p>Commuters between Lisbon and Porto took buses instead of trains.</p>
      <p>The union said trains between Lisbon and Porto would stay in their depots until Monday.</p>
      <p>Ticket offices in Porto and Lisbon refunded train passengers.</p>
      <p>The government said talks would resume next week.</p>
    </article></body>`);
    // No lead bonus: the later lines score higher than the lead.
    const summary = summarize(article, english, [], [], { ...SUMMARY_WEIGHTS, leadBonus: 0 });
    expect(summary).toHaveLength(2);
    expect(summary[0]).toBe(LEAD);
  });
});

describe('summarize: lines that are no sentences of the article', () => {
  it('leaves out a kicker or a credit set apart by vertical bars, and starts with the lead after it', () => {
    const article = articleOf(`<body><article>
      <p>Analysis | Why the harbour bridge stayed shut for three months</p>
      <p>The harbour bridge reopened on Monday after three months of repairs.</p>
      <p>Traffic returned to normal by noon, the city said.</p>
      <p>Repairs cost twelve million euros.</p>
    </article></body>`);
    const summary = summarize(article, english, []);
    expect(summary[0]).toBe('The harbour bridge reopened on Monday after three months of repairs.');
    expect(summary.some((line) => line.includes('|'))).toBe(false);
  });
});

describe('summarize: very short articles', () => {
  it('sums up a two-sentence article in both its sentences', () => {
    const article = articleOf('<body><article><p>The bridge reopened on Monday after repairs. Traffic returned to normal by noon.</p></article></body>');
    expect(summarize(article, english, [])).toEqual(['The bridge reopened on Monday after repairs.', 'Traffic returned to normal by noon.']);
  });

  it('leaves out the second sentence of two that says the first again', () => {
    const article = articleOf('<body><article><p>The old bridge over the river reopened on Monday after repairs. After repairs, the old river bridge reopened on Monday morning.</p></article></body>');
    expect(summarize(article, english, [])).toEqual(['The old bridge over the river reopened on Monday after repairs.']);
  });

  it('sums up a one-sentence article in that sentence', () => {
    const article = articleOf('<body><article><p>The bridge reopened on Monday after three months of repairs.</p></article></body>');
    expect(summarize(article, english, [])).toEqual(['The bridge reopened on Monday after three months of repairs.']);
  });

  it('returns nothing for an empty article', () => {
    expect(summarize(new ArticleText([]), english, [])).toEqual([]);
  });
});

describe('summaryLength', () => {
  it('is about one line in eight sentences, two to six, three from ten sentences on', () => {
    const lengths = [1, 2, 5, 9, 10, 12, 24, 28, 33, 40, 47, 100].map(summaryLength);
    expect(lengths).toEqual([1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6]);
  });
});

describe('summarize: sentences as a reader reads them', () => {
  const paragraphs = [
    'President Obama told the U.N. General Assembly on Tuesday that the talks with Iran had reached a turning point.',
    'The talks began in 2013 under George H.W. Bush’s old negotiator, who has since retired from the State Department.',
    '“We are closer than we have ever been,” Obama said. “But closer is not there.',
    'It will take months,” he added, standing beside the secretary of state.',
    'Diplomats in Vienna said a first draft of the agreement could be ready within weeks.',
    'Iran’s foreign minister said his country wanted sanctions lifted before any deal was signed.',
  ];
  const article = articleOf(`<body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body>`);
  const lines = summarize(article, english, [{ name: 'Obama', aliases: ['President Obama'], quotes: 2 }]);

  it('does not cut a sentence after an initial or an initialism', () => {
    expect(lines[0]).toBe(paragraphs[0]);
    for (const line of lines) expect(line).not.toMatch(/^(General Assembly|Bush)/);
  });

  it('never gives a line that opens inside a quotation begun in the paragraph before', () => {
    expect(lines.some((line) => line.startsWith('It will take months'))).toBe(false);
  });

  it('keeps a footnote’s bracket out of a line', () => {
    const wiki = articleOf('<body><article><p>The method was developed by two researchers in Toronto and Amsterdam.[1] It maps data with many dimensions onto a plane for viewing.</p></article></body>');
    for (const line of summarize(wiki, english, [])) expect(line).not.toMatch(/\[$/);
  });
});

describe('summarize: lines a reader can place', () => {
  it('does not cut a German sentence after an ordinal ("am 5. August")', () => {
    const article = articleOf('<body><article><p>Am 20. Juli 1969 betrat der Astronaut als erster Mensch den Mond. Der am 5. August 1930 geborene Astronaut lebte zuletzt auf einer Farm in Ohio.</p></article></body>');
    expect(summarize(article, german, [])).toEqual([
      'Am 20. Juli 1969 betrat der Astronaut als erster Mensch den Mond.',
      'Der am 5. August 1930 geborene Astronaut lebte zuletzt auf einer Farm in Ohio.',
    ]);
  });

  it('leaves out an embedded post’s lines (a link, a hashtag, a handle)', () => {
    const paragraphs = [
      'The photo app is testing short video notes that users can add to their stories, a researcher found this week.',
      '#PhotoApp is working on video notes for stories.',
      'Users can record a thirty-second clip and share it with friends. pic.twitter.com/AbCdEf123',
      'The company did not say when the feature would reach all users, or whether it would come to the web version.',
      'Video notes follow a string of features the app has borrowed from its rivals over the past two years.',
    ];
    const article = articleOf(`<body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body>`);
    const lines = summarize(article, english, []);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/#|pic\.twitter/);
  });
});
