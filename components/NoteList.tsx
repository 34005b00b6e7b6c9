/**
 * A list of notes as the notes page, the popup and the note frame show them: each note's passage (or "whole
 * article"), speaker, text, tags and times; an orphan badge when its passage was not found on the page, and when it
 * was found changed, the words then and now; edited in place with the NoteEditor, deleted, re-attached, cited, or
 * opened in its article.
 */
import { useState } from 'preact/hooks';
import { noteTags, noteText, passageText, quoteSelectorOf } from '@/lib/notes/annotation';
import { wordDiff } from '@/lib/notes/word-diff';
import type { NoteEntry, NoteInput } from '@/utils/protocol';
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
  /** Put an orphan on the passage selected on its page; absent where its page is not at hand. */
  onReattach?(id: string): void;
  /** Copy a citation of the note's passage; resolves to whether it was copied. */
  onCite?(id: string): Promise<boolean>;
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
              onReattach={props.onReattach && (() => props.onReattach!(entry.note.id))}
              onCite={props.onCite && (() => props.onCite!(entry.note.id))}
              onEdit={() => setEditing({ id: entry.note.id, busy: false, error: null })}
              onDelete={() => props.onDelete(entry.note.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

interface NoteViewProps {
  entry: NoteEntry;
  strings: UiStrings;
  onOpen?(): void;
  onReattach?(): void;
  onCite?(): Promise<boolean>;
  onEdit(): void;
  onDelete(): void;
}

function NoteView(props: NoteViewProps) {
  const { entry: { note, state, current }, strings } = props;
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
      {state === 'changed' && quote && current !== undefined && <ChangedPassage then={quote} now={current} strings={strings} />}
      {quote ? <blockquote dir="auto">{passageText(quote)}</blockquote> : <p class="whole-article">{strings.wholeArticle}</p>}
      {note.speaker && <p class="speaker">{fill(strings.quoteBy, note.speaker)}</p>}
      {text && <p class="note-text" dir="auto">{text}</p>}
      {tags.length > 0 && (
        <ul class="tags" aria-label={strings.tags}>
          {tags.map((tag) => <li key={tag} dir="auto">{tag}</li>)}
        </ul>
      )}
      <NoteTimes created={note.created} modified={note.modified} strings={strings} />
      <div class="actions">
        {props.onOpen && <button type="button" data-glossa-open onClick={props.onOpen}>{strings.openNote}</button>}
        {props.onReattach && (state === 'orphan' || state === 'changed') && (
          <button type="button" data-glossa-reattach onClick={props.onReattach}>{strings.reattach}</button>
        )}
        {props.onCite && quote && <CiteButton cite={props.onCite} strings={strings} />}
        <button type="button" data-glossa-edit onClick={props.onEdit}>{strings.edit}</button>
        <button type="button" data-glossa-delete onClick={props.onDelete}>{strings.delete}</button>
      </div>
    </>
  );
}

function NoteTimes({ created, modified, strings }: { created: string; modified: string; strings: UiStrings }) {
  return (
    <p class="times">
      <time dateTime={created}>{fill(strings.written, TIME_FORMAT.format(new Date(created)))}</time>
      {modified !== created && (
        <>
          {' · '}
          <time dateTime={modified}>{fill(strings.edited, TIME_FORMAT.format(new Date(modified)))}</time>
        </>
      )}
    </p>
  );
}

/** "The passage has changed since you noted it", and its words then and now: taken out struck through, put in marked. */
function ChangedPassage({ then, now, strings }: { then: string; now: string; strings: UiStrings }) {
  return (
    <div class="changed" data-glossa-changed>
      <p>
        <strong class="badge">{strings.passageChanged}</strong> {strings.passageChangedHint}
      </p>
      <DiffText before={then} after={now} />
    </div>
  );
}

/** Two wordings of a passage word by word: the words taken out struck through, those put in marked. */
export function DiffText({ before, after, lang }: { before: string; after: string; lang?: string }) {
  return (
    <p class="diff" dir="auto" data-glossa-diff>
      {wordDiff(before, after, lang).map((part, i) =>
        part.kind === 'removed' ? <del key={i}>{part.text}</del> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.text,
      )}
    </p>
  );
}

/** "Copy as citation", saying for a moment whether it was copied. */
function CiteButton({ cite, strings }: { cite(): Promise<boolean>; strings: UiStrings }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    const copied = await cite().catch(() => false);
    setStatus(copied ? strings.citationCopied : strings.citationFailed);
  };
  return (
    <>
      <button type="button" data-glossa-cite onClick={copy}>{strings.copyCitation}</button>
      {status && <span class="status" role="status" data-glossa-cite-status>{status}</span>}
    </>
  );
}
