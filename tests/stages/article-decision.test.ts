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
