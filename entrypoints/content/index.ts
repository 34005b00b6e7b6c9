/**
 * The content script: analyses the page when the browser is idle, shows the overlay on articles, answers the
 * popup, and starts again after in-page navigation or when the article is replaced. Reads the page, never writes
 * its text; never throws into it.
 */
import listsCss from '@/components/lists.css?inline';
import overlayCss from './overlay.css?inline';
import { createShadowRootUi, defineContentScript } from '#imports';
import { analyzePage, type PageAnalysis } from '@/lib/analyze';
import { isIndex, isSpeakerStepRequest, siteOf, toView, type PageView } from '@/lib/protocol';
import { onMessage } from '@/utils/messaging';
import { isPaused, watchPaused } from '@/utils/settings';
import { uiStrings } from '@/utils/strings';
import { Overlay } from './overlay';

/** Quiet time after the page's last change before a replaced article is analysed again. */
const SETTLE_MS = 800;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The overlay's styles go into its shadow root only, inline: no stylesheet the page could load or detect.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const strings = uiStrings();
    const site = siteOf(location.href);
    let paused = await isPaused(site);
    let forced = false;
    let page: PageAnalysis | null = null;
    let overlay: Overlay | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'glossa-overlay',
      css: `${listsCss}\n${overlayCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: () => {},
    });

    const stop = () => {
      overlay?.hide();
      overlay = null;
    };
    const start = () => {
      stop();
      page = null;
      if (paused) return;
      try {
        page = analyzePage(document, { force: forced });
        if (page.analysis.isArticle && page.article) {
          overlay = new Overlay(ctx, ui, page, strings);
          overlay.show();
        }
      } catch (error) {
        console.debug('Glossa: analysis failed', error);
        page = null;
        stop();
      }
    };
    const whenIdle = (task: () => void) => {
      if ('requestIdleCallback' in window) ctx.requestIdleCallback(task, { timeout: 2000 });
      else ctx.setTimeout(task, 0);
    };
    const view = (): PageView => ({ host: site, paused, forced, analysis: page ? toView(page.analysis) : null });

    whenIdle(start);
    ctx.onInvalidated(watchPaused(site, (now) => {
      paused = now;
      whenIdle(start);
    }));
    // Single-page news sites: a new article without a new page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      forced = false;
      whenIdle(start);
    });
    let settle = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = window.setTimeout(() => {
        const first = page?.article?.paragraphs[0]?.block.element;
        if (first && !first.isConnected) whenIdle(start);
      }, SETTLE_MS);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    onMessage('getPage', () => {
      if (!page && !paused) start();
      return view();
    });
    onMessage('analyzeAnyway', () => {
      forced = true;
      start();
      return view();
    });
    onMessage('scrollToSection', ({ data }) => {
      if (!overlay || !page || !isIndex(data, page.sectionElements.length)) return false;
      overlay.scrollToSection(data);
      return true;
    });
    onMessage('stepSpeaker', ({ data }) => {
      if (!overlay || !page || !isSpeakerStepRequest(data, page.analysis.speakers.length)) return null;
      return overlay.stepSpeaker(data.speaker, data.direction);
    });
    onMessage('toggleOverlay', () => {
      if (overlay) {
        stop();
        return false;
      }
      start();
      return overlay !== null;
    });
  },
});
