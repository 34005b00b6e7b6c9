/** Asks the background for the overlay's code (see utils/overlay-code.ts), once per page. */
import { OVERLAY_CODE_KEY, type OverlayCode } from '@/utils/overlay-code';
import { sendMessage } from '@/utils/messaging';

/** `make()` run once and its promise shared by every caller; run again after it fails. */
export function sharedUntilFailure<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => {
    if (!made) {
      made = make();
      made.catch(() => (made = null));
    }
    return made;
  };
}

export const loadOverlayCode = sharedUntilFailure(async () => {
  // Injected even when this world already holds the overlay's code: an update of the extension leaves the old
  // version's there.
  const spelling = await sendMessage('loadOverlay', undefined);
  const code = (globalThis as { [OVERLAY_CODE_KEY]?: OverlayCode })[OVERLAY_CODE_KEY];
  if (!code) throw new Error('Glossa: the overlay’s script did not load');
  code.spellNumbers(spelling);
  return code;
});
