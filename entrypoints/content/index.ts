/**
 * The content script: analyses the page when the browser is idle and shows the overlay on articles (./controller.ts,
 * its states ./reader-state.ts), analyses again when the site is paused or resumed, article text arrives or changes,
 * or the address changes (./page-observers.ts), and answers the popup and the commands (./page-messages.ts,
 * ./note-actions.ts). Reads the page, never writes its text; never throws into it.
 */
import { browser, ContentScriptContext, defineContentScript } from '#imports';
import { siteOf } from '@/utils/protocol';
import { isPaused } from '@/utils/settings';
import { ContentController } from './controller';
import { whenIdle } from './idle-steps';
import { answerNoteMessages } from './note-actions';
import { answerPageMessages } from './page-messages';
import { observePage } from './page-observers';

/**
 * WXT stops a content script when a newer copy of it announces itself with an event on the document (after an
 * update of the extension). A page can dispatch that event too, to switch Glossa off: while this copy's extension
 * is alive (an update ends it first), the event is the page's, and it is stopped before WXT sees it. (WXT keeps
 * the event's name private; it is the extension's id and the script's name, as the hostile-page tests dispatch it.)
 */
function ignoreForgedRestarts(): void {
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string };
  window.addEventListener(
    SCRIPT_STARTED_MESSAGE_TYPE,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The overlay's styles go into its shadow root only, inline: no stylesheet the page could load or detect.
  cssInjectionMode: 'manual',
  // WXT would also announce the content script to the page with window.postMessage, the extension's id included;
  // the page is told nothing.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedRestarts();
    // Everything waits for an idle period: the task that evaluates this script (compiling it, mostly) is long
    // enough on its own, and the first use of each extension API would add to it.
    await whenIdle(ctx, () => {});
    const site = siteOf(location.href);
    const controller = new ContentController(ctx, site, await isPaused(site));
    whenIdle(ctx, () => controller.start());
    observePage(controller);
    answerPageMessages(controller);
    answerNoteMessages(controller);
  },
});
