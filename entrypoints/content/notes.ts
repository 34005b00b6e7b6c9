/**
 * The content script's side of notes: asks the background for the ids and selectors of this page's notes (never
 * their text), has the overlay's code anchor each on the article text as it is now, reports which ones it found,
 * and turns a quotation or a selection into a draft note.
 */
import type { PageAnalysis } from '@/lib/analyze';
import { canonicalHref } from '@/lib/notes/address';
import { describePassage } from '@/lib/notes/anchor';
import type { NoteDraft, PageHint, PageNotes } from '@/lib/protocol';
import { sendMessage } from '@/utils/messaging';
import type { NotesOnArticle } from '../overlay/anchor-notes';
import { loadOverlayCode } from './overlay-code';

export interface PageNotesState extends NotesOnArticle {
  address: string | null;
  /** The note to scroll to (the user opened the page at it). */
  reveal: string | null;
}

export const NO_NOTES: PageNotesState = { address: null, anchored: [], orphans: [], reveal: null };

export function pageHint(doc: Document): PageHint {
  return { url: doc.location?.href ?? null, canonical: canonicalHref(doc) };
}

/** The ids and selectors of this page's notes, and the address they are filed under. */
export async function fetchPageNotes(doc: Document): Promise<PageNotes> {
  return sendMessage('pageNotes', pageHint(doc));
}

/** Anchors the page's notes on the article as it is now and tells the background which ones were found. */
export async function anchorNotes(page: PageAnalysis | null, { address, notes, reveal }: PageNotes): Promise<PageNotesState> {
  if (!address) return NO_NOTES;
  if (!page?.article || !notes.length) return { address, anchored: [], orphans: [], reveal };
  const { anchored, orphans } = (await loadOverlayCode()).anchorNotes(page.article, notes);
  const results = [...anchored.map(({ id }) => ({ id, anchored: true })), ...orphans.map((id) => ({ id, anchored: false }))];
  if (results.length) await sendMessage('reportAnchoring', results);
  return { address, anchored, orphans, reveal };
}

/** A draft note on article-text offsets [start, end): on a quotation, its speaker comes with it. */
export function draftOnPassage(page: PageAnalysis, start: number, end: number): Omit<NoteDraft, 'source'> {
  const { analysis } = page;
  const quote = analysis.quotes.find((q) => q.start < end && start < q.end && q.speaker);
  return {
    pageTitle: analysis.title,
    ...(quote?.speaker ? { speaker: quote.speaker } : {}),
    selector: describePassage(page.article!.text, start, end),
  };
}

/** A draft note on the whole article. */
export function draftOnArticle(page: PageAnalysis): Omit<NoteDraft, 'source'> {
  return { pageTitle: page.analysis.title };
}

/** The article-text offsets of the user's selection, or null when nothing in the article is selected. */
export function selectedPassage(doc: Document, page: PageAnalysis): { start: number; end: number } | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !page.article) return null;
  const offsets = page.article.offsetsOf(selection.getRangeAt(0));
  if (!offsets) return null;
  // A selection's edges often take in surrounding spaces: the note is on the words.
  const text = page.article.text;
  let { start, end } = offsets;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}
