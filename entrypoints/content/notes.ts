/**
 * The content script's side of notes, the coordinator: asks the background for the ids and selectors of this page's
 * notes (never their text), has the overlay's code find each one on the page as it is now (in idle periods),
 * reports what it found, and turns a quotation or a selection anywhere on the page into a draft note (the overlay's
 * code describes the passage: the reader every page loads carries no selector code).
 */
import type { ContentScriptContext } from '#imports';
import type { PageAnalysis } from '@/lib/analyze';
import type { PageMetadata } from '@/lib/article/metadata';
import { canonicalHref } from '@/lib/notes/address';
import type { CitationFacts, Selector, TextQuoteSelector } from '@/lib/notes/annotation';
import type { CitationRequest, NoteDraft, PageHint, PageNotes } from '@/utils/protocol';
import { sendMessage } from '@/utils/messaging';
import type { NotesOnPage } from '../overlay/anchor-notes';
import { runWhenIdle } from './idle-steps';
import { loadOverlayCode } from './overlay-code';

export interface PageNotesState extends Omit<NotesOnPage, 'reports'> {
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

/** Finds the page's notes on the page as it is now, in idle periods, and tells the background what it found. */
export async function anchorNotes(
  ctx: ContentScriptContext,
  page: PageAnalysis | null,
  { address, notes, reveal }: PageNotes,
): Promise<PageNotesState> {
  if (!address) return NO_NOTES;
  if (!page || !notes.length || !document.body) return { address, anchored: [], orphans: [], reveal };
  const code = await loadOverlayCode();
  const { anchored, orphans, reports } = await runWhenIdle(ctx, code.anchorNoteSteps(document.body, notes, page.article));
  if (reports.length) await sendMessage('reportAnchoring', reports);
  return { address, anchored, orphans, reveal };
}

/** What a citation of the page needs, from its metadata and its analysis. */
export function citationFacts(page: PageAnalysis, metadata: PageMetadata | null): CitationFacts {
  const { lang, dir, byline } = page.analysis;
  const outlet = metadata?.siteName ?? metadata?.publisher ?? null;
  const published = metadata?.published ?? null;
  return {
    ...(outlet ? { outlet } : {}),
    ...(byline ? { author: byline } : {}),
    ...(published ? { published } : {}),
    lang,
    dir,
  };
}

/** The selectors of the text a range covers anywhere on the page, which the overlay's code finds; null when it covers
 *  no text of the page, or when that code cannot be loaded (the extension was updated or removed). */
async function describeOnPage(range: Range): Promise<Selector[] | null> {
  const code = await loadOverlayCode().catch(() => null);
  return code?.describeOnPage(range) ?? null;
}

/** The speaker of the quotation a range is on, if any and not doubtful: a note or a citation states it as a fact. */
function speakerAt(page: PageAnalysis, range: Range): string | null {
  const offsets = page.article?.offsetsOf(range);
  return (offsets && page.analysis.quotes.find((q) => q.start < offsets.end && offsets.start < q.end && q.speaker && !q.doubtful)?.speaker) ?? null;
}

/** A draft note on the text a range covers, anywhere on the page; on a quotation, its speaker comes with it. Null
 *  when the range covers no text of the page. */
export async function draftOnRange(page: PageAnalysis, metadata: PageMetadata | null, range: Range): Promise<Omit<NoteDraft, 'source'> | null> {
  const selector = await describeOnPage(range);
  if (!selector) return null;
  const speaker = speakerAt(page, range);
  return { pageTitle: page.analysis.title, ...(speaker ? { speaker } : {}), selector, citation: citationFacts(page, metadata) };
}

/** What the background needs to cite the text a range covers; null when it covers no text of the page. */
export async function citationRequest(page: PageAnalysis, metadata: PageMetadata | null, range: Range): Promise<CitationRequest | null> {
  const quote = (await describeOnPage(range))?.[0];
  if (!quote) return null;
  const { exact, prefix } = quote as TextQuoteSelector;
  const speaker = speakerAt(page, range);
  return { hint: pageHint(document), quote: exact, prefix, facts: citationFacts(page, metadata), ...(speaker ? { speaker } : {}) };
}

/** A draft note on the whole article. */
export function draftOnArticle(page: PageAnalysis, metadata: PageMetadata | null): Omit<NoteDraft, 'source'> {
  return { pageTitle: page.analysis.title, citation: citationFacts(page, metadata) };
}

/** The user's selection on the page, or null when nothing is selected (a selection inside Glossa's own overlay is
 *  not on the page: its text is not the body's). */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selection.getRangeAt(0);
}
