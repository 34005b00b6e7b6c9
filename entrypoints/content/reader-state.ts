/**
 * The content script's state as a pure machine: whether Glossa is paused on the site, whether an analysis is under
 * way, whether the overlay is shown or the reader hid it, and whether the reader asked for a page that does not look
 * like an article to be analysed anyway. The controller (./controller.ts) applies events and acts on what they
 * return; nothing here touches the page or the extension, so the transitions are tested on their own.
 */

/** paused: Glossa is paused on the site; shown: the overlay is on the page (an analysis may be under way to replace
 *  it); hidden: the reader hid the overlay; reading: an analysis is under way; idle: none, and nothing shown (not
 *  an article, or the analysis failed). */
export type ReaderPhase = 'paused' | 'shown' | 'hidden' | 'reading' | 'idle';

export interface ReaderState {
  readonly paused: boolean;
  /** Analyse the page even if it does not look like an article (the reader asked, or asked for a note on it). */
  readonly forced: boolean;
  /** The reader hid the overlay (the keyboard command): changes to the page do not bring it back. */
  readonly hidden: boolean;
  /** An overlay is on the page. */
  readonly shown: boolean;
  /** Counts the analyses started: one overtaken by a newer one while it waits drops its result. */
  readonly run: number;
  /** The last analysis that ended (with an overlay shown or without). */
  readonly ended: number;
  /** The page's address when it was last analysed. */
  readonly analysedHref: string;
}

export type ReaderEvent =
  | { type: 'pause'; paused: boolean }
  | { type: 'start'; href: string }
  | { type: 'show'; run: number }
  | { type: 'clear'; run: number }
  | { type: 'hide' }
  | { type: 'unhide' }
  | { type: 'force' }
  | { type: 'navigate'; href: string };

export function initialReaderState(paused: boolean): ReaderState {
  return { paused, forced: false, hidden: false, shown: false, run: 0, ended: 0, analysedHref: '' };
}

export function nextReaderState(state: ReaderState, event: ReaderEvent): ReaderState {
  switch (event.type) {
    case 'pause':
      return { ...state, paused: event.paused };
    case 'start':
      return { ...state, run: state.run + 1, analysedHref: event.href };
    case 'show':
      return { ...state, shown: true, ended: event.run };
    case 'clear':
      return { ...state, shown: false, ended: event.run };
    case 'hide':
      return { ...state, shown: false, hidden: true };
    case 'unhide':
      return { ...state, hidden: false };
    case 'force':
      return { ...state, forced: true };
    case 'navigate':
      // Only a new address counts: the event can be forged by the page.
      return isNewAddress(state, event.href) ? { ...state, forced: false, hidden: false } : state;
  }
}

export function readerPhase(state: ReaderState): ReaderPhase {
  if (state.shown) return 'shown';
  if (state.paused) return 'paused';
  if (state.hidden) return 'hidden';
  return state.run !== state.ended ? 'reading' : 'idle';
}

/** Whether an analysis is still the latest one started; an overtaken one drops its result. */
export const isCurrentRun = (state: ReaderState, run: number): boolean => run === state.run;

export const isNewAddress = (state: ReaderState, href: string): boolean => href !== state.analysedHref;

/** Whether a change to the page asks for a new analysis: not while the reader has the overlay hidden. */
export const analysesOnPageChange = (state: ReaderState): boolean => !state.hidden;
