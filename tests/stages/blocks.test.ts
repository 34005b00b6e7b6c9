import { describe, expect, it } from 'vitest';
import { isWalkerSpace, walkBlocks, type Block } from '../../lib/article/blocks';
import { furnitureKind, isHidden } from '../../lib/article/boilerplate';
import { UNLIMITED as BUDGET, parseHtml as parse, walkHtml as walk } from '../helpers';

const texts = (blocks: Block[]) => blocks.map((b) => b.text);
const block = (blocks: Block[], fragment: string) => {
  const found = blocks.filter((b) => b.text.includes(fragment));
  expect(found, `one block containing "${fragment}" in ${JSON.stringify(texts(blocks))}`).toHaveLength(1);
  return found[0];
};

const LONG_EN = 'The harbour authority said on Tuesday that the new ferry terminal would open in the autumn, two years later than planned, after a dispute over the cost of dredging the channel.';
const LONG_DE = 'Die Hafenbehörde teilte am Dienstag mit, dass das neue Fährterminal erst im Herbst eröffnet werde, zwei Jahre später als geplant, nach einem Streit über die Kosten der Ausbaggerung.';
const LONG_AR = 'أعلنت هيئة الميناء يوم الثلاثاء أن محطة العبارات الجديدة ستفتتح في الخريف، بعد عامين من الموعد المحدد، إثر خلاف حول تكلفة تعميق القناة الملاحية.';

describe('walkBlocks: text', () => {
  it("takes for white space exactly what JavaScript's \\s and the zero-width space match, in the whole Basic Multilingual Plane", () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWalkerSpace(code) !== /[\s\u200b]/u.test(String.fromCharCode(code))) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('keeps no-break, thin and ideographic spaces between words as single spaces, and cuts at line separators', () => {
    const { blocks } = walk(`<body><p>Le\u00a0maire\u2009de\u3000Lyon\u200b a\u2028parlé\ufeff.</p></body>`);
    expect(texts(blocks)).toEqual(['Le maire de Lyon a parlé .']);
  });

  it('collapses white space inside a block and keeps inline elements in one block', () => {
    const { blocks } = walk(`<body><p>  Le   maire\n\t de <b>Lyon</b>,   <a href="/x">Jean Martin</a>,\n a parlé.  </p></body>`);
    expect(texts(blocks)).toEqual(['Le maire de Lyon, Jean Martin, a parlé.']);
    expect(blocks[0].kind).toBe('paragraph');
    expect(blocks[0].linkChars).toBe('Jean Martin'.length);
    expect(blocks[0].boldChars).toBe('Lyon'.length);
  });

  it('counts the links with text in a block: a link split by inline elements is one, the next link another', () => {
    const { blocks } = walk(`<body><p><a href="/a">Pékin <em>et</em> Moscou</a> <a href="/b">signent</a> un accord, <a name="x"></a>dit-on.</p><p>Sans lien.</p></body>`);
    expect(blocks.map((b) => b.links)).toEqual([2, 0]);
  });

  it('makes one block per block-level element with its kind and heading level', () => {
    const { blocks } = walk(`<body><h2>Убытки компании</h2><p>Компания понесла убытки.</p><ul><li>Первый пункт</li><li>Второй пункт</li></ul><figure><figcaption>Фото: ТАСС</figcaption></figure><pre>код</pre><table><tr><td>ячейка</td></tr></table></body>`);
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 2, 'Убытки компании'],
      ['paragraph', 0, 'Компания понесла убытки.'],
      ['list-item', 0, 'Первый пункт'],
      ['list-item', 0, 'Второй пункт'],
      ['caption', 0, 'Фото: ТАСС'],
      ['preformatted', 0, 'код'],
      ['row', 0, 'ячейка'],
    ]);
  });

  it('makes a table row one line, its cells separated by spaces; a cell holding paragraphs keeps them', () => {
    const { blocks } = walk(`<body><table><tr><th>Pos.</th><th>Fahrer</th><th>Punkte</th></tr><tr><td>1</td><td>Max <b>Verstappen</b></td><td>575</td></tr>
      <tr><td><p>Die Saison endete in Abu Dhabi.</p><p>Red Bull gewann alle Titel.</p></td></tr></table></body>`);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['row', 'Pos. Fahrer Punkte'],
      ['row', '1 Max Verstappen 575'],
      ['paragraph', 'Die Saison endete in Abu Dhabi.'],
      ['paragraph', 'Red Bull gewann alle Titel.'],
    ]);
    // The space between two cells stands for no character: its run maps to the end of the previous cell's text.
    const row = blocks[1];
    const between = row.runs.find((r) => r.blockOffset === 1)!;
    expect(between.node.data).toBe('1');
    expect(between.nodeOffset).toBe(1);
  });

  it('makes every block inside a figure caption a caption, whatever element holds its text', () => {
    const { blocks } = walk(`<body><figure><img src="a.jpg"><figcaption><div class="caption-text">Заседание правительства в Москве.</div><p>Фото: РИА Новости</p></figcaption></figure><p>Правительство утвердило бюджет.</p></body>`);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Заседание правительства в Москве.'],
      ['caption', 'Фото: РИА Новости'],
      ['paragraph', 'Правительство утвердило бюджет.'],
    ]);
  });

  it('treats one <br> as a space and <br><br> as a paragraph break', () => {
    const { blocks } = walk(`<body><div>Primera línea<br>sigue aquí.<br><br>Segundo párrafo del texto.<br/> <br/>Tercer párrafo.</div></body>`);
    expect(texts(blocks)).toEqual(['Primera línea sigue aquí.', 'Segundo párrafo del texto.', 'Tercer párrafo.']);
  });

  it('splits text around a nested block element into separate blocks', () => {
    const { blocks } = walk(`<body><div>本报讯 <p>市政府今天宣布新政策。</p> 记者 王明</div></body>`);
    expect(texts(blocks)).toEqual(['本报讯', '市政府今天宣布新政策。', '记者 王明']);
  });

  it('keeps Arabic text as written', () => {
    const { blocks } = walk(`<body dir="rtl"><p>${LONG_AR}</p></body>`);
    expect(texts(blocks)).toEqual([LONG_AR]);
  });
});

describe('walkBlocks: skipped content', () => {
  it('skips script, style, noscript, template, hidden, aria-hidden, display:none and sr-only text', () => {
    const { blocks } = walk(`<body>
      <script>var x = "script text";</script><style>p { color: red }</style><noscript>Enable JavaScript</noscript>
      <template><p>template text</p></template>
      <p hidden>hidden attribute text</p>
      <p aria-hidden="true">aria hidden text</p>
      <p style="display: none">display none text</p>
      <p style="visibility:hidden">invisible text</p>
      <p><span class="sr-only">Screen reader text </span>Visible paragraph.</p>
      <p><span class="visually-hidden">Also hidden </span>Second visible paragraph.</p>
    </body>`);
    expect(texts(blocks)).toEqual(['Visible paragraph.', 'Second visible paragraph.']);
  });

  it('isHidden judges the element alone', () => {
    const doc = parse('<body><div class="card sr-only"></div><div class="srx"></div><div style="DISPLAY:NONE"></div><div aria-hidden="false"></div></body>');
    expect(Array.from(doc.body.children).map(isHidden)).toEqual([true, false, true, false]);
  });
});

describe('walkBlocks: furniture', () => {
  const PAGE = `<body>
    <nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
    <div class="share-bar"><a href="#">Auf Facebook teilen</a></div>
    <article>
      <p>${LONG_DE}</p>
      <p>${LONG_DE.replace('Dienstag', 'Mittwoch')}</p>
      <p>${LONG_DE.replace('Dienstag', 'Donnerstag')}</p>
    </article>
    <aside><p>Anzeige: Jetzt abonnieren</p></aside>
    <div class="related-articles"><ul><li><a href="/a">Hafen Hamburg: Rekordumschlag im Mai</a></li></ul></div>
    <section id="comments"><p>Leser123: Endlich tut sich etwas!</p></section>
    <div role="navigation"><a href="/x">Weiter</a></div>
    <footer><p>© 2024 Hafenzeitung</p></footer>
  </body>`;
  const { blocks } = walk(PAGE);

  it('marks article paragraphs as not furniture', () => {
    expect(block(blocks, 'Mittwoch').furniture).toBe(false);
    expect(block(blocks, 'Dienstag').furniture).toBe(false);
  });

  it('marks nav, aside, footer, role=navigation, comments, related lists and share bars as furniture', () => {
    for (const fragment of ['Startseite', 'Auf Facebook teilen', 'Jetzt abonnieren', 'Rekordumschlag', 'Leser123', 'Weiter', '© 2024']) {
      expect(block(blocks, fragment).furniture, fragment).toBe(true);
    }
  });

  it('furnitureKind tells certain from named and likely names', () => {
    const doc = parse(`<body><nav></nav><div class="related-news"></div><div class="share-tools"></div><div class="article-content share"></div><form></form><article class="comments"></article><div class="mostRead"></div></body>`);
    expect(Array.from(doc.body.children).map(furnitureKind)).toEqual(['certain', 'named', 'likely', null, 'likely', null, 'likely']);
  });

  it('furnitureKind: a name with words of furniture and of content is furniture ("share-text", "author-content"); a content name beside it is not', () => {
    const doc = parse(`<body><p class="dpsp-share-text"></p><div class="author-content"></div><div class="article-meta"></div><div class="comment-body"></div><div class="entry-content share"></div><div class="post-content"></div></body>`);
    expect(Array.from(doc.body.children).map(furnitureKind)).toEqual(['likely', 'likely', 'likely', 'named', null, null]);
  });

  it('keeps a container whose name mixes furniture and content words when it holds the article, and drops a small one', () => {
    const { blocks } = walk(`<body><div class="content-sidebar-wrap"><div class="entry">
      <p>${LONG_EN}</p><p>${LONG_DE}</p><p>${LONG_AR}</p><p class="share-text">Sharing is caring!</p></div>
      <div class="author-content"><p>Jane writes about harbours, ferries and the people who run them, from her home on the coast.</p></div></div></body>`);
    for (const fragment of ['harbour authority', 'Hafenbehörde', 'هيئة الميناء']) expect(block(blocks, fragment).furniture, fragment).toBe(false);
    expect(block(blocks, 'Sharing is caring').furniture).toBe(true);
    expect(block(blocks, 'Jane writes').furniture).toBe(true);
  });

  it('furnitureKind: a name that ends in "embed" is what the author set into the article, whatever comes before', () => {
    const doc = parse(`<body><div class="social-media-embed"></div><div class="socialEmbed"></div><div class="embed-share"></div><div class="social-embed" id="share-bar"></div></body>`);
    expect(Array.from(doc.body.children).map(furnitureKind)).toEqual([null, null, 'likely', 'likely']);
  });

  it('does not make a <form> that wraps the whole page furniture', () => {
    const { blocks } = walk(`<body><form id="aspnetForm" action="/default.aspx">
      <div class="header"><a href="/">الرئيسية</a></div>
      <div class="story"><p>${LONG_AR}</p><p>${LONG_AR}</p><p>${LONG_AR}</p></div>
    </form></body>`);
    const paragraphs = blocks.filter((b) => b.text === LONG_AR);
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs) expect(p.furniture).toBe(false);
  });

  it('keeps a small newsletter form furniture', () => {
    const { blocks } = walk(`<body><div class="story"><p>${LONG_EN}</p><p>${LONG_EN}</p></div>
      <form class="signup"><p>Get the morning briefing in your inbox every day.</p></form></body>`);
    expect(block(blocks, 'morning briefing').furniture).toBe(true);
    expect(blocks.filter((b) => b.text === LONG_EN).every((b) => !b.furniture)).toBe(true);
  });

  it('makes articles listed inside another article furniture (related posts, comments), not one wrapped in it', () => {
    const post = (text: string) => `<article class="post"><p>${text}</p></article>`;
    const { blocks } = walk(`<body>
      <article class="post"><p>${LONG_EN}</p><p>${LONG_EN.replace('Tuesday', 'Monday')}</p></article>
      <article class="related">${post(LONG_DE)}${post(LONG_AR)}</article>
      <article class="page">${post(LONG_EN.replace('Tuesday', 'Friday'))}</article>
    </body>`);
    for (const fragment of ['Tuesday', 'Monday', 'Friday']) expect(block(blocks, fragment).furniture, fragment).toBe(false);
    expect(block(blocks, 'Hafenbehörde').furniture).toBe(true);
    expect(block(blocks, 'هيئة الميناء').furniture).toBe(true);
  });

  it('keeps a listed article that holds most of the page text', () => {
    const { blocks } = walk(`<body><article class="feed">
      <article><p>${LONG_DE}</p><p>${LONG_DE.replace('Dienstag', 'Mittwoch')}</p><p>${LONG_DE.replace('Dienstag', 'Freitag')}</p></article>
      <article><p>${LONG_AR}</p></article>
    </article></body>`);
    expect(block(blocks, 'Mittwoch').furniture).toBe(false);
    expect(block(blocks, 'هيئة الميناء').furniture).toBe(true);
  });

  it('keeps the article held in a landmark that wraps the page (a <header> left open, an <aside> of main content)', () => {
    const story = `<main><p>${LONG_DE}</p><p>${LONG_DE.replace('Dienstag', 'Mittwoch')}</p><p>${LONG_DE.replace('Dienstag', 'Freitag')}</p></main>`;
    const { blocks } = walk(`<body><header role="banner"><nav><a href="/">Startseite</a></nav>${story}<footer><p>© 2024 Hafenzeitung</p></footer></body>`);
    expect(block(blocks, 'Mittwoch').furniture).toBe(false);
    expect(block(blocks, 'Startseite').furniture).toBe(true);
    expect(block(blocks, '© 2024').furniture).toBe(true);
    const inAside = walk(`<body><aside class="content"><article><p>${LONG_EN}</p><p>${LONG_EN.replace('Tuesday', 'Friday')}</p></article></aside></body>`).blocks;
    expect(block(inAside, 'Friday').furniture).toBe(false);
  });

  it('keeps paragraphs whose shared class has a word of furniture when they hold most of the page, not captions', () => {
    const paragraph = (text: string) => `<p class="tagStyle_z4kq-o_O-style_1tcx">${text}</p>`;
    const caption = (text: string) => `<figure><img src="x.jpg"><figcaption class="wp-caption-text">${text}</figcaption></figure>`;
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    const { blocks } = walk(`<body><main>${days.map((day) => paragraph(LONG_EN.replace('Tuesday', day))).join('')}</main></body>`);
    expect(blocks.filter((b) => b.text.includes('harbour')).map((b) => b.furniture)).toEqual(days.map(() => false));
    const story = walk(`<body><div class="entry">${[LONG_DE, LONG_DE.replace('Dienstag', 'Mittwoch'), LONG_DE.replace('Dienstag', 'Freitag')].map((t) => `<p>${t}</p>`).join('')}
      ${caption('The new terminal seen from the harbour entrance, with the old ferry sheds behind it.')}${caption('Passengers queue in the rain outside the old terminal building on a winter morning.')}</div></body>`).blocks;
    expect(block(story, 'harbour entrance').furniture).toBe(true);
    expect(block(story, 'Mittwoch').furniture).toBe(false);
  });

  it('keeps an aside of teaser articles beside the story furniture', () => {
    const teaser = (text: string) => `<article class="teaser"><h3><a href="/x">Hafen Hamburg</a></h3><p>${text.slice(0, 90)}</p></article>`;
    const { blocks } = walk(`<body><article><p>${LONG_EN}</p><p>${LONG_EN.replace('Tuesday', 'Monday')}</p><p>${LONG_EN.replace('Tuesday', 'Friday')}</p></article>
      <aside>${teaser(LONG_DE)}${teaser(LONG_AR)}</aside></body>`);
    expect(block(blocks, 'Monday').furniture).toBe(false);
    expect(block(blocks, 'Hafenbehörde').furniture).toBe(true);
  });

  it('marks text inside a blockquote', () => {
    const { blocks } = walk(`<body><p>Er sagte:</p><blockquote><p>Wir schaffen das.</p></blockquote></body>`);
    expect(blocks.map((b) => b.inBlockquote)).toEqual([false, true]);
  });
});

describe('walkBlocks: reading only', () => {
  it('leaves the DOM exactly as it was', () => {
    const doc = parse(`<!doctype html><html lang="fr"><head><title>T</title></head><body>
      <nav><a href="/">Accueil</a></nav>
      <article><h1>Titre</h1><p>Un   texte <b>gras</b>,<br>une ligne<br><br>puis un autre paragraphe.</p>
      <p class="sr-only">caché</p><script>1</script>
      <div>texte nu <p>imbriqué</p> suite</div></article>
      <form><p>${LONG_EN}</p></form>
    </body></html>`);
    const before = doc.documentElement.outerHTML;
    const countBefore = doc.getElementsByTagName('*').length;
    walkBlocks(doc.body, BUDGET);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementsByTagName('*').length).toBe(countBefore);
  });

  it('maps every block character back to its text node', () => {
    const { blocks } = walk(`<body><p>  Der <i>Bürgermeister</i>\n   sagte <a href="/x">gestern</a>:  «Nein». </p></body>`);
    const b = blocks[0];
    expect(b.text).toBe('Der Bürgermeister sagte gestern: «Nein».');
    for (const run of b.runs) {
      const fromNode = run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length);
      const fromBlock = b.text.slice(run.blockOffset, run.blockOffset + run.length);
      // Collapsed white space maps to one white-space character of the page.
      if (fromBlock === ' ') expect(fromNode).toMatch(/^\s$/);
      else expect(fromNode).toBe(fromBlock);
    }
    const covered = b.runs.reduce((n, r) => n + r.length, 0);
    expect(covered).toBe(b.text.length);
  });
});

describe('walkBlocks: budget', () => {
  const many = `<body>${Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i} of the long live blog.</p>`).join('')}</body>`;

  it('is not truncated under budget', () => {
    const doc = parse(many);
    const result = walkBlocks(doc.body, BUDGET);
    expect(result.truncated).toBe(false);
    expect(result.blocks).toHaveLength(50);
  });

  it('stops at the element budget and says so', () => {
    const doc = parse(many);
    const result = walkBlocks(doc.body, { maxElements: 10, maxChars: 1_000_000 });
    expect(result.truncated).toBe(true);
    expect(result.blocks.length).toBeLessThanOrEqual(10);
    expect(result.blocks[0].text).toBe('Paragraph number 0 of the long live blog.');
  });

  it('stops at the character budget and says so', () => {
    const doc = parse(many);
    const result = walkBlocks(doc.body, { maxElements: 100_000, maxChars: 200 });
    expect(result.truncated).toBe(true);
    expect(result.blocks.length).toBeLessThan(10);
    expect(result.blocks.length).toBeGreaterThanOrEqual(4);
  });
});
