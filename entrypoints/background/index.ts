/**
 * The background script: owns the notes (see ./notes) and the language tables (a content script asks for its
 * page's language), runs the text stages of a page's analysis (off the page's main thread), injects the overlay's
 * code into a page where the content script found an article, and turns the keyboard commands and the context
 * menu into messages to the active tab's content script.
 */
import { browser, defineBackground } from '#imports';
import { ArticleBody } from '@/lib/article/article-text';
import { analysisTable, languageOf } from '@/lib/languages';
import { isLanguageRequest, isQuoteCommand, isTextAnalysisRequest } from '@/utils/protocol';
import { analyzeText } from '@/lib/text-analysis';
import { numberSpelling, type NumberSpelling } from '@/components/format';
import { onMessage, sendMessage } from '@/utils/messaging';
import { LibraryStore } from '@/utils/library-store';
import { NotesStore } from '@/utils/notes-store';
import { copyCitation, registerCitationMessages, sourceOfRequest } from './citations';
import { libraryImporter, registerLibraryMessages } from './library';
import { registerNoteMessages, senderAddress } from './notes';

const NOTE_SELECTION_MENU = 'glossa-note-selection';
const CITE_SELECTION_MENU = 'glossa-cite-selection';

/** Sends a message to a tab's content script; a tab without one (a browser page, a store) is left alone. */
async function tellTab(tabId: number | undefined, message: 'toggleOverlay' | 'noteSelection'): Promise<void> {
  if (tabId === undefined) return;
  try {
    await sendMessage(message, undefined, tabId);
  } catch {
    // No content script in that tab: nothing to do.
  }
}

/** The longest search the library is opened with (a quotation's words, from a card). */
const MAX_LIBRARY_QUERY = 200;

/** Opens the notes page on its Quotes tab, searching for `query` when given. */
async function openLibrary(query?: string): Promise<void> {
  const search = query ? `?q=${encodeURIComponent(query.slice(0, MAX_LIBRARY_QUERY))}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/notes.html${search}#quotes`) });
}

/** Copies a citation of the passage selected in a tab (the context menu's "Copy as citation"). */
async function citeSelection(tabId: number, pageUrl: string | undefined): Promise<void> {
  try {
    const request = await sendMessage('selectionCitation', undefined, tabId);
    // The address is the page's as the browser reports it, as for a content script's own messages.
    const source = sourceOfRequest(request, pageUrl ? senderAddress({ url: pageUrl }, request?.hint) : null);
    if (source) await copyCitation(source);
  } catch {
    // No content script in that tab, or nothing it can cite.
  }
}

export default defineBackground(() => {
  const store = new NotesStore();
  const library = new LibraryStore();
  registerNoteMessages(store, libraryImporter(library));
  registerLibraryMessages(library);
  registerCitationMessages(store);
  let spelling: NumberSpelling | undefined;
  onMessage('pageLanguage', ({ data }) => {
    if (!isLanguageRequest(data)) throw new Error('Glossa: not a language request');
    // detectLanguage reads only the first LANGUAGE_SAMPLE_CHARS of the sample, whatever its length.
    return languageOf(data.sample, data.markup?.slice(0, 100));
  });
  onMessage('analyzeText', ({ data }) => {
    if (!isTextAnalysisRequest(data)) throw new Error('Glossa: not a text analysis request');
    return analyzeText(new ArticleBody(data.text, data.paragraphs, data.codeSpans), analysisTable(data.lang), data.inferOutline);
  });
  onMessage('loadOverlay', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Glossa: the overlay is loaded only into a tab');
    // The default world is the content script's own (ISOLATED): the page's scripts never see the overlay's code.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/overlay.js'] });
    return (spelling ??= numberSpelling(browser.i18n.getUILanguage()));
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'open-library') return openLibrary();
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-overlay') await tellTab(tab?.id, 'toggleOverlay');
    if (command === 'add-note') await tellTab(tab?.id, 'noteSelection');
    if (isQuoteCommand(command) && tab?.id !== undefined) await sendMessage('quoteCommand', command, tab.id).catch(() => undefined);
  });
  onMessage('openLibrary', ({ data }) => openLibrary(typeof data?.query === 'string' ? data.query : undefined));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: NOTE_SELECTION_MENU,
      title: browser.i18n.getMessage('noteSelectionMenu'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    browser.contextMenus.create({
      id: CITE_SELECTION_MENU,
      title: browser.i18n.getMessage('citeSelectionMenu'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === NOTE_SELECTION_MENU) await tellTab(tab?.id, 'noteSelection');
    if (info.menuItemId === CITE_SELECTION_MENU && tab?.id !== undefined) await citeSelection(tab.id, info.frameUrl ?? info.pageUrl);
  });
});
