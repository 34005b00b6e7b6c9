/**
 * One page of `npm run sweep` in one browser: opened while the browser watches the page's main thread, left until
 * the content script's analysis has settled (and the panel is placed, on an article) and a moment more, then read:
 * the highlights, the overlay's panel and toggle, and the article's line boxes (the engine, bundled with
 * scripts/sweep-page.ts, run in the page once the extension's work is over, so that it is not counted as the
 * extension's).
 */
import type { OpenedPage, SweepBrowser } from './sweep-browsers';
import { OVERLAY_CLOCK } from './sweep-browsers';
import { WENT_AWAY, type PageVisit } from './sweep-report';
import { SWEEP_GLOBAL, type OverlayBoxes, type PageLayout } from './sweep-page';

/** How long the panel gets to appear once the content script says the page is an article. */
const PANEL_TIMEOUT_MS = 10_000;
/** The panel is placed in the overlay's first layout: a little after it appears. */
const PLACEMENT_MS = 500;
/** How long the main thread is still watched once the page has settled. */
const SETTLE_MS = 500;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs in the page's main world through the overlay's shadow root: whether the panel is there. Sent as source. */
const hasPanel = (_: null, overlay: ShadowRoot | null) => !!overlay?.querySelector('[data-glossa-panel]');

async function waitForPanel(page: OpenedPage): Promise<void> {
  const end = Date.now() + PANEL_TIMEOUT_MS;
  while (Date.now() < end && !(await page.inOverlay(hasPanel).catch(() => false))) await sleep(100);
  await sleep(PLACEMENT_MS);
}

const notMeasured = (name: string, failure: string): PageVisit => ({
  name, failure, extension: null, highlights: [], overlayMs: null, task: null, errors: [], layout: null, boxes: null,
});

const sameOrigin = (a: string, b: string) => URL.canParse(a) && new URL(a).origin === new URL(b).origin;

export async function visitPage(browser: SweepBrowser, name: string, url: string, script: string): Promise<PageVisit> {
  let page: OpenedPage;
  try {
    page = await browser.open(url);
  } catch (error) {
    return notMeasured(name, (error as Error).message.split('\n')[0]);
  }
  try {
    const view = await page.view();
    if (view?.analysis?.isArticle) await waitForPanel(page);
    await sleep(SETTLE_MS);
    const { task, errors } = await page.finish();
    const address = await page.evaluate<string>('location.href');
    if (!sameOrigin(address, url)) return notMeasured(name, `${WENT_AWAY} (${address}), which the sweep does not serve`);
    const overlayMs = await page.evaluate<number | null>(`window.${OVERLAY_CLOCK}`);
    await page.evaluate(script);
    const highlights = await page.evaluate<string[]>(`${SWEEP_GLOBAL}.highlightedTexts()`);
    const boxes = await page.inOverlay((_: null, overlay) =>
      (globalThis as unknown as Record<string, { overlayBoxes(o: ShadowRoot | null): OverlayBoxes }>).__glossaSweep.overlayBoxes(overlay),
    );
    const layout = await page.evaluate<PageLayout>(`${SWEEP_GLOBAL}.pageLayout()`);
    const analysis = view?.analysis;
    const extension = analysis ? { isArticle: analysis.isArticle, quotes: analysis.quotes.map((q) => q.text) } : null;
    return { name, extension, highlights, overlayMs, task, errors, layout, boxes: boxes.panel ? boxes : null };
  } catch (error) {
    return notMeasured(name, (error as Error).message.split('\n')[0]);
  } finally {
    await page.close().catch(() => undefined);
  }
}
