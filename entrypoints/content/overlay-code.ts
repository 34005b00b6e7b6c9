/** Asks the background for the overlay's code (see utils/overlay-code.ts), once per page. */
import { OVERLAY_CODE_KEY, type OverlayCode } from '@/utils/overlay-code';
import { sendMessage } from '@/utils/messaging';

let loading: Promise<OverlayCode> | null = null;

export function loadOverlayCode(): Promise<OverlayCode> {
  if (!loading) {
    loading = (async () => {
      // Injected even when this world already holds the overlay's code: an update of the extension leaves the old
      // version's there.
      await sendMessage('loadOverlay', undefined);
      const code = (globalThis as { [OVERLAY_CODE_KEY]?: OverlayCode })[OVERLAY_CODE_KEY];
      if (!code) throw new Error('Glossa: the overlay’s script did not load');
      return code;
    })();
    // A failed load is tried again next time.
    loading.catch(() => (loading = null));
  }
  return loading;
}
