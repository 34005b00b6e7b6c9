/**
 * The popup's notes on the open article: the notes already taken (orphans marked), "Add note" on the selection or
 * the whole article, and the way to the notes page.
 */
import type { NoteDraft, NoteEntry, NoteInput } from '@/utils/protocol';
import { NewNoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { UndoBar } from './UndoBar';
import type { UiStrings } from './strings';

export interface PageNotesProps {
  /** Null while loading. */
  entries: NoteEntry[] | null;
  /** The note being written, when the user chose "Add note". */
  draft: NoteDraft | null;
  strings: UiStrings;
  onAdd(): void;
  /** Writes the new note; rejects with the reason it could not. */
  create(input: NoteInput): Promise<unknown>;
  onCreated(): void;
  onCancel(): void;
  onUpdate(id: string, input: NoteInput): Promise<void>;
  onDelete(id: string): void;
  /** Put an orphan on the passage selected on the page. */
  onReattach(id: string): void;
  onCite(id: string): Promise<boolean>;
  /** A short message about the last action (a re-attachment that needs a selection first). */
  message?: string | null;
  /** Set while a note just deleted can be put back. */
  undo: boolean;
  onUndo(): void;
  onNotesPage(): void;
}

export function PageNotes(props: PageNotesProps) {
  const { strings, draft } = props;
  return (
    <section class="page-notes" aria-label={strings.notes} data-glossa-page-notes>
      <h2>{strings.notes}</h2>
      {props.entries && props.entries.length > 0 && (
        <NoteList
          entries={props.entries}
          strings={strings}
          onUpdate={props.onUpdate}
          onDelete={props.onDelete}
          onReattach={props.onReattach}
          onCite={props.onCite}
        />
      )}
      {props.message && <p class="message" role="status" data-glossa-page-notes-message>{props.message}</p>}
      {props.undo && <UndoBar strings={strings} onUndo={props.onUndo} />}
      {props.entries?.length === 0 && !draft && <p class="message">{strings.noNotes}</p>}
      {draft ? (
        <NewNoteEditor draft={draft} strings={strings} create={props.create} onCreated={props.onCreated} onCancel={props.onCancel} />
      ) : (
        <div class="actions">
          <button type="button" class="primary" data-glossa-popup-add-note onClick={props.onAdd}>{strings.addNote}</button>
          <button type="button" class="secondary" data-glossa-notes-page onClick={props.onNotesPage}>{strings.notesPage}</button>
        </div>
      )}
    </section>
  );
}
