/**
 * What makes the content script analyse the page again: Glossa paused or resumed on the site, article text that
 * arrives or changes after load (./page-watch.ts), and a new address without a new page load.
 */
import { watchPaused } from '@/utils/settings';
import type { ContentController } from './controller';
import { whenIdle } from './idle-steps';
import { PageWatch } from './page-watch';
import { analysesOnPageChange, isNewAddress } from './reader-state';

export function observePage(controller: ContentController): void {
  const { ctx } = controller;
  const start = () => controller.start();
  ctx.onInvalidated(watchPaused(controller.site, (paused) => {
    controller.apply({ type: 'pause', paused });
    whenIdle(ctx, start);
  }));
  const watch = new PageWatch(ctx, () => controller.page?.article ?? null, () => {
    if (analysesOnPageChange(controller.state)) whenIdle(ctx, start);
  });
  // Single-page news sites: a new article without a new page load, or an appended story the reader scrolled into.
  // The event can be forged by the page (it is named after the extension's id, which is no secret): only a new
  // address counts, read once it has changed.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    whenIdle(ctx, () => {
      if (!isNewAddress(controller.state, location.href)) return;
      controller.apply({ type: 'navigate', href: location.href });
      watch.navigated();
    });
  });
}
