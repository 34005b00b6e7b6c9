/**
 * Citations: made here, where every language's table is (lib/notes/citation.ts), from what a content script read of
 * a passage of its page (a quotation's card, a selection through the context menu) or from a stored note, and put on
 * the clipboard from an extension document: Firefox's background page, or in Chrome, whose background has no
 * document, an offscreen one (entrypoints/offscreen). The address cited is the one the background works out from the
 * sender, never what the page says it is.
 */
import { browser } from '#imports';
import { analysisTable } from '@/lib/languages';
import { isCitationFacts, passageText, quoteSelectorOf } from '@/lib/notes/annotation';
import { citationOf, type CitationSource } from '@/lib/notes/citation';
import type { CitationRequest } from '@/utils/protocol';
import { copyFromDocument, type ClipboardText } from '@/utils/clipboard';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { NotesStore } from '@/utils/notes-store';
import { isExtensionPage, senderAddress } from './notes';

/** The longest passage cited: a citation is a quotation, not a copy of the article. */
const MAX_QUOTE_CHARS = 5000;

interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

let offscreenReady: Promise<void> | null = null;

/** Chrome's offscreen document for the clipboard, made once (a second would be refused). */
function offscreenDocument(offscreen: OffscreenApi): Promise<void> {
  offscreenReady ??= (async () => {
    if (await offscreen.hasDocument?.()) return;
    await offscreen.createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['CLIPBOARD'],
      justification: 'Copy a citation as plain text, Markdown and HTML',
    });
  })().catch((error) => {
    offscreenReady = null;
    throw error;
  });
  return offscreenReady;
}

async function writeClipboard(text: ClipboardText): Promise<boolean> {
  if (typeof document !== 'undefined') return copyFromDocument(document, text);
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) return false;
  await offscreenDocument(offscreen);
  return sendMessage('writeClipboard', text);
}

/** Makes the citation in the passage's language and copies it. */
export async function copyCitation(source: CitationSource): Promise<boolean> {
  const table = analysisTable(source.facts.lang ?? 'en');
  const citation = citationOf(source, { marks: table.citationMarks ?? table.quotePairs[0], separator: table.listSeparator ?? ', ' });
  return writeClipboard(citation);
}

const optionalString = (value: unknown, max: number) => value === undefined || (typeof value === 'string' && value.length <= max);

function isCitationRequest(value: unknown): value is CitationRequest {
  if (!value || typeof value !== 'object') return false;
  const { quote, speaker, prefix, facts } = value as Record<string, unknown>;
  return typeof quote === 'string' && quote.trim().length > 0 && quote.length <= MAX_QUOTE_CHARS &&
    optionalString(speaker, 500) && optionalString(prefix, 500) && isCitationFacts(facts);
}

/** The citation of a passage a content script read on its page, with the address the sender is at. */
export function sourceOfRequest(request: unknown, address: string | null): CitationSource | null {
  if (!address || !isCitationRequest(request)) return null;
  const { quote, speaker, prefix, facts } = request;
  return { quote, facts, url: address, ...(speaker ? { speaker } : {}), ...(prefix ? { prefix } : {}) };
}

export function registerCitationMessages(store: NotesStore): void {
  onMessage('copyCitation', async ({ data, sender }) => {
    if (isExtensionPage(sender)) return false;
    const source = sourceOfRequest(data, senderAddress(sender, data?.hint));
    return source ? copyCitation(source) : false;
  });

  onMessage('copyNoteCitation', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Glossa: only the extension’s own pages may do this');
    const entry = typeof data === 'string' ? await store.get(data) : null;
    const quote = entry && quoteSelectorOf(entry.note);
    if (!entry || !quote) return false;
    const { note } = entry;
    return copyCitation({
      quote: passageText(quote.exact),
      facts: note.citation ?? {},
      url: note.target.source,
      prefix: quote.prefix,
      ...(note.speaker ? { speaker: note.speaker } : {}),
    });
  });
}
