import { describe, expect, it } from 'vitest';
import { walkBlocks } from '../../lib/article/blocks';
import { findArticleRegion, isBoldHeading, withLead } from '../../lib/article/extract';
import { weightedLength } from '../../lib/text/weighted-length';
import { UNLIMITED, articleRegionOf, parseHtml } from '../helpers';

/** The article region of a page, with the texts of its paragraphs and headings. */
function regionOf(html: string) {
  const { doc, region } = articleRegionOf(html);
  return {
    doc,
    region,
    paragraphs: region.paragraphs.map((b) => b.text),
    headings: region.headings.map((b) => b.text),
  };
}

const AR_LEAD = 'أعلنت وزارة الصحة المصرية يوم الأحد عن حملة وطنية لتطعيم الأطفال ضد شلل الأطفال في جميع المحافظات، تستمر أسبوعاً كاملاً.';
const AR_BODY = [
  'وقال وزير الصحة في مؤتمر صحفي بالقاهرة إن الحملة تستهدف أكثر من خمسة عشر مليون طفل دون سن الخامسة، وإن الفرق الطبية ستزور المنازل في القرى والمدن.',
  'وأضاف الوزير أن اللقاحات متوفرة بكميات كافية في جميع مراكز الرعاية الصحية، وأن الحكومة خصصت ميزانية إضافية لتغطية تكاليف النقل والتخزين.',
  'من جهتها، دعت منظمة الصحة العالمية الأهالي إلى التعاون مع الفرق الطبية، مؤكدة أن مصر خالية من المرض منذ عام ألفين وأربعة عشر.',
  'وتأتي الحملة بعد رصد حالات في دول مجاورة خلال الأشهر الماضية، ما دفع السلطات إلى تشديد الرقابة على المنافذ الحدودية.',
];
const AR_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>حملة لتطعيم الأطفال</title></head><body>
  <header class="site-header"><a href="/">الرئيسية</a><nav><a href="/news">أخبار</a><a href="/sport">رياضة</a></nav></header>
  <main>
    <article>
      <h1>مصر تطلق حملة وطنية لتطعيم الأطفال ضد شلل الأطفال</h1>
      <p class="lead">${AR_LEAD}</p>
      <figure><img src="a.jpg" alt=""><figcaption>طفل يتلقى جرعة اللقاح في مركز صحي بالقاهرة (رويترز)</figcaption></figure>
      <div class="article-body">
        ${AR_BODY.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}
        <div class="related-news"><h3>أخبار ذات صلة</h3><ul>
          <li><a href="/1">وزير الصحة يتفقد مستشفيات الصعيد ويعد بتحسين الخدمات الطبية قريباً</a></li>
          <li><a href="/2">منظمة الصحة العالمية تحذر من موجة جديدة من الأمراض المعدية في المنطقة</a></li>
        </ul></div>
        <p><strong>تحذيرات دولية</strong></p>
        ${AR_BODY.slice(2).map((p) => `<p>${p}</p>`).join('\n')}
        <div class="newsletter"><p>اشترك في نشرتنا البريدية لتصلك أهم الأخبار يومياً على بريدك الإلكتروني مجاناً.</p></div>
      </div>
    </article>
    <section class="comments"><h3>التعليقات</h3><p>أحمد: حملة ممتازة ونتمنى أن تصل إلى كل القرى في الصعيد والدلتا بدون استثناء.</p></section>
  </main>
  <footer><p>جميع الحقوق محفوظة © ٢٠٢٤ — الموقع الإخباري العربي، القاهرة، جمهورية مصر العربية.</p></footer>
</body></html>`;

describe('findArticleRegion: Arabic article', () => {
  const { region, paragraphs, headings } = regionOf(AR_PAGE);

  it('finds the body paragraphs in order', () => {
    expect(paragraphs).toEqual([AR_LEAD, ...AR_BODY]);
  });

  it('includes the lead paragraph that stands in <article> outside the body container', () => {
    expect(paragraphs[0]).toBe(AR_LEAD);
  });

  it('roots the region at the <article>', () => {
    expect(region.root?.localName).toBe('article');
  });

  it('leaves out the related list «أخبار ذات صلة» with its heading, the newsletter box, the caption, comments and footer', () => {
    const all = paragraphs.join('\n');
    expect(all).not.toContain('يتفقد مستشفيات');
    expect(all).not.toContain('موجة جديدة');
    expect(all).not.toContain('اشترك في نشرتنا');
    expect(all).not.toContain('رويترز');
    expect(all).not.toContain('حملة ممتازة');
    expect(all).not.toContain('جميع الحقوق');
    expect(headings).not.toContain('أخبار ذات صلة');
    expect(headings).not.toContain('التعليقات');
  });

  it('takes the bold one-line paragraph as a heading, not a paragraph', () => {
    expect(headings).toContain('تحذيرات دولية');
    expect(paragraphs).not.toContain('تحذيرات دولية');
  });

  it('lists the title <h1> among the headings (the title is excluded later)', () => {
    expect(headings).toEqual(['مصر تطلق حملة وطنية لتطعيم الأطفال ضد شلل الأطفال', 'تحذيرات دولية']);
  });
});

const EN = [
  'Thousands of commuters faced delays on Thursday after a signal failure near Clapham Junction halted trains across south London for most of the morning.',
  'Network Rail said engineers had been working since dawn to replace a damaged cable, and that services would return to normal by the evening rush hour.',
  'Passengers described crowded platforms and long queues for replacement buses, with some waiting more than an hour to continue their journeys.',
  'The rail minister said the failure was unacceptable and promised a review of the ageing equipment on one of the busiest stretches of track in Europe.',
];
const EN_PAGE = `<!doctype html><html lang="en"><head><title>Signal failure | The Daily Courier</title></head><body>
  <nav class="top-nav"><ul><li><a href="/">Home</a></li><li><a href="/uk">UK</a></li><li><a href="/world">World</a></li></ul></nav>
  <div class="page">
    <div class="story-body">
      <h1>Signal failure brings south London trains to a halt</h1>
      ${EN.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}
      <p><b>What passengers said</b></p>
      ${EN.slice(2).map((p) => `<p>${p}</p>`).join('')}
      <div class="newsletter-signup"><p>Sign up for our morning briefing and get the day's top stories in your inbox before breakfast.</p></div>
    </div>
    <div class="sidebar">
      <h2>Most read</h2>
      <ol class="most-read">
        <li><a href="/a">Heatwave warning issued for the south-east as temperatures are set to soar this weekend</a></li>
        <li><a href="/b">Council approves controversial plan for a new tower block beside the river in Battersea</a></li>
      </ol>
    </div>
  </div>
  <div id="comments"><p>Reader42: This happens every single week and nobody is ever held responsible for it.</p></div>
  <footer><p>© 2024 The Daily Courier. All rights reserved. Registered in England and Wales.</p></footer>
</body></html>`;

describe('findArticleRegion: English article', () => {
  const { region, paragraphs, headings } = regionOf(EN_PAGE);

  it('finds the body container and its paragraphs in order', () => {
    expect(region.root?.getAttribute('class')).toBe('story-body');
    expect(paragraphs).toEqual(EN);
  });

  it('leaves out "Most read", the newsletter box, comments and footer', () => {
    const all = paragraphs.join('\n');
    for (const fragment of ['Heatwave', 'tower block', 'morning briefing', 'Reader42', 'All rights reserved']) expect(all).not.toContain(fragment);
    expect(headings).not.toContain('Most read');
  });

  it('makes the bold one-line paragraph a heading', () => {
    expect(headings).toEqual(['Signal failure brings south London trains to a halt', 'What passengers said']);
  });
});

describe('findArticleRegion: Chinese article with untagged containers', () => {
  const ZH = [
    '国家统计局周二公布的数据显示，今年一季度国内生产总值同比增长百分之五点三，高于市场预期。',
    '分析人士指出，消费和出口的回升是经济增长的主要动力，但房地产市场仍然面临较大压力。',
    '国家统计局新闻发言人表示，下一阶段将继续实施积极的财政政策，巩固经济回升向好的态势。',
  ];
  const page = `<body><div id="top"><a href="/">首页</a> <a href="/news">新闻</a></div>
    <div id="wrap"><div class="left">${ZH.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="right"><ul><li><a href="/x">热门：北京地铁新线路年底开通</a></li><li><a href="/y">热门：上海车展今日开幕</a></li></ul></div></div>
    <div class="copyright">版权所有 © 2024 新闻网</div></body>`;
  const { paragraphs } = regionOf(page);

  it('finds the three paragraphs and nothing else', () => {
    expect(paragraphs).toEqual(ZH);
  });
});

describe('findArticleRegion: helpers', () => {
  it('returns an empty region for a page without text', () => {
    const { region } = regionOf('<body><div></div></body>');
    expect(region).toEqual({ paragraphs: [], headings: [], root: null });
  });

  it('weightedLength counts CJK characters three times', () => {
    expect(weightedLength('abc')).toBe(3);
    expect(weightedLength('新闻')).toBe(6);
    expect(weightedLength('A股上涨')).toBe(1 + 3 * 3);
    expect(weightedLength('서울 かな カナ')).toBe(2 * 3 + 1 + 2 * 3 + 1 + 2 * 3);
  });

  it('weightedLength adds the weight of a Chinese character beyond the BMP once, not for each of its two UTF-16 units, and none for punctuation', () => {
    expect(weightedLength('𠀀')).toBe(2 + 2);
    expect(weightedLength('“Quoted” — ‘yes’…')).toBe('“Quoted” — ‘yes’…'.length);
  });

  it('weightedLength counts once the characters past U+1100 of other scripts and symbols, and finds CJK after them', () => {
    // ™ and the ﬁ ligature, Arabic presentation forms, a full-width comma and an emoji: none is a CJK letter.
    for (const text of ['Glossa™ ﬁnds it', 'ﻻ ﷲ', 'A，B', 'ok 👍']) expect(weightedLength(text)).toBe(text.length);
    expect(weightedLength('™ 新')).toBe(3 + 2);
  });

  it("a block's weighted length is its text's", () => {
    const { blocks } = walkBlocks(parseHtml('<body><p>新华社北京电 “Quoted” text</p><p>Plain</p></body>').body, { maxElements: 1000, maxChars: 10_000 });
    expect(blocks.map((b) => b.weightedLength)).toEqual(blocks.map((b) => weightedLength(b.text)));
    expect(blocks[0].weightedLength).toBe(blocks[0].text.length + 2 * 6);
  });

  it('isBoldHeading: a bold line without final punctuation, not a bold sentence or a link', () => {
    const doc = parseHtml(
      '<body><p><strong>Ein neuer Anfang</strong></p><p><b>Das ist ein ganzer Satz.</b></p><p><b><a href="/x">Mehr lesen</a></b></p><p>Normaler <b>Text</b> hier</p></body>',
    );
    const { blocks } = walkBlocks(doc.body, { maxElements: 1000, maxChars: 10_000 });
    expect(blocks.map(isBoldHeading)).toEqual([true, false, false, false]);
  });
});

describe('findArticleRegion: a body cut into chunks of one shape', () => {
  const DE = [
    'Die Europäische Zentralbank hat den Leitzins am Donnerstag zum dritten Mal in Folge unverändert gelassen, wie Präsidentin Christine Lagarde in Frankfurt mitteilte.',
    'Die Inflation im Euroraum sei zwar gesunken, liege aber noch immer über dem Ziel von zwei Prozent, sagte Lagarde vor Journalisten.',
    'Ökonomen hatten mit der Entscheidung gerechnet, erwarten aber eine erste Senkung im Frühsommer, wenn die Löhne langsamer steigen.',
    'An den Börsen reagierten die Anleger gelassen: Der Dax schloss nahezu unverändert, der Euro gab gegenüber dem Dollar leicht nach.',
    'Die nächste Sitzung des Rates ist für Anfang Juni angesetzt, dann sollen auch neue Prognosen der Notenbank vorliegen.',
  ];
  // The second chunk sits two levels deeper than the first, after a picture and an advertisement.
  const page = `<body><nav><a href="/">Start</a><a href="/wirtschaft">Wirtschaft</a></nav>
    <main><div class="article-chunks">
      <div class="row"><div class="grid"><div class="body-text">${DE.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div></div></div>
      <figure><img src="ezb.jpg" alt=""><figcaption>Das Gebäude der EZB in Frankfurt am Main.</figcaption></figure>
      <div class="ad-slot"><p>Anzeige</p></div>
      <div class="row"><div class="inner"><div class="wrap"><div class="grid"><div class="body-text">${DE.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></div></div></div></div>
    </div>
    <div class="teasers"><div class="teaser-text"><p>Weitere Nachrichten aus der Wirtschaft: Die Autoindustrie kämpft mit schwacher Nachfrage nach Elektroautos.</p></div></div>
    </main></body>`;
  const { paragraphs } = regionOf(page);

  it('keeps every chunk, in order, and leaves out the caption, the advertisement and a container of another shape', () => {
    expect(paragraphs).toEqual(DE);
  });

  it('keeps a body written as one card per paragraph', () => {
    const FR = [
      'Le gouvernement a présenté mercredi en Conseil des ministres un projet de loi visant à simplifier les démarches administratives des petites entreprises.',
      'Selon le ministre de l’Économie, la réforme doit permettre d’économiser près de deux milliards d’euros par an.',
      'Les organisations patronales ont salué un pas dans la bonne direction, tout en réclamant des mesures plus ambitieuses.',
      'Le texte sera examiné par l’Assemblée nationale à partir du mois prochain.',
    ];
    const cards = FR.map((p) => `<div class="card story-card"><div class="card-content"><p>${p}</p></div></div>`).join('');
    const { paragraphs } = regionOf(`<body><header><a href="/">Accueil</a></header><div class="story"><h1>Simplification</h1>${cards}</div>
      <div class="card promo-card"><div class="card-body"><p>Abonnez-vous pour lire tous nos articles sans publicité, sur tous vos appareils.</p></div></div></body>`);
    expect(paragraphs).toEqual(FR);
  });
});

describe('findArticleRegion: links in the body', () => {
  const PT = [
    'O governo anunciou nesta segunda-feira um novo pacote de investimentos em infraestrutura, com foco em estradas e ferrovias do interior do país.',
    'Segundo o ministro, as obras devem gerar milhares de empregos diretos ao longo dos próximos quatro anos, sobretudo no Nordeste.',
    'A oposição criticou o anúncio e pediu mais detalhes sobre a origem dos recursos antes da votação no Congresso.',
  ];
  const page = (extra: string) => `<body><div class="story-body"><p>${PT[0]}</p>${extra}${PT.slice(1).map((p) => `<p>${p}</p>`).join('')}</div></body>`;

  it('keeps a sentence that runs through one long link, in any language', () => {
    const EN = 'The former minister now faces <a href="/doj">a charge of conspiracy to commit computer intrusion in the United States</a>.';
    const RU = '<a href="/news/1">Суд приговорил бывшего губернатора к восьми годам заключения</a> по делу о взятке, сообщает агентство.';
    const { paragraphs } = regionOf(page(`<p>${EN}</p><p>${RU}</p>`));
    expect(paragraphs).toEqual([
      PT[0],
      'The former minister now faces a charge of conspiracy to commit computer intrusion in the United States.',
      'Суд приговорил бывшего губернатора к восьми годам заключения по делу о взятке, сообщает агентство.',
      ...PT.slice(1),
    ]);
  });

  it('leaves out a line of several links, and a lone link that is not a sentence', () => {
    const links = '<p><a href="/1">Chuvas deixam desabrigados no Sul</a> [VÍDEO] | <a href="/2">Inflação volta a subir em outubro</a> [ANÁLISE].</p>';
    const label = '<p>Leia também: <a href="/3">Como a reforma tributária muda a vida das empresas brasileiras</a></p>';
    const { paragraphs } = regionOf(page(links + label));
    expect(paragraphs).toEqual(PT);
  });
});

describe('findArticleRegion: tables in the body', () => {
  it('keeps every row of a table, short ones too, and leaves out a short line that is not a sentence', () => {
    const ES = [
      'El Real Madrid se impuso el domingo al Sevilla por tres goles a uno y recuperó el liderato de la liga a falta de cinco jornadas para el final.',
      'El entrenador destacó la solidez defensiva de su equipo y pidió prudencia ante el calendario exigente de las próximas semanas.',
    ];
    const { paragraphs } = regionOf(`<body><div class="story-body">${ES.map((p) => `<p>${p}</p>`).join('')}
      <table><tr><th>Pos.</th><th>Equipo</th><th>Puntos</th></tr><tr><td>1</td><td>Real Madrid</td><td>78</td></tr><tr><td>2</td><td>Barcelona</td><td>76</td></tr></table>
      <p>Compartir en redes</p></div></body>`);
    expect(paragraphs).toEqual([...ES, 'Pos. Equipo Puntos', '1 Real Madrid 78', '2 Barcelona 76']);
  });

  it('does not let a long table of short rows outweigh the prose of the article', () => {
    const EN = [
      'Ministers faced a revolt on Sunday as more than forty backbenchers said they would vote against the new food standards bill next week.',
      'The rebels, led by the chairman of the environment committee, want imports held to the same rules as food produced at home, they said.',
      'A government spokesman said the bill would protect farmers, and that no trade deal would lower standards, whatever its critics claimed.',
    ];
    const rows = Array.from({ length: 120 }, (_, i) => `<tr><td>Constituency ${i}</td><td>Member ${i}, MP</td><td>member${i}@parliament.example</td></tr>`).join('');
    const { paragraphs } = regionOf(`<body><div class="page"><div class="story">${EN.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="box"><table><tbody>${rows}</tbody></table></div></div></body>`);
    expect(paragraphs.slice(0, 3)).toEqual(EN);
  });
});

describe('findArticleRegion: around the body container', () => {
  const RU = [
    'Центральный банк России в пятницу сохранил ключевую ставку на уровне шестнадцати процентов, сообщила пресс-служба регулятора.',
    'По словам аналитиков, решение было ожидаемым: инфляция замедляется, но остаётся выше целевого уровня в четыре процента.',
    'Следующее заседание совета директоров по ставке назначено на конец апреля, когда банк опубликует обновлённый прогноз.',
  ];
  const LEAD = 'Регулятор третий раз подряд оставил ставку без изменений и не исключил её снижения во втором полугодии, если цены будут расти медленнее.';

  it('keeps the lead paragraph set beside the wrapper that the body is alone in', () => {
    const { paragraphs } = regionOf(`<body><div class="story"><p>${LEAD}</p>
      <div class="read-more"><div class="read-more-content">${RU.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="share"><p>Поделиться</p></div></div></body>`);
    expect(paragraphs).toEqual([LEAD, ...RU]);
  });

  it('drops the date lines above the running text, in any script of digits, but keeps one within it', () => {
    const { paragraphs } = regionOf(`<body><div class="story-body"><p>Опубликовано 12 марта 2024 - 10:45</p><p>Обновлено: ١٢:٣٠</p>
      <p>${RU[0]}</p><p>Москва, 12 марта 2024 года, пресс-центр банка</p>${RU.slice(1).map((p) => `<p>${p}</p>`).join('')}</div></body>`);
    expect(paragraphs).toEqual([RU[0], 'Москва, 12 марта 2024 года, пресс-центр банка', ...RU.slice(1)]);
  });

  it('drops the date lines below the running text too, one closing on an abbreviation ("1:23 p.m.", "10 h.") as well', () => {
    const { paragraphs } = regionOf(`<body><div class="story-body"><p>Published Nov. 20, 2019 1:35 a.m.</p>${RU.map((p) => `<p>${p}</p>`).join('')}
      <p>Updated at 1:23 p.m.</p><p>Mis à jour le 12 mars 2024 à 10 h.</p></div></body>`);
    expect(paragraphs).toEqual(RU);
  });

  it('keeps the dated line that closes a quotation set apart (an embedded post\'s signature)', () => {
    const signature = '— Анна Смирнова (@asmirnova) 12 марта 2024';
    const { paragraphs } = regionOf(`<body><div class="story-body">${RU.map((p) => `<p>${p}</p>`).join('')}
      <blockquote><p>Ставка останется высокой ещё долго, и это правильное решение.</p>${signature}</blockquote></div></body>`);
    expect(paragraphs.slice(-1)).toEqual([signature]);
  });
});

describe('findArticleRegion: a container\'s name weighs no more than its text', () => {
  const STORY = [
    'Der Stadtrat hat am Dienstag beschlossen, die Brücke über die Saale bis zum Herbst für den Autoverkehr zu sperren.',
    'Fußgänger und Radfahrer sollen die Brücke weiter nutzen können, während die Fahrbahn erneuert und verbreitert wird.',
    'Die Arbeiten kosten nach Angaben der Stadt rund vier Millionen Euro, ein Drittel davon zahlt das Land Sachsen-Anhalt.',
    'Geschäftsleute aus der Altstadt befürchten, dass weniger Kunden kommen, und fordern mehr Parkplätze am Stadtrand.',
  ];
  const OTHER = 'Der Bischof besuchte am Sonntag die Gemeinde in der Neustadt und sprach dort über das Ehrenamt.';

  it('takes the column that holds the story over a box named "content" with one short paragraph', () => {
    const { paragraphs } = regionOf(`<html lang="de"><body><div class="spalte"><h1>Brücke wird gesperrt</h1><div class="artikel">
      ${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="node"><div class="content"><p>${OTHER}</p></div></div></body></html>`);
    expect(paragraphs).toEqual(STORY);
  });
});

describe('withLead: the lead set apart between the headline and the body', () => {
  const LEAD_FR = "Le conseil municipal a voté mardi soir la fermeture du pont Wilson aux voitures, après deux ans de débats et une consultation publique.";
  const BODY_FR = [
    "La décision a été prise à une large majorité, seuls les élus de l'opposition ayant voté contre, en dénonçant un projet mené sans concertation.",
    "Les travaux commenceront au printemps, pour une durée estimée à dix-huit mois, et la circulation des bus sera maintenue pendant tout le chantier.",
    "Les commerçants du quartier craignent une baisse de leur fréquentation, mais la mairie promet des places de livraison supplémentaires dans les rues voisines.",
  ];
  const read = (header: string) => {
    const doc = parseHtml(`<!doctype html><html lang="fr"><head><title>Le pont Wilson fermé aux voitures</title></head><body>
      <div class="page"><div class="top"><div class="article-header"><h1>Le pont Wilson fermé aux voitures</h1>${header}</div></div>
      <div class="columns"><div class="main"><div class="article-body">${BODY_FR.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="side"><p>Abonnez-vous</p></div></div></div></body></html>`);
    const { blocks } = walkBlocks(doc.body, UNLIMITED);
    const core = findArticleRegion(blocks);
    return withLead(blocks, core, 'Le pont Wilson fermé aux voitures', doc.querySelector('h1')).paragraphs.map((b) => b.text);
  };

  it('takes the standfirst, and leaves the caption of a picture, the date line and a repeated standfirst out', () => {
    const header = `<div class="chapo"><p>${LEAD_FR}</p></div>
      <div class="visual"><img src="pont.jpg"><p>Le pont Wilson, vu depuis la rive gauche, un soir de grand embouteillage.</p></div>
      <p class="date">Publié le 12 mars 2024 à 19 h 45</p><div class="abstract"><p>${LEAD_FR}</p></div>`;
    expect(read(header)).toEqual([LEAD_FR, ...BODY_FR]);
  });

  it('takes a lead that only its name would make furniture ("teaser-text"), but not a share bar or a caption so named', () => {
    const header = `<div class="teaser-text"><p>${LEAD_FR}</p></div><div class="share-tools"><p>Partager cet article sur les réseaux sociaux, par courriel ou en lien</p></div>
      <div class="caption"><p>Le pont Wilson un soir de grand embouteillage, vu depuis la rive gauche.</p></div>`;
    expect(read(header)).toEqual([LEAD_FR, ...BODY_FR]);
  });

  it('leaves out a date line whose time follows the year with no space', () => {
    expect(read(`<p>${LEAD_FR}</p><div class="time"><span>Publié le 12 mars 2024</span><span>19:45</span></div>`)).toEqual([LEAD_FR, ...BODY_FR]);
  });

  it('stops at another heading: what follows it is not the lead', () => {
    const header = `<h2>Ce qui change</h2><p>${LEAD_FR}</p>`;
    expect(read(header)).toEqual(BODY_FR);
  });
});
