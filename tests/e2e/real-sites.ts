/**
 * Glossa on pages that behave as real sites do, in a browser session of its own (registered by `defineRealSitesSuite`
 * from chromium.e2e.ts and firefox.e2e.ts): an article inserted 2 s after the page loads; a single-page site whose
 * new article arrives after its address changes, with notes and highlights right through it (and back); a second
 * story appended below the article, which the reader scrolls into as the address changes; the background stopped
 * between a note's change and the open page's update (Chromium's service worker; Firefox keeps its background page);
 * and a right-to-left layout with left-to-right text, where the panel stands on the layout's side clear of the text,
 * folds where it has no room, and covers the text only while the reader has it open. The pages are written here and
 * served from memory; what they hold is the English test article (pages/en-article.html) and SPA_NEXT.
 */
import { describe, expect, it } from 'vitest';
import { EN_ARTICLE, SPA_NEXT } from './cases';
import {
  clickShadow, openTracked, overlapArea, probe, readHighlights, readOverlay, shotPath, sleep, useBrowserSession, waitFor, waitForOverlay,
  type Box, type HighlightState, type LaunchDriver, type Session, type Tab,
} from './helpers';
import { annotationFile, clickIn, EN_HTML, importThroughNotesPage, readUnderlined, SENTENCES, waitForUnderlined } from './notes';

/** Longer than the content script's watch takes to analyse again (its quiet time, an idle period, the analysis). */
const REANALYSIS_TIMEOUT = 20_000;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const EN_QUOTES = EN_ARTICLE.quotes.map((q) => q.text).sort();
/** The English test article's `<article>` element and its `<main>`, and its page with something else in their place. */
const EN_ARTICLE_HTML = /<article>[\s\S]*<\/article>/.exec(EN_HTML)![0];
const EN_MAIN_HTML = /<main>[\s\S]*<\/main>/.exec(EN_HTML)![0];
const withArticle = (html: string) => EN_HTML.replace(EN_ARTICLE_HTML, html);
const withMain = (html: string) => EN_HTML.replace(EN_MAIN_HTML, html);
/** The English page with this style added (a layout, a direction). */
const styled = (css: string, htmlAttributes = '') => EN_HTML.replace('</style>', `${css}\n</style>`).replace('<html lang="en">', `<html lang="en"${htmlAttributes}>`);

/** The article arrives 2 s after the page has loaded, in place of a placeholder. */
const LATE_PAGE = withArticle(`<div id="app"><p>Loading…</p></div><template id="late">${EN_ARTICLE_HTML}</template>
<script>setTimeout(() => document.getElementById('app').replaceWith(document.getElementById('late').content), 2000);</script>`);

/** A single-page site: `go(path)` changes the address, shows "Loading…", and the new article 1.5 s later, as a fetch
 *  would bring it; going back does the same. */
const SPA_PAGE = withMain(`<main id="view"></main>
<template id="bridge">${EN_ARTICLE_HTML}</template>
<template id="ferry"><article>${SPA_NEXT.html}</article></template>
<script>
  const view = document.getElementById('view');
  const show = () => view.replaceChildren(document.getElementById(location.pathname.endsWith('/ferry') ? 'ferry' : 'bridge').content.cloneNode(true));
  const arrive = () => {
    view.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Loading…' }));
    setTimeout(show, 1500);
  };
  window.go = (path) => { history.pushState({}, '', path); arrive(); };
  window.addEventListener('popstate', arrive);
  show();
</script>`);

/** A story whose headline links to its own address, as each story does on sites that append them. */
const linkedHeadline = (html: string, path: string) => html.replace(/<h1>([^<]*)<\/h1>/, `<h1><a href="${path}">$1</a></h1>`);

/** A page that appends the next story below the article a second after it loads; `readNext()` scrolls to it and
 *  changes the address and title, as infinite-scroll news sites do. */
const APPENDED_PAGE = withArticle(`${linkedHeadline(EN_ARTICLE_HTML, '/stories/bridge')}
<template id="next"><article>${linkedHeadline(SPA_NEXT.html, '/stories/ferry')}</article></template>
<script>
  setTimeout(() => document.querySelector('main').append(document.getElementById('next').content), 1000);
  window.readNext = () => {
    document.querySelectorAll('article')[1].scrollIntoView();
    history.replaceState({}, '', '/stories/ferry');
    document.title = 'Ferries to run earlier from next month';
  };
</script>`);

function highlightedTexts(state: HighlightState): string[] {
  return state.groups.map((g) => norm(g.text)).sort();
}

/** Waits until the overlay outlines `headings` and highlights exactly `quotes`. */
async function waitForArticle(tab: Tab, headings: string[], quotes: string[], what: string): Promise<void> {
  await waitFor(() => readOverlay(tab), (s) => s.hosts === 1 && s.panel !== null, `the overlay ${what}`, REANALYSIS_TIMEOUT);
  await waitFor(
    async () => ({ outline: await outlineOf(tab), highlights: highlightedTexts(await readHighlights(tab)) }),
    (s) => JSON.stringify(s.outline) === JSON.stringify(headings.map(norm)) && JSON.stringify(s.highlights) === JSON.stringify([...quotes].map(norm).sort()),
    `the outline ${JSON.stringify(headings)} and the highlights of exactly ${quotes.length} quotations ${what}`,
    REANALYSIS_TIMEOUT,
  );
}

/** The outline's links, the panel unfolded first when it is folded (over the text, if it must: the test reads it). */
async function outlineOf(tab: Tab): Promise<string[] | null> {
  const state = await readOverlay(tab);
  if (state.panel?.collapsed) await clickShadow(tab, '[data-glossa-panel] button', 0);
  return (await readOverlay(tab)).outline;
}

async function withTab<T>(session: Session, path: string, html: string, use: (tab: Tab) => Promise<T>): Promise<T> {
  session.server.setPage(path, html);
  const { tab } = await openTracked(session, path);
  try {
    return await use(tab);
  } finally {
    await tab.close().catch(() => undefined);
  }
}

export function defineRealSitesSuite(browserName: string, launch: LaunchDriver): void {
  describe(`Glossa on pages that behave as real sites do, in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch);
    const shot = (name: string) => shotPath(browserName, name);

    it('analyses an article inserted 2 s after the page loaded', async () => {
      await withTab(getSession(), '/late/bridge.html', LATE_PAGE, async (tab) => {
        await sleep(1000);
        expect((await readOverlay(tab)).hosts, 'an overlay while the page shows only "Loading…"').toBe(0);
        await waitForArticle(tab, EN_ARTICLE.headings!, EN_QUOTES, 'once the article has arrived');
        await tab.screenshot(shot('late-article'));
      });
    });

    it('follows a single-page site to its next article, which arrives after the address changed, and back, notes included', async () => {
      const session = getSession();
      const path = '/spa/bridge';
      const note = { id: 'urn:example:spa-note', text: 'Two hundred points', exact: SENTENCES.girders };
      const { notesPage } = await importThroughNotesPage(session, annotationFile(session.server.url(path), note));
      await notesPage.close();
      await withTab(session, path, SPA_PAGE, async (tab) => {
        await waitForArticle(tab, EN_ARTICLE.headings!, EN_QUOTES, 'of the first article');
        await waitForUnderlined(tab, [note.exact], 'on the first article');
        await tab.evaluate(() => (window as unknown as { go(path: string): void }).go('/spa/ferry'), null);
        await waitForArticle(tab, SPA_NEXT.headings, SPA_NEXT.quotes, 'of the article the new address shows');
        await waitForUnderlined(tab, [], 'on the second article, which has no notes');
        await tab.screenshot(shot('spa-next-article'));
        await tab.evaluate(() => history.back(), null);
        await waitForArticle(tab, EN_ARTICLE.headings!, EN_QUOTES, 'of the first article, back again');
        await waitForUnderlined(tab, [note.exact], 'on the first article, back again');
      });
    });

    it('keeps to the article when a second story is appended below it, and follows the reader into that story', async () => {
      await withTab(getSession(), '/stories/bridge', APPENDED_PAGE, async (tab) => {
        await waitForArticle(tab, EN_ARTICLE.headings!, EN_QUOTES, 'of the article the address names');
        await sleep(2500);
        await waitForArticle(tab, EN_ARTICLE.headings!, EN_QUOTES, 'of the same article once the next story is appended');
        await tab.evaluate(() => (window as unknown as { readNext(): void }).readNext(), null);
        await waitForArticle(tab, SPA_NEXT.headings, SPA_NEXT.quotes, 'of the appended story, once the address names it');
        await tab.screenshot(shot('appended-story'));
      });
    });

    it('updates the open page when a note is deleted and put back, the background stopped before each', async () => {
      const session = getSession();
      const path = '/background/bridge.html';
      session.server.setPage(path, EN_HTML);
      const { tab } = await openTracked(session, path);
      const note = { id: 'urn:example:stopped-note', text: 'Ask for the 2015 readings', exact: SENTENCES.steel };
      let notesPage: Tab | null = null;
      try {
        await waitForOverlay(tab);
        ({ notesPage } = await importThroughNotesPage(session, annotationFile(session.server.url(path), note)));
        await waitForUnderlined(tab, [note.exact], 'once the note is imported');
        const stopped = await session.driver.stopBackground();
        if (browserName === 'chromium') expect(stopped, 'the service worker stopped').toBe(true);
        await clickIn(notesPage, `[data-glossa-note="${note.id}"] [data-glossa-delete]`);
        await waitFor(() => readUnderlined(tab, [note.exact]), (u) => u.texts.length === 0 && u.stray.length === 0, 'the underline gone once the note is deleted', 15_000);
        await session.driver.stopBackground();
        await clickIn(notesPage, '[data-glossa-undo]');
        await waitForUnderlined(tab, [note.exact], 'once the deletion is undone');
      } finally {
        await notesPage?.close().catch(() => undefined);
        await tab.close().catch(() => undefined);
      }
    });

    it('puts the panel on the side where a right-to-left layout ends its lines, clear of its left-to-right text', async () => {
      const page = styled('main { max-width: 520px; }', ' dir="rtl"');
      await withTab(getSession(), '/layout/rtl-wide.html', page, async (tab) => {
        await waitForOverlay(tab);
        const { panel } = await waitFor(() => readOverlay(tab), (s) => s.panel?.side === 'left', 'the panel placed on the left');
        const article = (await tab.evaluate(probe, { op: 'articleBox' })) as Box;
        await tab.screenshot(shot('rtl-layout-panel'));
        expect(panel!.collapsed, 'the panel folded, with room beside the text').toBe(false);
        expect(panel!.side).toBe('left');
        expect(panel!.dir, 'the panel’s text direction (the article is English)').toBe('ltr');
        expect(panel!.box.right, `the panel ${JSON.stringify(panel!.box)} left of the text ${JSON.stringify(article)}`).toBeLessThanOrEqual(article.left);
      });
    });

    it('folds the panel beside text that leaves it no room, opens it over the text for the reader, and folds it when they go back to the text', async () => {
      const page = styled('main { max-width: 960px; }', ' dir="rtl"');
      await withTab(getSession(), '/layout/rtl-narrow.html', page, async (tab) => {
        await waitForOverlay(tab);
        const folded = (await waitFor(() => readOverlay(tab), (s) => s.panel?.side === 'left', 'the panel placed on the left')).panel!;
        const article = (await tab.evaluate(probe, { op: 'articleBox' })) as Box;
        await tab.screenshot(shot('rtl-layout-folded'));
        expect(folded.collapsed, 'the panel with no room beside the text').toBe(true);
        expect(overlapArea(folded.box, article), `the toggle ${JSON.stringify(folded.box)} over the text ${JSON.stringify(article)}`).toBe(0);
        await clickShadow(tab, '[data-glossa-panel] button', 0);
        const open = await waitFor(() => readOverlay(tab), (s) => s.panel?.collapsed === false, 'the panel open after a click on its toggle');
        expect(overlapArea(open.panel!.box, article), 'the open panel over the text, as the reader asked').toBeGreaterThan(0);
        await tab.screenshot(shot('rtl-layout-opened'));
        // On the text, away from the panel (at the left edge).
        await tab.click(article.right - 40, Math.max(article.top, 0) + 40);
        await waitFor(() => readOverlay(tab), (s) => s.panel?.collapsed === true, 'the panel folded again after a click on the text');
      });
    });
  });
}
