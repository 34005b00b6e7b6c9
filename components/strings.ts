/** The interface's words, looked up once by the entrypoint (browser.i18n) and handed to the views as data. */
export interface UiStrings {
  /** The overlay's outline landmark ("Glossa outline": it sits among the page's own landmarks). */
  outline: string;
  /** The popup's outline heading. */
  outlineHeading: string;
  speakers: string;
  collapse: string;
  expand: string;
  addNote: string;
  quoteBy: string;
  noSpeaker: string;
  otherQuotes: string;
  quotes: string;
  summary: string;
  pause: string;
  paused: string;
  notArticle: string;
  analyzeAnyway: string;
  notes: string;
  noNotes: string;
  unavailable: string;
}

/** Replaces $1 in a message with a value ("Quote by $1"). */
export function fill(message: string, value: string): string {
  return message.replace('$1', value);
}
