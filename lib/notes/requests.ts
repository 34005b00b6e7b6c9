/**
 * What the extension's pages and content scripts ask of notes, checked and turned into notes: a draft from a page,
 * the text and tags a reader typed, a content script's report on where a note stands, a passage to re-attach a
 * note to. Pure: the background (entrypoints/background/notes.ts) checks who asks and does the storage. Every
 * request comes from a message, so every field is checked as unknown.
 */
import { isCitationFacts, isNote, isSelector, noteBody, type CitationFacts, type Note, type Selector } from './annotation';
import { MAX_NOTE_CHARS, MAX_TAGS } from './exchange';

/** A note on its way to being written: what the page gives (the editor adds the text and tags). */
export interface NoteDraft {
  source: string;
  pageTitle: string;
  speaker?: string;
  /** Absent for a note on the whole article. */
  selector?: Selector[];
  /** What a citation of the passage needs, from the page's metadata. */
  citation?: CitationFacts;
}

export interface NoteInput {
  text: string;
  tags: string[];
}

/** Whether a note was found on its page the last time the page was visited: as it was, changed (found only by a
 *  close match of its quotation), or not at all. */
export type AnchorState = 'anchored' | 'changed' | 'orphan' | 'unchecked';

/** What a content script tells the background about one of its page's notes. */
export interface AnchoringReport {
  id: string;
  state: Exclude<AnchorState, 'unchecked'>;
  /** For a changed passage: its text as it is now on the page. */
  current?: string;
  /** For a note taken before notes were anchored on the whole page, found at its old article offsets: its passage
   *  described by the page's selectors, which the note keeps from then on. */
  selector?: Selector[];
}

/** What a new note gets from outside: its id (a URN) and the time it is made. */
export interface NoteStamp {
  id: string;
  now: string;
}

const REPORTED_STATES: readonly unknown[] = ['anchored', 'changed', 'orphan'];

/** A content script's report on one note, as `AnchoringReport` says (its selectors are checked by the store). */
export function isAnchoringReport(value: unknown): value is AnchoringReport {
  if (!value || typeof value !== 'object') return false;
  const { id, state, current, selector } = value as Record<string, unknown>;
  return (
    typeof id === 'string' && REPORTED_STATES.includes(state) &&
    (current === undefined || (typeof current === 'string' && current.length <= MAX_NOTE_CHARS)) &&
    (selector === undefined || Array.isArray(selector))
  );
}

export function isNoteInput(value: unknown): value is NoteInput {
  if (!value || typeof value !== 'object') return false;
  const { text, tags } = value as Record<string, unknown>;
  return (
    typeof text === 'string' && text.length <= MAX_NOTE_CHARS &&
    Array.isArray(tags) && tags.length <= MAX_TAGS && tags.every((t) => typeof t === 'string')
  );
}

/** The note a draft and the reader's input make; throws when they do not make a valid note. */
export function newNote(draft: NoteDraft, input: NoteInput, { id, now }: NoteStamp): Note {
  const note: Note = {
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: now,
    modified: now,
    body: noteBody(input.text, input.tags),
    target: draft.selector ? { source: draft.source, selector: draft.selector } : { source: draft.source },
    pageTitle: draft.pageTitle,
    ...(draft.speaker ? { speaker: draft.speaker } : {}),
    ...(draft.citation ? { citation: draft.citation } : {}),
  };
  if (!isNote(note)) throw new Error('Glossa: not a valid note');
  return note;
}

/** A content script's draft, filed under the address the background worked out (never the page's claim), with
 *  only the fields that check out. Its selectors come from the page's text: a draft that does not make a valid
 *  note throws here. */
export function pageDraft(address: string, draft: Partial<Record<keyof NoteDraft, unknown>>, stamp: NoteStamp): NoteDraft {
  const { pageTitle, speaker, selector, citation } = draft;
  const checked: NoteDraft = { source: address, pageTitle: typeof pageTitle === 'string' ? pageTitle : address };
  if (typeof speaker === 'string' && speaker) checked.speaker = speaker;
  if (selector) checked.selector = selector as Selector[];
  if (isCitationFacts(citation)) checked.citation = citation;
  newNote(checked, { text: '', tags: [] }, stamp);
  return checked;
}

/** The note the reader wrote on a draft; throws when the input is not valid or makes an empty note. */
export function writtenNote(request: { draft?: NoteDraft; input?: unknown } | undefined, stamp: NoteStamp): Note {
  if (!isNoteInput(request?.input)) throw new Error('Glossa: a note’s text or tags are not valid');
  const { draft, input } = request as { draft: NoteDraft; input: NoteInput };
  // A passage marked without words is a highlight; an empty note on the whole article is nothing.
  if (!draft?.selector && !input.text.trim() && !input.tags.length) throw new Error('Glossa: the note is empty');
  return newNote(draft, input, stamp);
}

/** A note with the text and tags the reader changed. */
export function editedNote(note: Note, input: NoteInput, modified: string): Note {
  return { ...note, body: noteBody(input.text, input.tags), modified };
}

/** A request to put a note on another passage of its page, checked; throws when it names no passage. */
export function reattachRequest(data: { id?: unknown; selector?: unknown; speaker?: unknown } | undefined): { id: string; selector: Selector[]; speaker?: string } {
  const selector = Array.isArray(data?.selector) && data.selector.length && data.selector.every(isSelector) ? (data.selector as Selector[]) : null;
  if (typeof data?.id !== 'string' || !selector) throw new Error('Glossa: not a passage of the page');
  const speaker = typeof data.speaker === 'string' && data.speaker ? data.speaker : undefined;
  return { id: data.id, selector, ...(speaker ? { speaker } : {}) };
}

/** A note put on another passage of its page: its new selectors (and the speaker of the new passage, if any) in
 *  place of the old ones. */
export function reattached(note: Note, selector: Selector[], speaker: string | undefined, modified: string): Note {
  const { speaker: _oldSpeaker, ...rest } = note;
  return { ...rest, ...(speaker ? { speaker } : {}), target: { source: note.target.source, selector }, modified };
}

/** A count a page asks for (an offset, a number of notes): a whole number from 0, at most `most`; 0 otherwise. */
export function requestedCount(n: unknown, most: number): number {
  return Number.isInteger(n) && (n as number) >= 0 ? Math.min(n as number, most) : 0;
}
