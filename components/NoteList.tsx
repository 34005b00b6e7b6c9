/**
 * A list of notes as the notes page, the popup and the note frame show them: each note's passage (or "whole
 * article"), speaker, text, tags and times, with an orphan badge when its passage was not found on the page; edited
 * in place with the NoteEditor, deleted, or opened in its article.
 */
import { useState } from 'preact/hooks';
import { noteTags, noteText, quoteSelectorOf } from '@/lib/notes/annotation';
import type { NoteEntry, NoteInput } from '@/lib/protocol';
import { NoteEditor } from './NoteEditor';
import { fill, type UiStrings } from './strings';

const TIME_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteListProps {
  entries: readonly NoteEntry[];
  strings: UiStrings;
  /** Resolves once saved, or rejects with the reason, which the editor shows (it stays open). */
  onUpdate(id: string, input: NoteInput): Promise<void>;
  onDelete(id: string): void;
  /** Open the note's article at the note; absent where the article is already open. */
  onOpen?(id: string): void;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function NoteList(props: NoteListProps) {
  const { strings } = props;
  const [editing, setEditing] = useState<{ id: string; busy: boolean; error: string | null } | null>(null);

  const save = async (id: string, input: NoteInput) => {
    setEditing({ id, busy: true, error: null });
    try {
      await props.onUpdate(id, input);
      setEditing((current) => (current?.id === id ? null : current));
    } catch (error) {
      const message = fill(strings.noteSaveFailed, errorMessage(error));
      setEditing((current) => (current?.id === id ? { id, busy: false, error: message } : current));
    }
  };

  return (
    <ul class="notes">
      {props.entries.map((entry) => (
        <li key={entry.note.id} class="note" data-glossa-note={entry.note.id} data-state={entry.state}>
          {editing?.id === entry.note.id ? (
            <NoteEditor
              quote={quoteSelectorOf(entry.note)?.exact}
              speaker={entry.note.speaker}
              pageTitle={entry.note.pageTitle}
              initialText={noteText(entry.note)}
              initialTags={noteTags(entry.note)}
              dir="auto"
              strings={strings}
              busy={editing.busy}
              error={editing.error}
              onSave={(input) => save(entry.note.id, input)}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <NoteView
              entry={entry}
              strings={strings}
              onOpen={props.onOpen && (() => props.onOpen!(entry.note.id))}
              onEdit={() => setEditing({ id: entry.note.id, busy: false, error: null })}
              onDelete={() => props.onDelete(entry.note.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function NoteView(props: { entry: NoteEntry; strings: UiStrings; onOpen?(): void; onEdit(): void; onDelete(): void }) {
  const { entry: { note, state }, strings } = props;
  const quote = quoteSelectorOf(note)?.exact;
  const text = noteText(note);
  const tags = noteTags(note);
  return (
    <>
      {state === 'orphan' && (
        <p class="orphan" data-glossa-orphan>
          <strong class="badge">{strings.orphan}</strong> {strings.orphanHint}
        </p>
      )}
      {quote ? <blockquote dir="auto">{quote}</blockquote> : <p class="whole-article">{strings.wholeArticle}</p>}
      {note.speaker && <p class="speaker">{fill(strings.quoteBy, note.speaker)}</p>}
      {text && <p class="note-text" dir="auto">{text}</p>}
      {tags.length > 0 && (
        <ul class="tags" aria-label={strings.tags}>
          {tags.map((tag) => <li key={tag} dir="auto">{tag}</li>)}
        </ul>
      )}
      <p class="times">
        <time dateTime={note.created}>{fill(strings.written, TIME_FORMAT.format(new Date(note.created)))}</time>
        {note.modified !== note.created && (
          <>
            {' · '}
            <time dateTime={note.modified}>{fill(strings.edited, TIME_FORMAT.format(new Date(note.modified)))}</time>
          </>
        )}
      </p>
      <div class="actions">
        {props.onOpen && <button type="button" data-glossa-open onClick={props.onOpen}>{strings.openNote}</button>}
        <button type="button" data-glossa-edit onClick={props.onEdit}>{strings.edit}</button>
        <button type="button" data-glossa-delete onClick={props.onDelete}>{strings.delete}</button>
      </div>
    </>
  );
}
