/**
 * The content script's watch for late and changing content (entrypoints/content/page-watch.ts): it asks for a new
 * analysis when article text arrives or changes, or the address changes, once the page is quiet; never while nothing
 * changes, never for changes away from the article or inside Glossa's overlay, and less and less often on a page that
 * keeps changing. Time is simulated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { analyzePage } from '@/lib/analyze';
import type { ArticleText } from '@/lib/article/article-text';
import { PageWatch, WATCH } from '@/entrypoints/content/page-watch';

const PARAGRAPHS = [
  'The council voted on Tuesday to keep the harbour bridge open until its replacement is finished, reversing a plan that would have closed it next spring.',
  'Engineers had warned in March that corrosion in the frame would force a closure, but a second survey found the damage slower than feared.',
  'Shop owners on the east bank, who had collected signatures for months, said the decision would save their businesses through the winter.',
  'The replacement bridge is due to open in two years, and the council said it would publish the load readings every month until then.',
];

const articleHtml = (paragraphs: string[]) =>
  `<nav><a href="/">Home</a></nav><main><article><h1>Bridge stays open</h1><div class="body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></main><aside id="side"><p>Most read</p></aside>`;

const invalidated: (() => void)[] = [];
const ctx = {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void) {
    return window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1);
  },
  onInvalidated(callback: () => void) {
    invalidated.push(callback);
  },
} as unknown as ContentScriptContext;

let article: ArticleText | null = null;
let analyses = 0;

/** Starts a watch on the page as it is, with the article the engine finds there (or none). */
function watchPage(html: string, { withArticle }: { withArticle: boolean }): PageWatch {
  document.body.innerHTML = html;
  article = withArticle ? analyzePage(document).article : null;
  if (withArticle) expect(article?.paragraphs.length).toBe(PARAGRAPHS.length);
  return new PageWatch(ctx, () => article, () => analyses++);
}

const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  analyses = 0;
});
afterEach(() => {
  invalidated.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('PageWatch', () => {
  it('does nothing while nothing changes', async () => {
    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    await elapse(10 * WATCH.maxIntervalMs);
    expect(analyses).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks once, when the page is quiet, for an article that arrived after a page with none was analysed', async () => {
    watchPage('<main id="app"><p>Loading…</p></main>', { withArticle: false });
    const app = document.getElementById('app')!;
    app.innerHTML = articleHtml(PARAGRAPHS.slice(0, 2));
    await elapse(WATCH.quietMs / 2);
    app.querySelector('.body')!.insertAdjacentHTML('beforeend', `<p>${PARAGRAPHS[2]}</p>`);
    await elapse(WATCH.quietMs / 2);
    expect(analyses, 'not while the text is still arriving').toBe(0);
    await elapse(WATCH.quietMs);
    expect(analyses).toBe(1);
    await elapse(WATCH.maxIntervalMs);
    expect(analyses).toBe(1);
  });

  it('asks again when the article’s paragraphs are replaced, or rewritten in place, or the article grows', async () => {
    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    document.querySelector('.body p')!.replaceWith(Object.assign(document.createElement('p'), { textContent: 'A new first paragraph.' }));
    await elapse(WATCH.quietMs + 10);
    expect(analyses, 'a paragraph replaced').toBe(1);

    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    (document.querySelectorAll('.body p')[1].firstChild as Text).data = 'Engineers now say the frame will last.';
    await elapse(WATCH.quietMs + 10);
    expect(analyses, 'a paragraph’s text rewritten').toBe(2);

    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    const more = document.createElement('div');
    more.innerHTML = `<p>${PARAGRAPHS[3]}</p><p>${PARAGRAPHS[0]}</p>`;
    document.querySelector('article')!.append(more);
    await elapse(WATCH.quietMs + 10);
    expect(analyses, '"read more": paragraphs added beside the article’s').toBe(3);
  });

  it('lets changes away from the article pass, and changes of Glossa’s own overlay', async () => {
    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    const side = document.getElementById('side')!;
    side.insertAdjacentHTML('beforeend', `<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p>`);
    (side.firstChild!.firstChild as Text).data = 'Most shared';
    const host = document.createElement('glossa-overlay');
    document.body.append(host);
    host.remove();
    document.body.append(host);
    await elapse(WATCH.maxWaitMs + WATCH.quietMs);
    expect(analyses).toBe(0);
  });

  it('analyses after an address change once the new content has arrived, or after a while when none does', async () => {
    const watch = watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    watch.navigated();
    await elapse(WATCH.quietMs);
    document.querySelector('article')!.innerHTML = `<h1>Ferry to run again</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    await elapse(WATCH.quietMs - 10);
    expect(analyses, 'not before the new content has settled').toBe(0);
    await elapse(20);
    expect(analyses).toBe(1);

    // An appended story the reader scrolled into: the address changes, the page does not.
    watch.navigated();
    await elapse(WATCH.navigationWaitMs - 10);
    expect(analyses).toBe(1);
    await elapse(20);
    expect(analyses).toBe(2);
  });

  it('spaces out the analyses of a page that keeps changing its article, however fast it changes', async () => {
    watchPage(articleHtml(PARAGRAPHS), { withArticle: true });
    const first = () => document.querySelector('.body p')!.firstChild as Text;
    const asked: number[] = [];
    let previous = 0;
    for (let t = 0; t < 3 * WATCH.maxIntervalMs; t += 500) {
      first().data = `Live: ${t}`;
      await elapse(500);
      if (analyses > previous) asked.push(t);
      previous = analyses;
    }
    const gaps = asked.slice(1).map((t, i) => t - asked[i]);
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.length, `analyses at ${asked}`).toBeLessThan(12);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i], `gaps ${gaps}`).toBeGreaterThanOrEqual(Math.min(gaps[i - 1], WATCH.maxIntervalMs - 500));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(WATCH.maxIntervalMs + WATCH.maxWaitMs);
  });
});
