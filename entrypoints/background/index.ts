/**
 * The background script: owns the notes (see ./notes) and the language tables (a content script asks for its
 * page's), and turns the keyboard commands and the context menu into messages to the active tab's content script.
 */
import { browser, defineBackground } from '#imports';
import { languageOf } from '@/lib/languages';
import { isLanguageRequest } from '@/lib/protocol';
import { onMessage, sendMessage } from '@/utils/messaging';
import { NotesStore } from '@/utils/notes-store';
import { registerNoteMessages } from './notes';

const NOTE_SELECTION_MENU = 'glossa-note-selection';

/** Sends a message to a tab's content script; a tab without one (a browser page, a store) is left alone. */
async function tellTab(tabId: number | undefined, message: 'toggleOverlay' | 'noteSelection'): Promise<void> {
  if (tabId === undefined) return;
  try {
    await sendMessage(message, undefined, tabId);
  } catch {
    // No content script in that tab: nothing to do.
  }
}

export default defineBackground(() => {
  registerNoteMessages(new NotesStore());
  onMessage('pageLanguage', ({ data }) => {
    if (!isLanguageRequest(data)) throw new Error('Glossa: not a language request');
    // detectLanguage reads only the first LANGUAGE_SAMPLE_CHARS of the sample, whatever its length.
    return languageOf(data.sample, data.markup?.slice(0, 100));
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-overlay') await tellTab(tab?.id, 'toggleOverlay');
    if (command === 'add-note') await tellTab(tab?.id, 'noteSelection');
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: NOTE_SELECTION_MENU,
      title: browser.i18n.getMessage('noteSelectionMenu'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === NOTE_SELECTION_MENU) await tellTab(tab?.id, 'noteSelection');
  });
});
