/**
 * Notes and citations from the page: what the overlay's card asks for (a note or a citation on a quotation, the
 * notes of a passage, the library), and the messages of the popup and the background about notes (a note on the
 * selection, a draft for the popup, a citation of the selection, notes changed, the note frame closed).
 */
import { browser } from '#imports';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { OverlayActions } from '../overlay/overlay';
import type { ContentController } from './controller';
import { citationRequest, draftOnArticle, draftOnRange, pageHint, selectedRange } from './notes';

type OpenNoteFrameRequest = Parameters<typeof sendMessage<'openNoteFrame'>>[1];

/** Opens the note frame at a point of the window, once the background has taken the request. */
async function openNoteFrame(controller: ContentController, request: OpenNoteFrameRequest, x: number, y: number): Promise<void> {
  const overlay = controller.overlay;
  if (!overlay) return;
  try {
    if (await sendMessage('openNoteFrame', request)) overlay.openNoteFrame(browser.runtime.getURL('/note-frame.html'), x, y);
  } catch (error) {
    console.debug('Glossa: the note frame could not be opened', error);
  }
}

/** The range of the analysis's quotation `index` on the page, if any. */
function quoteRange(controller: ContentController, index: number): Range | null {
  const { page } = controller;
  const quote = page?.analysis.quotes[index];
  return (quote && page?.article?.rangeOf(quote.start, quote.end)) || null;
}

export function overlayActions(controller: ContentController): OverlayActions {
  return {
    async addNoteOnQuote(index, x, y) {
      const range = quoteRange(controller, index);
      const draft = range && (await draftOnRange(controller.page!, controller.metadata, range));
      if (draft) openNoteFrame(controller, { hint: pageHint(document), draft }, x, y);
    },
    showNotes(ids, x, y) {
      openNoteFrame(controller, { hint: pageHint(document), noteIds: ids }, x, y);
    },
    async citeQuote(index) {
      const range = quoteRange(controller, index);
      const request = range && (await citationRequest(controller.page!, controller.metadata, range));
      return !!request && sendMessage('copyCitation', request).catch(() => false);
    },
    openLibrary(index) {
      const quote = controller.page?.analysis.quotes[index];
      if (quote) sendMessage('openLibrary', { query: quote.text }).catch(() => undefined);
    },
  };
}

/** A note on the selection (the context menu or the keyboard command), or on the quotation stepped to. */
async function noteSelection(controller: ContentController): Promise<boolean> {
  if (controller.state.paused) return false;
  // Asked for a note here: analyse the page even if it does not look like an article.
  if (!controller.overlay) {
    controller.apply({ type: 'force' });
    await controller.start();
  }
  const { page, metadata, overlay } = controller;
  // Nothing selected: the quotation stepped to from the keyboard, if any.
  const range = selectedRange(document) ?? quoteRange(controller, overlay?.currentQuotation ?? -1);
  const draft = page && range && (await draftOnRange(page, metadata, range));
  if (!overlay || !range || !draft) {
    overlay?.notify(controller.overlays.strings().selectInArticle);
    return false;
  }
  const box = range.getBoundingClientRect();
  await openNoteFrame(controller, { hint: pageHint(document), draft }, box.left, box.bottom + 8);
  return true;
}

export function answerNoteMessages(controller: ContentController): void {
  onMessage('noteSelection', () => noteSelection(controller));
  onMessage('draftNote', async () => {
    const { page, metadata, notes } = controller;
    if (!page || !notes.address) return null;
    const range = selectedRange(document);
    const draft = (range && (await draftOnRange(page, metadata, range))) ?? draftOnArticle(page, metadata);
    return { ...draft, source: notes.address };
  });
  onMessage('selectionCitation', () => {
    const { page, metadata } = controller;
    const range = selectedRange(document);
    return page && range ? citationRequest(page, metadata, range) : null;
  });
  onMessage('notesChanged', () => controller.refreshNotes());
  onMessage('closeNoteFrame', () => controller.overlay?.closeNoteFrame());
}
