/**
 * The background's side of notes: it owns the notes store and answers the notes messages. Whoever asks is checked
 * first. A content script runs in a page the user does not control, so it only ever gets the ids and selectors of
 * its own page's notes, for the address the background works out from the sender itself; note text goes only to
 * the extension's own pages (the note frame, the popup, the notes page), which no page script can reach. What it
 * knows of each tab is in storage.session (utils/tab-state.ts), not in the service worker's memory, which Chrome
 * may drop between any two messages.
 */
import { browser, type Browser } from '#imports';
import { isNote } from '@/lib/notes/annotation';
import { pageAddress } from '@/lib/notes/address';
import { mergeNotes, readAnnotationFile } from '@/lib/notes/exchange';
import {
  editedNote, isAnchoringReport, isNoteInput, pageDraft, reattached, reattachRequest, requestedCount, writtenNote, type NoteStamp,
} from '@/lib/notes/requests';
import type { ImportReport, NoteFrameTask, PageHint } from '@/utils/protocol';
import { onMessage, sendMessage } from '@/utils/messaging';
import { NotesStorageError, type NotesStore } from '@/utils/notes-store';
import { forgetTab, removeTabValue, setTabValue, tabAddresses, tabValue } from '@/utils/tab-state';

type Sender = Browser.runtime.MessageSender;

/** The most notes one message carries to the notes page. */
const MAX_CHUNK = 5000;

export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

function requireExtensionPage(sender: Sender): void {
  if (!isExtensionPage(sender)) throw new Error('Glossa: only the extension’s own pages may do this');
}

/** The address a content script's page files its notes under: from the sender's own address, never from what
 *  the page claims, except a canonical link on the same site (pageAddress checks that). */
export function senderAddress(sender: Sender, hint: PageHint | undefined): string | null {
  if (isExtensionPage(sender) || !sender.url) return null;
  const canonical = typeof hint?.canonical === 'string' ? hint.canonical : null;
  // history.pushState can change the path but never the origin: the page's own claim counts within its origin.
  const url = typeof hint?.url === 'string' && sameOrigin(hint.url, sender.url) ? hint.url : sender.url;
  return pageAddress(url, canonical);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** What a new note gets: a fresh id, and the time now. */
const stamp = (): NoteStamp => ({ id: `urn:uuid:${crypto.randomUUID()}`, now: new Date().toISOString() });

/** Tells the content scripts of the tabs showing any of these addresses that their notes changed. */
async function notifyTabs(addresses: Iterable<string>): Promise<void> {
  const changed = new Set(addresses);
  for (const [tabId, address] of await tabAddresses()) {
    if (changed.has(address)) sendMessage('notesChanged', undefined, tabId).catch(() => removeTabValue('address', tabId));
  }
}

/** Imports the library's quotations a file of notes carries, if any (see ./library.ts). */
export type LibraryImport = (fileText: string) => Promise<ImportReport['library']>;

export function registerNoteMessages(store: NotesStore, importLibrary: LibraryImport): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
  });
  answerContentScripts(store);
  answerNoteFrame(store);
  answerNoteEdits(store);
  answerNoteLists(store, importLibrary);
}

/** A content script's messages: its own page's notes (where, never what), its reports, the note frame it opens. */
function answerContentScripts(store: NotesStore): void {
  onMessage('pageNotes', async ({ data, sender }) => {
    const address = senderAddress(sender, data);
    const tabId = sender.tab?.id;
    if (!address || tabId === undefined) return { address: '', notes: [], reveal: null };
    // The address each tab's content script last asked notes for: where to send "notes changed".
    await setTabValue('address', tabId, address);
    // A note to scroll to once its page, opened from the notes page, has anchored it.
    const reveal = await tabValue('reveal', tabId);
    if (reveal) await removeTabValue('reveal', tabId);
    const { entries } = await store.list(address);
    return {
      address,
      notes: entries.map(({ note }) => (note.target.selector ? { id: note.id, selector: note.target.selector } : { id: note.id })),
      reveal,
    };
  });

  onMessage('reportAnchoring', async ({ data, sender }) => {
    const address = sender.tab?.id !== undefined ? await tabValue('address', sender.tab.id) : null;
    if (!address || !Array.isArray(data) || isExtensionPage(sender)) return;
    await store.setAnchoring(address, data.filter(isAnchoringReport));
  });

  onMessage('openNoteFrame', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const address = senderAddress(sender, data?.hint);
    if (tabId === undefined || !address || !data) return false;
    if (data.draft) {
      // A draft that does not make a valid note is refused here.
      const draft = pageDraft(address, data.draft, stamp());
      // What the tab's note frame is for, set just before the frame loads.
      await setTabValue('frameTask', tabId, { kind: 'new', draft });
      return true;
    }
    if (Array.isArray(data.noteIds)) {
      const { entries } = await store.list(address);
      const wanted = new Set(data.noteIds);
      const noteIds = entries.filter((entry) => wanted.has(entry.note.id)).map((entry) => entry.note.id);
      if (!noteIds.length) return false;
      await setTabValue('frameTask', tabId, { kind: 'show', address, noteIds });
      return true;
    }
    return false;
  });

}

/** The note frame's messages: what it is there to do, and that it is done. */
function answerNoteFrame(store: NotesStore): void {
  onMessage('noteFrameTask', async ({ sender }): Promise<NoteFrameTask | null> => {
    requireExtensionPage(sender);
    const tabId = sender.tab?.id;
    const task = tabId === undefined ? null : await tabValue('frameTask', tabId);
    if (!task || task.kind === 'new') return task;
    // Notes may have changed since the frame was asked for: show them as they are now.
    const { entries } = await store.list(task.address);
    const ids = new Set(task.noteIds);
    return { kind: 'show', notes: entries.filter((entry) => ids.has(entry.note.id)) };
  });

  onMessage('noteFrameDone', async ({ sender }) => {
    requireExtensionPage(sender);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await removeTabValue('frameTask', tabId);
    await sendMessage('closeNoteFrame', undefined, tabId).catch(() => {});
  });

}

/** Writing notes, from the extension's pages: a new note, an edit, a deletion and its undoing, a re-attachment. */
function answerNoteEdits(store: NotesStore): void {
  onMessage('createNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const note = writtenNote(data, stamp());
    await store.add(note);
    await notifyTabs([note.target.source]);
    return note;
  });

  onMessage('updateNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    if (typeof data?.id !== 'string' || !isNoteInput(data.input)) throw new Error('Glossa: a note’s text or tags are not valid');
    const input = data.input;
    const note = await store.update(data.id, (old) => editedNote(old, input, new Date().toISOString()));
    if (note) await notifyTabs([note.target.source]);
    return note;
  });

  onMessage('deleteNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    if (typeof data !== 'string') return null;
    const note = await store.remove(data);
    if (note) await notifyTabs([note.target.source]);
    return note;
  });

  onMessage('restoreNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    if (!isNote(data)) return false;
    await store.restore(data);
    await notifyTabs([data.target.source]);
    return true;
  });

  onMessage('reattachNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const { id, selector, speaker } = reattachRequest(data);
    const modified = new Date().toISOString();
    const note = await store.update(id, (old) => reattached(old, selector, speaker, modified), { moved: true });
    if (note) await notifyTabs([note.target.source]);
    return note;
  });

}

/** The notes as lists, from the extension's pages: read, imported, opened in their article. */
function answerNoteLists(store: NotesStore, importLibrary: LibraryImport): void {
  onMessage('listNotesChunk', async ({ data, sender }) => {
    requireExtensionPage(sender);
    return store.listChunk(requestedCount(data?.offset, Number.MAX_SAFE_INTEGER), requestedCount(data?.limit, MAX_CHUNK));
  });

  onMessage('listNotes', async ({ data, sender }) => {
    requireExtensionPage(sender);
    return store.list(typeof data === 'string' ? data : undefined);
  });

  onMessage('importNotes', async ({ data, sender }): Promise<ImportReport> => {
    requireExtensionPage(sender);
    if (typeof data !== 'string') return { added: 0, merged: 0, rejected: [], error: 'The file could not be read.' };
    const contents = readAnnotationFile(data, {
      newId: () => `urn:uuid:${crypto.randomUUID()}`,
      now: new Date().toISOString(),
      address: (url) => pageAddress(url, null),
    });
    const library = await importLibrary(data);
    if ('error' in contents) return { added: 0, merged: 0, rejected: [], ...(library ? { library } : { error: contents.error }) };
    try {
      const { added, merged } = await store.importNotes(contents.notes, mergeNotes);
      await notifyTabs(contents.notes.map((note) => note.target.source));
      return { added, merged, rejected: contents.rejected, ...(library ? { library } : {}) };
    } catch (error) {
      const reason = error instanceof NotesStorageError ? error.message : String(error);
      return { added: 0, merged: 0, rejected: contents.rejected, error: `Nothing was imported: ${reason}` };
    }
  });

  onMessage('openNote', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const entry = typeof data === 'string' ? await store.get(data) : undefined;
    if (!entry) return false;
    const tab = await browser.tabs.create({ url: entry.note.target.source });
    if (tab.id !== undefined) await setTabValue('reveal', tab.id, entry.note.id);
    return true;
  });
}
