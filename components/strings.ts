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
  /** A speaker named with little confidence: "Probably $1". */
  probably: string;
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

  // Notes: the editor (note frame, popup, notes page) and the notes page.
  /** The notes page's title. */
  notesPage: string;
  noteOnArticle: string;
  selectInArticle: string;
  /** The badge of a note whose passage was not found on its page; `orphanHint` says what that means. */
  orphan: string;
  orphanHint: string;
  noteSaveFailed: string;
  /** The note's text field. */
  noteText: string;
  tagsField: string;
  /** The editor's keyboard shortcuts, spelt out. */
  editorKeys: string;
  save: string;
  cancel: string;
  edit: string;
  delete: string;
  openNote: string;
  noteDeleted: string;
  undo: string;
  noteGone: string;
  close: string;
  summarySource: string;
  summaryExtractive: string;
  summaryOnDevice: string;
  summaryOnDeviceFailed: string;
  wholeArticle: string;
  speaker: string;
  tags: string;
  site: string;
  tag: string;
  anySite: string;
  anySpeaker: string;
  anyTag: string;
  searchNotes: string;
  notesShown: string;
  noMatches: string;
  noNotesYet: string;
  written: string;
  edited: string;
  exportImport: string;
  exportShown: string;
  exportAnnotations: string;
  exportMarkdown: string;
  /** The label of an exported annotation collection. */
  exportTitle: string;
  importNotes: string;
  importAdded: string;
  importMerged: string;
  importRejected: string;
  importFailed: string;
  damaged: string;
  notesLoadFailed: string;
  actionFailed: string;

  // A passage changed since it was noted, an orphan re-attached, a citation.
  passageChanged: string;
  passageChangedHint: string;
  reattach: string;
  reattachSelectFirst: string;
  copyCitation: string;
  citationCopied: string;
  citationFailed: string;
}

/** Replaces $1 in a message with a value ("Quote by $1"). */
export function fill(message: string, value: string): string {
  return message.replace('$1', value);
}
