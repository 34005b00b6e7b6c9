/** The background script: the keyboard command that shows or hides the overlay in the active tab. */
import { browser, defineBackground } from '#imports';
import { sendMessage } from '@/utils/messaging';

export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await sendMessage('toggleOverlay', undefined, tab.id);
    } catch {
      // A tab without the content script (a browser page): nothing to toggle.
    }
  });
});
