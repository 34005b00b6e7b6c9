/** The interface's words, looked up once by the entrypoint (browser.i18n) and handed to the views as data. */
export interface UiStrings {
  /** The interface's language (BCP 47), for numbers and dates (components/format.ts); not a message. */
  locale: string;
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

  // The voices of an article, the keyboard and the overlay's landmark.
  panel: string;
  voices: string;
  named: string;
  anonymous: string;
  quotationsLabel: string;
  wordsLabel: string;
  shareLabel: string;
  firstSpeaks: string;
  intoArticle: string;
  previousBy: string;
  quoteStep: string;
  exportCsv: string;
  quoteAnnouncement: string;
  speakerNext: string;
  shortcuts: string;
  shortcutNotSet: string;
  changeShortcuts: string;

  /** The CSV export's column names, separated by "|". */
  csvColumns: string;

  // The library of what was said (the popup's "Seen elsewhere", the notes page's Quotes tab).
  openLibrary: string;
  library: string;
  quotesTab: string;
  libraryKeep: string;
  libraryExplain: string;
  librarySize: string;
  forgetAll: string;
  forgetConfirm: string;
  forgetYes: string;
  searchQuotes: string;
  outlet: string;
  anyOutlet: string;
  dateFrom: string;
  dateTo: string;
  quotesShown: string;
  noQuotesYet: string;
  libraryIsOff: string;
  seenElsewhere: string;
  seenElsewhereNone: string;
  seenElsewhereOff: string;
  otherSpeaker: string;
  wordingChanged: string;
  importQuotesAdded: string;
  importQuotesOff: string;
}

/** The words the overlay shows (its panel, its quotations' cards, its notices): all that the content script asks the
 *  browser for, so that it carries the names of these keys only. */
export const OVERLAY_KEYS = [
  'outline', 'panel', 'speakers', 'collapse', 'expand', 'quoteBy', 'probably', 'noSpeaker', 'otherQuotes', 'addNote', 'copyCitation',
  'speakerNext', 'openLibrary', 'notes', 'quoteAnnouncement', 'citationCopied', 'citationFailed', 'selectInArticle',
] as const satisfies readonly (keyof UiStrings)[];

export type OverlayStrings = Pick<UiStrings, 'locale' | (typeof OVERLAY_KEYS)[number]>;

/** Replaces $1, $2… in a message with the values given ("Quote by $1", "Quotation $1 of $2"). */
export function fill(message: string, ...values: string[]): string {
  return message.replace(/\$([1-9])/g, (placeholder, n: string) => values[Number(n) - 1] ?? placeholder);
}
