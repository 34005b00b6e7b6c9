import { describe, expect, it } from 'vitest';
import { chooseTitle, readMetadata } from '../../lib/article/metadata';
import { parseHtml as parse } from '../helpers';

function titleOf(html: string): string {
  const doc = parse(html);
  return chooseTitle(doc, readMetadata(doc), doc.querySelector('article')).title;
}

describe('title', () => {
  it('strips the site name after "|"', () => {
    expect(titleOf('<html><head><title>Signal failure brings south London trains to a halt | The Daily Courier</title></head><body></body></html>'))
      .toBe('Signal failure brings south London trains to a halt');
  });

  it('strips the site name before " - " when og:site_name names it', () => {
    expect(titleOf(`<html><head><title>El País - El Gobierno aprueba la reforma de las pensiones</title>
      <meta property="og:site_name" content="El País"></head><body></body></html>`)).toBe('El Gobierno aprueba la reforma de las pensiones');
  });

  it('strips a site name that comes first even without og:site_name', () => {
    expect(titleOf('<html><head><title>Spiegel - Bundestag beschließt das neue Heizungsgesetz nach langer Debatte</title></head><body></body></html>'))
      .toBe('Bundestag beschließt das neue Heizungsgesetz nach langer Debatte');
  });

  it('prefers og:title, without its own site suffix, over the document title', () => {
    expect(titleOf(`<html><head><title>Главная страница — Новости</title>
      <meta property="og:title" content="Мэрия Москвы утвердила план реконструкции набережных | Новости">
      <meta property="og:site_name" content="Новости"></head><body></body></html>`)).toBe('Мэрия Москвы утвердила план реконструкции набережных');
  });

  it('takes the page <h1> when it matches the declared title', () => {
    const doc = parse(`<html><head><title>مصر تطلق حملة لتطعيم الأطفال - الأهرام</title></head>
      <body><article><h1>مصر تطلق حملة لتطعيم الأطفال</h1><p>نص</p></article></body></html>`);
    const { title, heading } = chooseTitle(doc, readMetadata(doc), doc.querySelector('article'));
    expect(title).toBe('مصر تطلق حملة لتطعيم الأطفال');
    expect(heading).toBe(doc.querySelector('h1'));
  });

  it('takes the JSON-LD headline when there is no og:title', () => {
    expect(titleOf(`<html><head><title>Le Courrier</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Lyon adopte un plan contre la chaleur"}</script></head><body></body></html>`))
      .toBe('Lyon adopte un plan contre la chaleur');
  });

  it('keeps a title that has no separator', () => {
    expect(titleOf('<html><head><title>国务院召开常务会议</title></head><body></body></html>')).toBe('国务院召开常务会议');
  });
});

describe('byline', () => {
  it('reads meta author', () => {
    expect(readMetadata(parse('<html><head><meta name="author" content="Claire Fontaine"></head><body></body></html>')).byline).toBe('Claire Fontaine');
  });

  it('reads a JSON-LD author object and drops the "By" prefix of a .byline', () => {
    const jsonLd = parse(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"María José Soler"}}</script></head><body></body></html>`);
    expect(readMetadata(jsonLd).byline).toBe('María José Soler');
    const byline = parse('<body><article><p class="byline">By Jane Okafor · 12 March 2024</p></article></body>');
    expect(readMetadata(byline).byline).toBe('Jane Okafor');
  });

  it('reads an Arabic byline with its بقلم prefix', () => {
    expect(readMetadata(parse('<body><article><div class="author">بقلم: محمد عبد الله</div></article></body>')).byline).toBe('محمد عبد الله');
  });

  it('reads a JSON-LD author inside @graph', () => {
    const doc = parse(`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"X","author":[{"@type":"Person","name":"Иван Петров"}]}]}</script></head><body></body>`);
    expect(readMetadata(doc).byline).toBe('Иван Петров');
  });

  it('never takes a comment author', () => {
    const doc = parse(`<body><article><h1>Titel</h1><p>Text des Artikels.</p></article>
      <section class="comments"><div class="comment"><span class="author">Hans Meier</span><p>Guter Artikel!</p></div></section></body>`);
    expect(readMetadata(doc).byline).toBeNull();
  });

  it('takes the article byline over a comment author further down', () => {
    const doc = parse(`<body><section id="comments"><span class="byline">Troll99</span></section>
      <article><p class="byline">Von Anna Schmidt</p></article></body>`);
    expect(readMetadata(doc).byline).toBe('Anna Schmidt');
  });
});

describe('markup language', () => {
  it('reads <html lang>, lower-cased', () => {
    expect(readMetadata(parse('<html lang="fr-FR"><body></body></html>')).markupLang).toBe('fr-fr');
  });

  // Lower-case http-equiv: happy-dom ignores the `i` flag of [attr="value" i] selectors (linkedom and browsers honour it).
  it('reads content-language when <html> has no lang', () => {
    expect(readMetadata(parse('<html><head><meta http-equiv="content-language" content="de"></head><body></body></html>')).markupLang).toBe('de');
  });

  it('reads og:locale and ignores a malformed lang', () => {
    expect(readMetadata(parse('<html lang="{{lang}}"><head><meta property="og:locale" content="es_ES"></head><body></body></html>')).markupLang).toBe('es_es');
  });

  it('is null when nothing claims a language', () => {
    expect(readMetadata(parse('<html><body></body></html>')).markupLang).toBeNull();
  });
});

describe('page type', () => {
  it('a JSON-LD NewsArticle declares an article', () => {
    const m = readMetadata(parse(`<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"מועצת העיר אישרה תוכנית","author":{"name":"דנה לוי"}}</script></head><body></body>`));
    expect(m.declaredArticle).toBe(true);
    expect(m.declaredListing).toBe(false);
    expect(m.metaTitle).toBe('מועצת העיר אישרה תוכנית');
    expect(m.byline).toBe('דנה לוי');
  });

  it('og:type article declares an article', () => {
    expect(readMetadata(parse('<head><meta property="og:type" content="article"></head><body></body>')).declaredArticle).toBe(true);
  });

  it('a CollectionPage declares a listing; og:type website and a WebSite node do not', () => {
    expect(readMetadata(parse('<head><meta property="og:type" content="website"></head><body></body>')).declaredListing).toBe(false);
    const site = readMetadata(parse('<head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Le Courrier"},{"@type":"WebPage"}]}</script></head><body></body>'));
    expect(site.declaredListing).toBe(false);
    const m = readMetadata(parse('<head><script type="application/ld+json">{"@type":"CollectionPage","name":"Politique"}</script></head><body></body>'));
    expect(m.declaredListing).toBe(true);
    expect(m.declaredArticle).toBe(false);
  });

  it('ignores malformed JSON-LD and still reads the valid block', () => {
    const doc = parse(`<head>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken,}</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Valid headline here","author":"Li Wei"}</script>
      <title>Fallback</title></head><body></body>`);
    const m = readMetadata(doc);
    expect(m.declaredArticle).toBe(true);
    expect(m.metaTitle).toBe('Valid headline here');
    expect(m.byline).toBe('Li Wei');
  });

  it('a page with only malformed JSON-LD declares nothing', () => {
    const m = readMetadata(parse('<head><script type="application/ld+json">{ not json </script><title>Accueil</title></head><body></body>'));
    expect(m.declaredArticle).toBe(false);
    expect(m.declaredListing).toBe(false);
    expect(m.metaTitle).toBeNull();
    expect(m.documentTitle).toBe('Accueil');
  });
});

describe('what a citation needs: site name, publisher, date of publication', () => {
  it('reads og:site_name, the JSON-LD publisher and datePublished of an article inside @graph', () => {
    const metadata = readMetadata(parse(`<html><head><meta property="og:site_name" content="الجزيرة نت">
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Al Jazeera"},
        {"@type": "NewsArticle", "headline": "مصر تفتتح محطة تحلية", "datePublished": "2024-05-12T08:30:00+03:00",
         "publisher": {"@type": "Organization", "name": "شبكة الجزيرة الإعلامية"}}]}</script></head><body></body></html>`));
    expect(metadata).toMatchObject({ siteName: 'الجزيرة نت', publisher: 'شبكة الجزيرة الإعلامية', published: '2024-05-12T08:30:00+03:00' });
  });

  it('takes article:published_time when the JSON-LD gives no date, and a publisher written as a name or a list', () => {
    const metadata = readMetadata(parse(`<html><head><meta property="article:published_time" content="2026-03-03T09:30:00Z">
      <script type="application/ld+json">{"@type": "ReportageNewsArticle", "publisher": ["The Harbour Ledger"]}</script></head><body></body></html>`));
    expect(metadata).toMatchObject({ siteName: null, publisher: 'The Harbour Ledger', published: '2026-03-03T09:30:00Z' });
  });

  it('is null where the page says nothing', () => {
    expect(readMetadata(parse('<html><head><title>A page</title></head><body></body></html>'))).toMatchObject({ publisher: null, published: null });
  });
});
