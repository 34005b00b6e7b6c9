/**
 * The one message protocol between the content script, the popup and the background: what each message carries
 * and returns, and the checks every receiver runs on what it is given (a message may come from anywhere a
 * listener is reachable, so nothing is trusted as typed).
 */
import type { PageLanguage } from '@/lib/languages/types';
import type { LibraryQuote } from '@/lib/library';
import type { CitationFacts, Note, Selector } from '@/lib/notes/annotation';
import type { AnchoringReport, AnchorState, NoteDraft, NoteInput } from '@/lib/notes/requests';
import type { TextAnalysis, TextAnalysisRequest } from '@/lib/text-analysis';
import type { Analysis } from '@/lib/types';
import type { Voice } from '@/lib/voices';
import type { NumberSpelling } from '@/components/format';

export type { AnchoringReport, AnchorState, LibraryQuote, NoteDraft, NoteInput, TextAnalysisRequest };

/** What the popup shows of a tab: the analysis without the article text (the popup never needs it). */
export type AnalysisView = Omit<Analysis, 'text'>;

export interface PageView {
  /** The site, as the per-site pause switch knows it. */
  host: string;
  paused: boolean;
  /** Null when the page has not been analysed (paused, or analysis failed). */
  analysis: AnalysisView | null;
  /** The user asked to analyse a page that does not look like an article. */
  forced: boolean;
  /** The page's address as its notes are filed under (see `pageAddress`); null until the background answered. */
  address: string | null;
  /** The page's notes (ids only) that could not be anchored on it this time. */
  orphans: string[];
  /** The article's voices (see lib/voices.ts); empty without an article. */
  voices: Voice[];
  /** What the page's metadata says of the article (outlet, date…), for its quotations' export; null without one. */
  facts: CitationFacts | null;
}

/** What a content script may tell the background about its page's address; the background checks it. */
export interface PageHint {
  /** The page's address now: after `history.pushState` on a single-page site, the browser still reports the
   *  address the page was loaded at. Taken only on the same origin as that. */
  url: string | null;
  /** The href of the page's `<link rel="canonical">`, if any. */
  canonical: string | null;
}

/** A passage of the page to cite, as the content script reads it; the background adds the page's address. */
export interface CitationRequest {
  hint: PageHint;
  /** The passage as the page has it. */
  quote: string;
  /** The speaker, when the passage is a quotation with a known speaker. */
  speaker?: string;
  /** The text right before the passage on the page (see `CitationSource.prefix`). */
  prefix?: string;
  facts: CitationFacts;
}

/** What a content script receives of its page's notes: where they go, never what they say. */
export interface NoteAnchorRequest {
  id: string;
  selector?: Selector[];
  /** The offsets of a note taken before notes were anchored on the whole page, in Glossa's article text. */
  articlePosition?: { start: number; end: number };
}

export interface PageNotes {
  address: string;
  notes: NoteAnchorRequest[];
  /** A note the user asked to open the page at (from the notes page), to scroll to once anchored. */
  reveal: string | null;
}

export interface NoteEntry {
  note: Note;
  state: AnchorState;
  /** For a changed passage: its text the last time its page was visited. */
  current?: string;
}

export interface NoteChunk extends NoteList {
  /** How many records the store holds in all (damaged ones included). */
  total: number;
}

export interface NoteList {
  entries: NoteEntry[];
  /** Stored records that are not readable notes (damaged on disk): left in place, counted, never shown. */
  damaged: number;
}

/** What the note frame (an extension page inside the article's tab) is there to do. */
export type NoteFrameTask =
  | { kind: 'new'; draft: NoteDraft }
  | { kind: 'show'; notes: NoteEntry[] };

export interface ImportReport {
  /** New notes written. */
  added: number;
  /** Notes merged into a stored note with the same id. */
  merged: number;
  rejected: { index: number; id?: string; reason: string }[];
  /** Quotations of the library in the file: added to it, or left out because the library is off. */
  library?: { added: number } | { off: number };
  /** Set when the file as a whole could not be read (not JSON, not annotations, storage failed): nothing changed. */
  error?: string;
}

/** Which of a speaker's quotations the page scrolled to, counted from 1. */
export interface QuoteStep {
  speaker: number;
  position: number;
  total: number;
}

/** What a keyboard command asks of the page's quotations (the manifest's commands of the same names): go to the
 *  next or previous quotation, or the current speaker's next one, opening its card with the focus in it; open the
 *  current quotation's card; copy it as a citation. */
export const QUOTE_COMMANDS = ['next-quote', 'previous-quote', 'speaker-next-quote', 'open-card', 'copy-citation'] as const;
export type QuoteCommand = (typeof QUOTE_COMMANDS)[number];

export function isQuoteCommand(value: unknown): value is QuoteCommand {
  return (QUOTE_COMMANDS as readonly unknown[]).includes(value);
}

/** An article's quotations as the library keeps them. */
export interface LibraryPage {
  source: string;
  title: string;
  outlet: string;
  date: string | null;
  lang: string;
  quotes: Pick<LibraryQuote, 'text' | 'speaker' | 'anonymous' | 'position'>[];
}

/** What a content script tells the background of its article's quotations (kept only while the library is on). */
export interface QuotesRecord {
  hint: PageHint;
  title: string;
  facts: CitationFacts;
  quotes: LibraryPage['quotes'];
}

/** The same words in another article of the library. */
export interface LibraryMatch {
  quote: LibraryQuote;
  /** Word for word the same; otherwise worded differently (the popup marks the differences). */
  identical: boolean;
  /** The other article gives the quotation to someone else. */
  otherSpeaker: boolean;
}

export interface SeenElsewhere {
  matches: LibraryMatch[];
}

/** A search of the library: words its quotations' words begin with, its speakers' words, an outlet and dates
 *  (YYYY-MM-DD), each left empty to take any. */
export interface LibraryQuery {
  words: string[];
  speaker: string[];
  outlet: string;
  from: string;
  to: string;
}

export interface LibraryResults {
  /** The newest first, at most a page of them. */
  quotes: LibraryQuote[];
  /** How many quotations the search found in all. */
  total: number;
}

export interface LibraryStatus {
  on: boolean;
  count: number;
  limit: number;
}

/** Messages and their return types: `name(data): result` (the transport is utils/messaging.ts). */
export interface ProtocolMap {
  /** Popup → content script: the page as Glossa sees it. */
  getPage(): PageView;
  /** Popup → content script: analyse a page that does not look like an article, and show the overlay on it. */
  analyzeAnyway(): PageView;
  /** Popup → content script: the article text (for the browser's on-device summarizer), or null. */
  articleText(): string | null;
  /** Popup → content script: scroll to an outline section. */
  scrollToSection(index: number): boolean;
  /** Popup → content script: scroll to the next (or previous) quotation of a speaker. */
  stepSpeaker(request: SpeakerStepRequest): QuoteStep | null;
  /** Background → content script (the keyboard command): show or hide the overlay; returns whether it shows. */
  toggleOverlay(): boolean;
  /** Background → content script (a keyboard command): act on the page's quotations; false without any. */
  quoteCommand(command: QuoteCommand): boolean;
  // The library of what was said: a content script only ever gives its page's quotations (kept while the library is
  // on, which it is not told); everything read from the library goes to the extension's own pages only.
  /** Content script → background: the quotations of the sender's article, for the library. */
  recordQuotes(record: QuotesRecord): void;
  /** Extension pages only: whether the library is on, and how many quotations it holds. */
  libraryStatus(): LibraryStatus;
  /** Extension pages only: turn the library on or off (what it holds stays until forgotten). */
  setLibrary(on: boolean): LibraryStatus;
  /** Extension pages only: forget every quotation of the library. */
  forgetLibrary(): LibraryStatus;
  /** Extension pages only: search the library. */
  searchLibrary(query: LibraryQuery): LibraryResults;
  /** Extension pages only: the outlets the library has quotations of. */
  libraryOutlets(): string[];
  /** Extension pages only (the popup): for each of a page's quotations, the same words in other articles; null
   *  while the library is off. */
  seenElsewhere(request: { address: string; lang: string; quotes: { text: string; speaker: string | null }[] }): SeenElsewhere[] | null;
  /** Extension pages only: every quotation of the library, for an export with the notes. */
  exportLibrary(): LibraryQuote[];
  /** Content script (a quotation's card) or extension pages → background: open the library of quotations (the
   *  notes page's Quotes tab), searching for the words given, if any. */
  openLibrary(request: { query?: string }): void;
  /** Content script → background: the language of a page's text sample, with its table (the background holds
   *  every table, so the content script carries none). */
  pageLanguage(request: LanguageRequest): PageLanguage;
  /** Content script → background: the text stages (quotations and speakers, summary, inferred outline) on an
   *  article's text, run in the background so that the page's main thread stays free. */
  analyzeText(request: TextAnalysisRequest): TextAnalysis;
  /** Content script → background: inject the overlay's code into the sender's frame, in the content script's world
   *  (the first time the page shows an article; see utils/overlay-code.ts), and say how the interface's locale writes
   *  numbers (read with Intl here, where it costs the page no task). */
  loadOverlay(): NumberSpelling;

  // Notes. Messages marked "extension pages only" carry or change note text: the background refuses them from
  // content scripts, so no page, whatever it does to the content script's world, can read or change a note.
  /** Background (context menu, keyboard command) or popup → content script: note the selected text. Returns
   *  false when nothing in the article is selected. */
  noteSelection(): boolean;
  /** Popup → content script: the draft for a note on the selection, or on the whole article when nothing in it is
   *  selected; null when the page has no article. */
  draftNote(): NoteDraft | null;
  /** Background → content script: the page's notes changed (saved, edited, deleted, imported): anchor them again. */
  notesChanged(): void;
  /** Background → content script: close the note frame. */
  closeNoteFrame(): void;

  /** Content script → background: the notes of the sender's page (ids and selectors only). */
  pageNotes(hint: PageHint): PageNotes;
  /** Content script → background: which of its page's notes anchored, and how. */
  reportAnchoring(results: AnchoringReport[]): void;
  /** Content script → background: open the note frame in the sender's tab, for a new note or to show notes. */
  openNoteFrame(request: { hint: PageHint; draft?: Omit<NoteDraft, 'source'>; noteIds?: string[] }): boolean;
  /** Note frame → background (extension pages only): what the frame in this tab is for. */
  noteFrameTask(): NoteFrameTask | null;
  /** Note frame → background: the frame is done; the background tells the tab's content script to close it. */
  noteFrameDone(): void;
  /** Extension pages only: write a new note. */
  createNote(request: { draft: NoteDraft; input: NoteInput }): Note;
  /** Extension pages only: change a note's text and tags. */
  updateNote(request: { id: string; input: NoteInput }): Note | null;
  /** Extension pages only: delete a note; returns it, for undo. */
  deleteNote(id: string): Note | null;
  /** Extension pages only: put back a note just deleted (undo). */
  restoreNote(note: Note): boolean;
  /** Extension pages only: the notes of one page (the popup), or all of them (the notes page). */
  listNotes(address: string | null): NoteList;
  /** Extension pages only: a chunk of all notes, the most recently changed first (the notes page). */
  listNotesChunk(request: { offset: number; limit: number }): NoteChunk;
  /** Extension pages only: import a W3C Web Annotation file's text, all or nothing. */
  importNotes(fileText: string): ImportReport;
  /** Extension pages only: open a note's page in a new tab and scroll to the note once it is anchored. */
  openNote(id: string): boolean;
  /** Extension pages only: put a note on another passage of its page (an orphan re-attached to a selection). */
  reattachNote(request: { id: string; selector: Selector[]; speaker?: string }): Note | null;

  // Citations: built by the background, which has every language's table, and put on the clipboard from an
  // extension document (utils/clipboard.ts), never from the page's.
  /** Content script → background: copy a citation of a passage of the sender's page (a quotation's card). */
  copyCitation(request: CitationRequest): boolean;
  /** Background (the context menu) → content script: the citation of the selected passage, null when nothing is
   *  selected. */
  selectionCitation(): CitationRequest | null;
  /** Extension pages only: copy a citation of a note's passage. */
  copyNoteCitation(id: string): boolean;
  /** Background → its offscreen document (Chrome): put this text on the clipboard. */
  writeClipboard(text: { plain: string; markdown: string; html: string }): boolean;
}

export interface LanguageRequest {
  /** The page's title and the start of its text. */
  sample: string;
  /** The language the page's markup claims. */
  markup: string | null;
}

export function isLanguageRequest(value: unknown): value is LanguageRequest {
  if (!value || typeof value !== 'object') return false;
  const { sample, markup } = value as Record<string, unknown>;
  return typeof sample === 'string' && (markup === null || typeof markup === 'string');
}

export function isTextAnalysisRequest(value: unknown): value is TextAnalysisRequest {
  if (!value || typeof value !== 'object') return false;
  const { lang, text, paragraphs, codeSpans, inferOutline } = value as Record<string, unknown>;
  if (typeof lang !== 'string' || typeof text !== 'string' || typeof inferOutline !== 'boolean') return false;
  return spansInOrder(paragraphs, text.length) && spansInOrder(codeSpans, text.length);
}

/** A list of spans in order, each inside a text of `length` characters. */
function spansInOrder(spans: unknown, length: number): boolean {
  if (!Array.isArray(spans)) return false;
  let previousEnd = 0;
  return spans.every((p: unknown) => {
    const { start, end } = (p ?? {}) as Record<string, unknown>;
    const ok = Number.isInteger(start) && Number.isInteger(end) && previousEnd <= (start as number) && (start as number) <= (end as number) && (end as number) <= length;
    if (ok) previousEnd = end as number;
    return ok;
  });
}

export interface SpeakerStepRequest {
  speaker: number;
  direction: 1 | -1;
}

/** A valid index into a list of `length` items. */
export function isIndex(value: unknown, length: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
}

export function isSpeakerStepRequest(value: unknown, speakers: number): value is SpeakerStepRequest {
  if (!value || typeof value !== 'object') return false;
  const { speaker, direction } = value as Record<string, unknown>;
  return isIndex(speaker, speakers) && (direction === 1 || direction === -1);
}

export function toView(analysis: Analysis): AnalysisView {
  const { text: _text, ...view } = analysis;
  return view;
}

/** The site of an address as the pause switch keys it: the host name, without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
