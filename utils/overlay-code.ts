/**
 * How the overlay's code reaches the content script. The overlay (Preact, its views and styles, the highlights and
 * the note anchoring) is a script of its own, `entrypoints/overlay`, which the background injects into a page's
 * content-script world only once the content script has found an article there: every other page compiles only the
 * reader. Scripts injected into that world share its global object, which the page's own scripts cannot see; the
 * overlay's script leaves its parts there, under this key.
 */
import type { Overlay } from '@/entrypoints/overlay/overlay';
import type { anchorNoteSteps, describeOnPage } from '@/entrypoints/overlay/anchor-notes';
import type { spellNumbers } from '@/components/format';

export const OVERLAY_CODE_KEY = 'glossaOverlayCode';

export interface OverlayCode {
  /** The styles of the overlay's shadow root. */
  css: string;
  Overlay: typeof Overlay;
  anchorNoteSteps: typeof anchorNoteSteps;
  describeOnPage: typeof describeOnPage;
  spellNumbers: typeof spellNumbers;
}
