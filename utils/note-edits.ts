/**
 * Editing, deleting and undoing a note, as every page that lists notes does them (the popup, the note frame, the
 * notes page): each change goes to the background, then the page reads its notes again. A deleted note can be put
 * back while `deleted` is set: until the undo is used, or `undoMs` have passed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '@/components/strings';
import type { Note } from '@/lib/notes/annotation';
import type { NoteInput } from '@/utils/protocol';
import { sendMessage } from '@/utils/messaging';

export interface NoteEditOptions {
  strings: UiStrings;
  /** Reads the page's notes again, after every change. */
  refresh(): Promise<unknown>;
  /** How long a deletion can be undone; for as long as the page is open when absent. */
  undoMs?: number;
  /** When the time to undo is over. */
  onUndoOver?(): void;
}

export interface NoteEdits {
  /** The note just deleted, while its deletion can be undone. */
  deleted: Note | null;
  /** Throws when the note is gone (deleted elsewhere meanwhile): the editor says so. */
  update(id: string, input: NoteInput): Promise<void>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
}

export function useNoteEdits({ strings, refresh, undoMs, onUndoOver }: NoteEditOptions): NoteEdits {
  const [deleted, setDeleted] = useState<Note | null>(null);
  useEffect(() => {
    if (!deleted || undoMs === undefined) return;
    const timer = setTimeout(() => {
      setDeleted(null);
      onUndoOver?.();
    }, undoMs);
    return () => clearTimeout(timer);
  }, [deleted]);
  return {
    deleted,
    async update(id, input) {
      if (!(await sendMessage('updateNote', { id, input }))) throw new Error(strings.noteGone);
      await refresh();
    },
    async remove(id) {
      try {
        setDeleted(await sendMessage('deleteNote', id));
      } finally {
        await refresh();
      }
    },
    async undo() {
      if (!deleted) return;
      setDeleted(null);
      try {
        await sendMessage('restoreNote', deleted);
      } finally {
        await refresh();
      }
    },
  };
}
