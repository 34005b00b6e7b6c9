/** The interface's words in the browser's language (English and Arabic so far), from _locales via browser.i18n. */
import { browser } from '#imports';
import type { UiStrings } from '@/components/strings';

const KEYS: (keyof UiStrings)[] = [
  'outline', 'outlineHeading', 'speakers', 'collapse', 'expand', 'addNote', 'quoteBy', 'noSpeaker', 'probably', 'otherQuotes', 'quotes', 'summary',
  'pause', 'paused', 'notArticle', 'analyzeAnyway', 'notes', 'noNotes', 'unavailable',
  'notesPage', 'noteOnArticle', 'selectInArticle', 'orphan', 'orphanHint', 'noteSaveFailed', 'noteText', 'tagsField', 'editorKeys',
  'save', 'cancel', 'edit', 'delete', 'openNote', 'noteDeleted', 'undo', 'noteGone', 'close', 'summarySource', 'summaryExtractive', 'summaryOnDevice', 'summaryOnDeviceFailed', 'wholeArticle', 'speaker', 'tags', 'site', 'tag',
  'anySite', 'anySpeaker', 'anyTag', 'searchNotes', 'notesShown', 'noMatches', 'noNotesYet', 'written', 'edited', 'exportImport',
  'exportShown', 'exportAnnotations', 'exportMarkdown', 'exportTitle', 'importNotes', 'importAdded', 'importMerged', 'importRejected',
  'importFailed', 'damaged', 'notesLoadFailed', 'actionFailed',
  'passageChanged', 'passageChangedHint', 'reattach', 'reattachSelectFirst', 'copyCitation', 'citationCopied', 'citationFailed',
];

export function uiStrings(): UiStrings {
  const strings = {} as UiStrings;
  // "$1" stays in the message: components fill it in.
  for (const key of KEYS) strings[key] = browser.i18n.getMessage(key as never, ['$1']) || key;
  return strings;
}
