/**
 * The background's side of the library of what was said: it owns the library's store and answers its messages.
 * A content script only gives its own page's quotations, filed under the address the background works out from the
 * sender, and kept only while the library is on (the content script is not told whether it is); what the library
 * holds goes only to the extension's own pages.
 */
import { isCitationFacts } from '@/lib/notes/annotation';
import { libraryQuotesOf, MAX_NAME_CHARS, MAX_QUOTE_CHARS } from '@/lib/library';
import type { ImportReport, LibraryQuery, LibraryStatus, QuotesRecord } from '@/utils/protocol';
import type { LibraryStore } from '@/utils/library-store';
import { onMessage } from '@/utils/messaging';
import { isLibraryOn, setLibraryOn } from '@/utils/settings';
import { isExtensionPage, senderAddress } from './notes';

/** The most quotations one article gives the library, and one look-up asks about. */
const MAX_PAGE_QUOTES = 2_000;
/** The most words a search asks for. */
const MAX_SEARCH_WORDS = 20;

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

/** A content script's record of its page's quotations, as `QuotesRecord` says. */
function isQuotesRecord(value: unknown): value is QuotesRecord {
  if (!value || typeof value !== 'object') return false;
  const { title, facts, quotes } = value as Record<string, unknown>;
  return (
    isText(title, MAX_NAME_CHARS * 4) && isCitationFacts(facts) && Array.isArray(quotes) && quotes.length <= MAX_PAGE_QUOTES &&
    quotes.every((quote: unknown) => {
      const { text, speaker, anonymous, position } = (quote ?? {}) as Record<string, unknown>;
      return isText(text, MAX_QUOTE_CHARS) && (speaker === null || isText(speaker, MAX_NAME_CHARS)) && typeof anonymous === 'boolean' && Number.isInteger(position);
    })
  );
}

function isLibraryQuery(value: unknown): value is LibraryQuery {
  if (!value || typeof value !== 'object') return false;
  const { words, speaker, outlet, from, to } = value as Record<string, unknown>;
  const isWords = (list: unknown) => Array.isArray(list) && list.length <= MAX_SEARCH_WORDS && list.every((word) => isText(word, MAX_NAME_CHARS));
  return isWords(words) && isWords(speaker) && isText(outlet, MAX_NAME_CHARS) && isText(from, 10) && isText(to, 10);
}

function requireExtensionPage(sender: Parameters<typeof isExtensionPage>[0]): void {
  if (!isExtensionPage(sender)) throw new Error('Glossa: only the extension’s own pages may do this');
}

/** The day of an ISO date or time, when it is one. */
function dayOf(date: string | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) && !Number.isNaN(Date.parse(date.slice(0, 10))) ? date.slice(0, 10) : null;
}

export function registerLibraryMessages(store: LibraryStore): void {
  const status = async (): Promise<LibraryStatus> => ({ on: await isLibraryOn(), count: await store.count(), limit: store.limit });

  onMessage('recordQuotes', async ({ data, sender }) => {
    const address = senderAddress(sender, data?.hint);
    if (!address || !isQuotesRecord(data) || !data.quotes.length || !(await isLibraryOn())) return;
    const { facts } = data;
    await store.recordPage(
      { source: address, title: data.title, outlet: facts.outlet ?? '', date: dayOf(facts.published), lang: facts.lang ?? '', quotes: data.quotes },
      new Date().toISOString(),
    );
  });

  onMessage('libraryStatus', ({ sender }) => {
    requireExtensionPage(sender);
    return status();
  });
  onMessage('setLibrary', async ({ data, sender }) => {
    requireExtensionPage(sender);
    await setLibraryOn(data === true);
    return status();
  });
  onMessage('forgetLibrary', async ({ sender }) => {
    requireExtensionPage(sender);
    await store.clear();
    return status();
  });
  onMessage('searchLibrary', ({ data, sender }) => {
    requireExtensionPage(sender);
    if (!isLibraryQuery(data)) throw new Error('Glossa: not a search of the library');
    return store.search(data);
  });
  onMessage('libraryOutlets', ({ sender }) => {
    requireExtensionPage(sender);
    return store.outlets();
  });
  onMessage('seenElsewhere', async ({ data, sender }) => {
    requireExtensionPage(sender);
    if (!(await isLibraryOn())) return null;
    const quotes = Array.isArray(data?.quotes) ? data.quotes.slice(0, MAX_PAGE_QUOTES) : [];
    const valid = quotes.every((q) => isText(q?.text, MAX_QUOTE_CHARS) && (q.speaker === null || isText(q.speaker, MAX_NAME_CHARS)));
    if (!valid || typeof data.address !== 'string' || typeof data.lang !== 'string') throw new Error('Glossa: not a page’s quotations');
    return store.seenElsewhere(data.address, quotes, data.lang);
  });
  onMessage('exportLibrary', ({ sender }) => {
    requireExtensionPage(sender);
    return store.all();
  });
}

/** Adds the library's quotations a file of notes carries: none while the library is off (they are counted then). */
export function libraryImporter(store: LibraryStore): (fileText: string) => Promise<ImportReport['library']> {
  return async (fileText) => {
    const quotes = libraryQuotesOf(fileText);
    if (!quotes.length) return undefined;
    if (!(await isLibraryOn())) return { off: quotes.length };
    return { added: await store.importQuotes(quotes) };
  };
}
