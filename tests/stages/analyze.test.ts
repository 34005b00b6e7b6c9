import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { analyze, parseHtml as parse } from '../helpers';

const HEADLINES_AR = [
  'الحكومة تعلن خطة جديدة لدعم المزارعين في الصعيد',
  'ارتفاع أسعار الذهب في السوق المحلية للأسبوع الثالث',
  'المنتخب الوطني يتأهل إلى نهائيات كأس الأمم الأفريقية',
  'افتتاح أكبر محطة لتحلية المياه في مدينة العلمين الجديدة',
  'البنك المركزي يبقي على أسعار الفائدة دون تغيير',
  'موجة حر جديدة تضرب البلاد بداية من الأسبوع المقبل',
  'وزير التعليم يعلن مواعيد امتحانات الثانوية العامة',
  'مهرجان القاهرة السينمائي يكشف عن أفلام دورته الجديدة',
  'انطلاق حملة وطنية لتطعيم الأطفال ضد شلل الأطفال',
  'الأرصاد تحذر من شبورة مائية كثيفة على الطرق الزراعية',
  'الرئيس يستقبل نظيره الفرنسي في قصر الاتحادية',
  'ارتفاع صادرات مصر الزراعية إلى مستوى قياسي هذا العام',
];

const HOME_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>الأخبار - الصفحة الرئيسية</title></head><body>
  <header><nav><a href="/">الرئيسية</a><a href="/politics">سياسة</a><a href="/economy">اقتصاد</a><a href="/sport">رياضة</a></nav></header>
  <main>
    ${HEADLINES_AR.map((h, i) => `<div class="card"><h3><a href="/news/${i}">${h}</a></h3>
      <p>${h}، وتفاصيل أخرى ينشرها الموقع في تقريره الكامل عن الخبر مع صور ومقاطع فيديو حصرية من موقع الحدث.</p></div>`).join('\n')}
  </main>
  <footer><p>جميع الحقوق محفوظة © ٢٠٢٤</p></footer>
</body></html>`;

const BARE_HOME_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>الأخبار</title></head><body><main>
  ${HEADLINES_AR.map((h, i) => `<h3><a href="/news/${i}">${h}</a></h3>`).join('\n')}</main></body></html>`;

const SEARCH_PAGE = `<!doctype html><html lang="en"><head><title>Search results for "flood" | The Daily Courier</title></head><body>
  <header><form role="search"><input name="q" value="flood"><button>Search</button></form></header>
  <main><h1>Search results for “flood”</h1><p>About 1,240 results</p>
    <ol class="results">
      ${Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/story/${i}">Flood warning number ${i + 1} issued for the river district as heavy rain continues</a></h3>
        <p>${'Residents were told to move valuables upstairs and avoid driving through flood water, the Environment Agency said on day ' + (i + 1) + ' of the storm.'}</p></li>`).join('\n')}
    </ol>
    <nav class="pagination"><a href="?page=2">Next page</a></nav>
  </main></body></html>`;

const SECTION_FRONT = `<!doctype html><html lang="de"><head><title>Politik - Aktuelle Nachrichten | Tageszeitung</title>
  <meta property="og:type" content="website"></head><body>
  <nav><a href="/">Start</a><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a></nav>
  <section class="teaser-list"><h1>Politik</h1>
    ${['Bundestag beschließt Heizungsgesetz', 'Kanzler reist nach Washington', 'Streit um den Haushalt geht weiter', 'Länder fordern mehr Geld für Flüchtlinge',
       'Neue Umfrage sieht Union vorn', 'Grüne wählen neue Parteispitze', 'Bundeswehr erhält neue Hubschrauber', 'Rentenreform: Was sich ändert',
       'Opposition kritisiert Bürgergeld', 'Wahl in Thüringen: Die Ergebnisse'].map((t, i) => `<article class="teaser"><h2><a href="/politik/${i}">${t}</a></h2><p>${t} – alle Hintergründe und Reaktionen.</p></article>`).join('\n')}
  </section></body></html>`;

const LOGIN_PAGE = `<!doctype html><html lang="fr"><head><title>Connexion | Le Courrier</title></head><body>
  <header><a href="/">Le Courrier</a></header>
  <main><h1>Connectez-vous à votre compte</h1>
    <form action="/login" method="post">
      <label for="email">Adresse e-mail</label><input id="email" type="email">
      <label for="pw">Mot de passe</label><input id="pw" type="password">
      <p>Vous n'avez pas encore de compte ? <a href="/inscription">Créez-en un gratuitement</a> et accédez à tous nos articles.</p>
      <button type="submit">Se connecter</button>
    </form></main>
  <footer><p>© 2024 Le Courrier. Tous droits réservés.</p></footer></body></html>`;

const ARTICLE_BODY = [
  'Городской совет Санкт-Петербурга в понедельник утвердил программу реконструкции набережных, рассчитанную на пять лет и стоимостью около двенадцати миллиардов рублей.',
  '«Мы вернём горожанам набережные, которые десятилетиями были отданы автомобилям», — заявил глава комитета по благоустройству Алексей Смирнов на заседании совета.',
  'Программа предусматривает расширение тротуаров, новые велодорожки и посадку более трёх тысяч деревьев вдоль Невы и Фонтанки.',
  'Депутаты от оппозиции раскритиковали план, заявив, что город не учёл мнение жителей прибрежных районов и владельцев небольших кафе.',
  'Первые работы начнутся весной на Университетской набережной, а завершить всю программу планируется к двадцать девятому году.',
];
const ARTICLE_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
  <title>Петербург утвердил программу реконструкции набережных — Городские новости</title>
  <meta property="og:type" content="article"></head><body>
  <nav><a href="/">Главная</a><a href="/city">Город</a></nav>
  <article><h1>Петербург утвердил программу реконструкции набережных</h1>
    <p class="byline">Автор: Мария Иванова</p>
    ${ARTICLE_BODY.map((p) => `<p>${p}</p>`).join('\n')}
    <aside class="related"><h3>Читайте также</h3><ul><li><a href="/a">В Петербурге открылся новый мост через Неву после долгой реконструкции</a></li></ul></aside>
  </article>
  <footer><p>© 2024 Городские новости</p></footer></body></html>`;

describe('analyzePage: non-article pages', () => {
  for (const [name, html] of [['home page with many linked headlines', HOME_PAGE], ['home page of bare linked headlines', BARE_HOME_PAGE], ['search results page', SEARCH_PAGE], ['section front', SECTION_FRONT], ['login page', LOGIN_PAGE]] as const) {
    it(`${name}: isArticle false, with no outline, quotes, speakers or summary`, () => {
      const a = analyze(html);
      expect(a.isArticle).toBe(false);
      expect(a.outline).toEqual([]);
      expect(a.quotes).toEqual([]);
      expect(a.speakers).toEqual([]);
      expect(a.summary).toEqual([]);
    });
  }

  it('still gives the main text of a non-article that has one (the results of a search), and none of one that has not', () => {
    const results = analyze(SEARCH_PAGE).text.split('\n\n');
    expect(results).toHaveLength(10);
    expect(results[0]).toMatch(/^Residents were told to move valuables upstairs .* on day 1 of the storm\.$/);
    expect(analyze(BARE_HOME_PAGE).text).toBe('');
  });

  it('still reports the language and direction of a non-article', () => {
    const home = analyze(HOME_PAGE);
    expect(home.lang).toBe('ar');
    expect(home.dir).toBe('rtl');
    expect(analyze(SECTION_FRONT).lang).toBe('de');
  });
});

describe('analyzePage: a news brief', () => {
  const BRIEF_AR =
    'أعلن البنك المركزي المصري يوم الخميس تثبيت أسعار الفائدة للمرة الثالثة على التوالي، مع استمرار تراجع معدلات التضخم خلال الشهرين الماضيين. ' +
    'وتوقع محللون خفض الفائدة في الاجتماع المقبل. وكان البنك قد رفع الفائدة ست مرات خلال العام الماضي لمواجهة ارتفاع الأسعار.';
  const BRIEF_EN =
    'The central bank held interest rates for a third meeting in a row on Thursday, as inflation kept falling over the past two months. ' +
    'Analysts expect a cut at the next meeting in March. The bank raised rates six times last year to fight rising prices.';
  const briefPage = (lang: string, articles: string[]) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title></title></head>
    <body>${articles.map((text) => `<article><p>${text}</p></article>`).join('\n')}</body></html>`;

  it('is an article when its page holds it in its one <article> element, short as it is', () => {
    for (const [lang, text] of [['ar', BRIEF_AR], ['en', BRIEF_EN]]) {
      expect(text.length).toBeLessThan(400); // too short for a page that does not say it is an article
      const a = analyze(briefPage(lang, [text]));
      expect(a.isArticle, lang).toBe(true);
      // Three sentences: two lines, the lead first.
      expect(a.summary, lang).toHaveLength(2);
      expect(a.summary[0], lang).toBe(text.split('. ')[0] + '.');
    }
  });

  it('is not one when the page has several <article> elements (teasers) or none', () => {
    const lead = BRIEF_EN.split('. ')[0];
    expect(analyze(briefPage('en', [lead, lead.replace('third', 'fourth')])).isArticle).toBe(false);
    expect(analyze(`<!doctype html><html lang="en"><body><div><p>${BRIEF_EN}</p></div></body></html>`).isArticle).toBe(false);
  });
});

describe('analyzePage: an article', () => {
  const a = analyze(ARTICLE_PAGE);

  it('is an article with title, byline, language and direction', () => {
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Петербург утвердил программу реконструкции набережных');
    expect(a.byline).toBe('Мария Иванова');
    expect(a.lang).toBe('ru');
    expect(a.dir).toBe('ltr');
    expect(a.partial).toBe(false);
  });

  it('has the body paragraphs as text, furniture left out', () => {
    expect(a.text).toBe(ARTICLE_BODY.join('\n\n'));
  });

  // Attribution itself is covered by tests/languages/*; here only that quotes reach the analysis with right offsets.
  it('finds the quotation with offsets into the text', () => {
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].text).toBe('Мы вернём горожанам набережные, которые десятилетиями были отданы автомобилям');
    expect(a.text.slice(a.quotes[0].start, a.quotes[0].end)).toBe(a.quotes[0].text);
    expect(a.quotes[0].continues).toBe(false);
  });

  it('has a summary of body sentences and an inferred outline', () => {
    expect(a.summary.length).toBeGreaterThanOrEqual(1);
    expect(a.summary.length).toBeLessThanOrEqual(5);
    for (const s of a.summary) expect(a.text).toContain(s);
    expect(a.outline.length).toBeGreaterThanOrEqual(3);
    expect(a.outline.every((e) => e.inferred)).toBe(true);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('an Arabic article marked lang="en" is Arabic and right to left', () => {
    const html = `<!doctype html><html lang="en"><head><title>افتتاح محطة تحلية</title></head><body><article><h1>افتتاح محطة تحلية</h1>
      <p>افتتح رئيس الوزراء يوم السبت أكبر محطة لتحلية مياه البحر في مدينة العلمين الجديدة، بطاقة إنتاجية تبلغ مئة وخمسين ألف متر مكعب يومياً.</p>
      <p>وقال رئيس الوزراء إن المحطة ستوفر مياه الشرب لأكثر من نصف مليون نسمة في الساحل الشمالي، وإن الحكومة تخطط لبناء عشر محطات مماثلة.</p>
      <p>وتعاني البلاد من عجز مائي متزايد بسبب النمو السكاني السريع وتراجع الموارد المائية التقليدية خلال السنوات الأخيرة الماضية.</p>
      <p>وأوضح وزير الإسكان أن تكلفة المحطة بلغت نحو ثلاثة مليارات جنيه، وأن شركات محلية نفذت معظم أعمال البناء خلال عامين فقط.</p>
      </article></body></html>`;
    const r = analyze(html);
    expect(r.isArticle).toBe(true);
    expect(r.lang).toBe('ar');
    expect(r.dir).toBe('rtl');
  });
});

describe('analyzePage: reads only', () => {
  for (const [name, html] of [['article', ARTICLE_PAGE], ['home page', HOME_PAGE], ['search page', SEARCH_PAGE]] as const) {
    it(`leaves the ${name} document unchanged`, () => {
      const doc = parse(html);
      const before = doc.documentElement.outerHTML;
      const { article } = analyzePage(doc);
      if (article) for (const p of article.paragraphs) article.positionOf(p.start, 'start');
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('gives the same analysis twice', () => {
    const doc = parse(ARTICLE_PAGE);
    expect(analyzePage(doc).analysis).toEqual(analyzePage(doc).analysis);
  });
});

describe('analyzePage: degenerate documents', () => {
  it('does not throw on a document without <body>', () => {
    const doc = parse('<html><head><title>Nothing here</title></head></html>');
    doc.documentElement.removeChild(doc.body);
    expect(doc.body).toBeNull();
    const a = analyzePage(doc).analysis;
    expect(a.isArticle).toBe(false);
    expect(a.title).toBe('Nothing here');
    expect(a.text).toBe('');
  });

  it('does not throw on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.removeChild(doc.documentElement);
    expect(doc.documentElement).toBeNull();
    const a = analyzePage(doc).analysis;
    expect(a).toMatchObject({ isArticle: false, title: '', text: '', outline: [], quotes: [], speakers: [], summary: [], partial: false });
  });

  it('does not throw on a parsed empty string', () => {
    const a = analyze('');
    expect(a.isArticle).toBe(false);
    expect(a.text).toBe('');
  });

  it('marks a budget-truncated analysis partial', () => {
    const a = analyzePage(parse(ARTICLE_PAGE), { budget: { maxElements: 5, maxChars: 1_000_000 } }).analysis;
    expect(a.partial).toBe(true);
  });
});
