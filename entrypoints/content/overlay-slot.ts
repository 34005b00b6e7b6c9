/**
 * The overlay on the page, at most one: its code, strings and shadow root are loaded and made for the first article
 * shown, in an idle period (a page that is not an article gets none of them), and a new analysis's overlay takes the
 * place of the one shown at once, keeping the reader's choice of panel.
 */
import type { ContentScriptContext } from '#imports';
import type { PageAnalysis } from '@/lib/page';
import type { Voice } from '@/lib/voices';
import type { OverlayStrings } from '@/components/strings';
import { overlayStrings } from '@/utils/strings';
import type { Overlay, OverlayActions } from '../overlay/overlay';
import { whenIdle } from './idle-steps';
import { createOverlayHost } from './overlay-host';
import { loadOverlayCode, sharedUntilFailure } from './overlay-code';

export class OverlaySlot {
  current: Overlay | null = null;
  private loadedStrings: OverlayStrings | null = null;
  /** The overlay's code and its shadow root; made again for the next article when the code could not be loaded
   *  (the extension was updated). */
  private readonly parts = sharedUntilFailure(async () => {
    const code = await loadOverlayCode();
    await whenIdle(this.ctx, () => {});
    // Closed: a page script cannot reach the overlay's elements, among them the underlines of noted passages.
    const ui = createOverlayHost(this.ctx, 'glossa-overlay', code.css);
    return { code, ui };
  });

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly actions: OverlayActions,
  ) {}

  strings(): OverlayStrings {
    return (this.loadedStrings ??= overlayStrings());
  }

  /** Makes the overlay of an analysis in an idle period; null when `isCurrent` turns false while it waits. */
  async make(shown: PageAnalysis, voices: Voice[], isCurrent: () => boolean): Promise<Overlay | null> {
    const { code, ui } = await this.parts();
    if (!isCurrent()) return null;
    // Its strings are read in an idle period of their own: a task's worth of work. It formats numbers without Intl
    // (components/format.ts says why), as the background spelled them when it loaded the code.
    await whenIdle(this.ctx, () => this.strings());
    const made = await whenIdle(this.ctx, () => new code.Overlay(this.ctx, ui, shown, voices, this.strings(), this.actions));
    return isCurrent() ? made : null;
  }

  /** Shows a made overlay in place of the one shown, with the reader's choice of panel. */
  replaceWith(made: Overlay): void {
    const choice = this.current?.readerChoice() ?? null;
    this.stop();
    made.show(choice);
    this.current = made;
  }

  stop(): void {
    this.current?.hide();
    this.current = null;
  }
}
