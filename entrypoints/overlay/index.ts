/**
 * The overlay's script: injected by the background into an article's page, in the content script's world, when
 * the content script asks for it (see utils/overlay-code.ts). It only hands its parts to the content script.
 */
import listsCss from '@/components/lists.css?inline';
import overlayCss from './overlay.css?inline';
import { defineUnlistedScript } from '#imports';
import { OVERLAY_CODE_KEY, type OverlayCode } from '@/utils/overlay-code';
import { spellNumbers } from '@/components/format';
import { anchorNoteSteps, describeOnPage } from './anchor-notes';
import { Overlay } from './overlay';

export default defineUnlistedScript(() => {
  const code: OverlayCode = { css: `${listsCss}\n${overlayCss}`, Overlay, anchorNoteSteps, describeOnPage, spellNumbers };
  Object.assign(globalThis, { [OVERLAY_CODE_KEY]: code });
});
