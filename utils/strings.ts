/** The interface's words in the browser's language (the nine languages Glossa analyses), from _locales via browser.i18n. */
import { browser } from '#imports';
import { OVERLAY_KEYS, type OverlayStrings, type UiStrings } from '@/components/strings';

export const KEYS: Exclude<keyof UiStrings, 'locale'>[] = [
  'outline', 'outlineHeading', 'speakers', 'collapse', 'expand', 'addNote', 'quoteBy', 'noSpeaker', 'probably', 'otherQuotes', 'quotes', 'summary',
  'pause', 'paused', 'notArticle', 'analyzeAnyway', 'notes', 'noNotes', 'unavailable',
  'notesPage', 'noteOnArticle', 'selectInArticle', 'orphan', 'orphanHint', 'noteSaveFailed', 'noteText', 'tagsField', 'editorKeys',
  'save', 'cancel', 'edit', 'delete', 'openNote', 'noteDeleted', 'undo', 'noteGone', 'close', 'summarySource', 'summaryExtractive', 'summaryOnDevice', 'summaryOnDeviceFailed', 'wholeArticle', 'speaker', 'tags', 'site', 'tag',
  'anySite', 'anySpeaker', 'anyTag', 'searchNotes', 'notesShown', 'noMatches', 'noNotesYet', 'written', 'edited', 'exportImport',
  'exportShown', 'exportAnnotations', 'exportMarkdown', 'exportTitle', 'importNotes', 'importAdded', 'importMerged', 'importRejected',
  'importFailed', 'damaged', 'notesLoadFailed', 'actionFailed',
  'passageChanged', 'passageChangedHint', 'reattach', 'reattachSelectFirst', 'copyCitation', 'citationCopied', 'citationFailed',
  'panel', 'voices', 'named', 'anonymous', 'quotationsLabel', 'wordsLabel', 'shareLabel', 'firstSpeaks', 'intoArticle', 'previousBy',
  'quoteStep', 'exportCsv', 'csvColumns', 'quoteAnnouncement', 'speakerNext', 'openLibrary', 'shortcuts', 'shortcutNotSet', 'changeShortcuts', 'library',
  'quotesTab', 'libraryKeep', 'libraryExplain', 'librarySize', 'forgetAll', 'forgetConfirm', 'forgetYes', 'searchQuotes', 'outlet', 'anyOutlet',
  'dateFrom', 'dateTo', 'quotesShown', 'noQuotesYet', 'libraryIsOff', 'seenElsewhere', 'seenElsewhereNone', 'seenElsewhereOff', 'otherSpeaker', 'wordingChanged',
  'importQuotesAdded', 'importQuotesOff',
];

const PLACEHOLDERS = ['$1', '$2', '$3'];

/** The words of `keys` in the browser's language, and that language. */
function stringsOf<Key extends Exclude<keyof UiStrings, 'locale'>>(keys: readonly Key[]): Pick<UiStrings, Key | 'locale'> {
  const strings = {} as Pick<UiStrings, Key | 'locale'>;
  // "$1", "$2"… stay in the message: components fill them in.
  for (const key of keys) strings[key] = browser.i18n.getMessage(key as never, PLACEHOLDERS) || key;
  strings.locale = browser.i18n.getUILanguage();
  return strings;
}

/** Every word of the interface (the extension's pages). */
export function uiStrings(): UiStrings {
  return stringsOf(KEYS);
}

/** The overlay's words only (the content script). */
export function overlayStrings(): OverlayStrings {
  return stringsOf(OVERLAY_KEYS);
}
