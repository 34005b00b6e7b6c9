/**
 * Whether a page is an article (or other running prose a reader may annotate: a blog post, a press release, a
 * review, a recipe) or a listing, a front or a form. The pages are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const POST = [
  'Letzte Woche haben wir endlich den alten Kirschbaum im Garten verschnitten, der seit Jahren viel zu hoch gewachsen war.',
  'Wir haben uns vorher lange eingelesen, denn im Sommer schneidet man anders als im Winter, und ein falscher Schnitt kostet die Ernte.',
  'Am Ende hat es einen ganzen Samstag gedauert, aber der Baum sieht jetzt wieder aus wie ein Baum und nicht wie ein Besen.',
  'Die Äste haben wir gehäckselt und unter die Hecke gestreut, wo sie im nächsten Jahr zu Erde werden, statt in der Tonne zu landen.',
];
const page = (head: string, body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const post = `<div class="post"><h1>Der Kirschbaum ist geschnitten</h1>${POST.map((p) => `<p>${p}</p>`).join('')}</div>`;
const sidebarHeadlines = Array.from({ length: 20 }, (_, i) => `<h4><a href="/beitrag/${i}">Ein älterer Beitrag aus dem Garten, Folge ${i + 1}</a></h4>`).join('');

describe('an article beside lists of other stories', () => {
  it('is an article when the linked headlines stand in a sidebar', () => {
    const a = analyze(page('<title>Der Kirschbaum</title>', `${post}<aside class="sidebar"><h3>Ältere Beiträge</h3>${sidebarHeadlines}</aside>`));
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(POST.join('\n\n'));
  });

  it('is an article when its page calls itself og:type website, as many sites call every page', () => {
    const a = analyze(page('<title>Der Kirschbaum</title><meta property="og:type" content="website">', post));
    expect(a.isArticle).toBe(true);
  });

  it('is not an article when the linked headlines are the page itself', () => {
    const a = analyze(page('<title>Garten-Blog</title>', `<main>${sidebarHeadlines}<p>${POST[0]}</p><p>${POST[1]}</p></main>`));
    expect(a.isArticle).toBe(false);
  });
});

describe('an article whose headline stands right above its text', () => {
  const NOTICIA = [
    'El Ayuntamiento aprobó el martes un plan para plantar tres mil árboles en los barrios del sur antes del verano.',
    'La concejala de Medio Ambiente explicó que las obras empezarán en marzo y que los vecinos podrán elegir las especies.',
    'El presupuesto del plan asciende a dos millones de euros, la mitad financiada con fondos europeos.',
    'Las asociaciones de vecinos celebraron la noticia, aunque pidieron que se riegue también en agosto.',
  ];
  const otherStories = Array.from({ length: 30 }, (_, i) => `<h3><a href="/noticia/${i}">Otra noticia de la ciudad que no es esta, número ${i + 1}</a></h3>`).join('');

  it('is an article though linked headlines of other stories fill the page around it, in boxes not marked as a sidebar', () => {
    const html = page('<title>Tres mil árboles para el sur</title>', `<div class="col"><h1>Tres mil árboles para el sur</h1>
      <div class="texto">${NOTICIA.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="col">${otherStories}</div>`);
    const a = analyze(html.replace('lang="de"', 'lang="es"'));
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(NOTICIA.join('\n\n'));
  });

  it('is not an article when the heading is a section front\'s, followed by linked headlines and their blurbs', () => {
    const teasers = NOTICIA.map((p, i) => `<h3><a href="/noticia/${i}">Otra noticia de la ciudad, número ${i + 1}</a></h3><p>${p}</p>`).join('');
    const html = page('<title>Ciudad</title>', `<main><h1>Ciudad</h1>${teasers}${otherStories}</main>`);
    expect(analyze(html.replace('lang="de"', 'lang="es"')).isArticle).toBe(false);
  });
});

describe('a page that declares itself an article', () => {
  const FIRST_SENTENCE = 'A senior official told the council on Monday that the city would close two of its five libraries next year.';
  const story = (head: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two libraries to close</title>${head}</head><body>
    <div class="story"><h1>Two libraries to close</h1><p>${FIRST_SENTENCE}</p><div class="paywall"><a href="/subscribe">Subscribe</a></div></div></body></html>`;

  it('is an article when only its first sentence shows, as behind a paywall', () => {
    const a = analyze(story('<meta property="og:type" content="article">'));
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(FIRST_SENTENCE);
  });

  it('is not an article with that one sentence when nothing says it is one', () => {
    expect(analyze(story('')).isArticle).toBe(false);
  });
});

describe('a short blog post that its blog software marks as the post', () => {
  const SHORT_POST = [
    'Gestern Abend stand plötzlich ein Igel auf unserer Terrasse und fraß in aller Ruhe die Katzenfutterreste.',
    'Die Katze sah vom Fenster aus zu und wusste nicht recht, was sie davon halten sollte.',
  ];
  const wordpressPost = (n: number) => `<div class="post" id="post-${n}"><h2>Besuch am Abend</h2>${SHORT_POST.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('is an article when it is the one post the page marks (WordPress: id="post-123"), however short', () => {
    const a = analyze(page('<title>Besuch am Abend</title>', `<div id="content">${wordpressPost(613)}</div>`));
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(SHORT_POST.join('\n\n'));
  });

  it('is an article when it is the one hAtom entry of the page', () => {
    const NOTE = ['Nous avons enfin terminé la petite bibliothèque du couloir, après trois week-ends de ponçage.', 'Les voisins ont déjà déposé leurs premiers livres.'];
    const html = `<!doctype html><html lang="fr"><head><title>La bibliothèque</title></head><body><div class="hentry"><h2 class="entry-title">La bibliothèque</h2>
      <div class="entry-content">${NOTE.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(analyze(html).isArticle).toBe(true);
  });

  it('is not an article when the page holds several marked posts, as an archive does', () => {
    expect(analyze(page('<title>Archiv</title>', `<div id="content">${wordpressPost(613)}${wordpressPost(612)}</div>`)).isArticle).toBe(false);
  });
});

describe('the outline: headings of the article only', () => {
  const SECTION = (n: number) => `Der Abschnitt ${n} erzählt, wie der Verein die alte Mühle am Bach wieder in Gang gebracht hat, mit viel Geduld und wenig Geld.`;
  const links = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/beitrag/${i}">Ein anderer Beitrag über Mühlen, Teil ${i + 1}</a></li>`).join('')}</ul>`;
  const html = page('<title>Die Mühle läuft wieder</title>', `<main><div class="entry"><h1>Die Mühle läuft wieder</h1>
    <p>${SECTION(1)}</p><h2>Das Mühlrad</h2><figure><img src="rad.jpg"><figcaption>Das neue Rad</figcaption></figure><p>${SECTION(2)}</p>
    <h3>Lesen Sie auch</h3>${links(3)}<p>${SECTION(3)}</p><h2>Die Eröffnung</h2><h3>Am Samstag</h3><p>${SECTION(4)}</p>
    <h3>Ähnliche Beiträge</h3>${links(4)}</div></main>`);

  it('keeps the headings over its sections, and leaves out those over lists of links within it or after it', () => {
    const a = analyze(html);
    expect(a.isArticle).toBe(true);
    expect(a.outline.map((h) => [h.level, h.text])).toEqual([[2, 'Das Mühlrad'], [2, 'Die Eröffnung'], [3, 'Am Samstag']]);
  });
});
