/**
 * Editing, deleting and undoing a note as the popup, the note frame and the notes page do it (utils/note-edits.ts),
 * against a background simulated in memory: each change is sent, then the page's list is read again; a note gone
 * meanwhile is said to be gone; a deletion can be undone until its time is over.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '@/lib/notes/annotation';
import { newNote } from '@/lib/notes/requests';
import { useNoteEdits, type NoteEditOptions, type NoteEdits } from '@/utils/note-edits';
import { uiStringsOf } from './ui-strings';

/** The background's notes, by id. */
const stored = new Map<string, Note>();
const sent: string[] = [];

vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push(type);
    if (type === 'updateNote') {
      const { id, input } = data as { id: string; input: { text: string } };
      const note = stored.get(id);
      if (!note) return null;
      const updated = { ...note, body: [{ ...note.body[0], value: input.text }] };
      stored.set(id, updated);
      return updated;
    }
    if (type === 'deleteNote') {
      const note = stored.get(data as string) ?? null;
      stored.delete(data as string);
      return note;
    }
    if (type === 'restoreNote') {
      stored.set((data as Note).id, data as Note);
      return true;
    }
    throw new Error(`unexpected message ${type}`);
  },
}));

const strings = uiStringsOf('en');
const ADDRESS = 'https://news.example/2026/harbour-bridge';
const note = newNote({ source: ADDRESS, pageTitle: 'Harbour bridge stays open' }, { text: 'Check the figures', tags: ['bridge'] }, {
  id: 'urn:uuid:00000000-0000-4000-8000-00000000000a', now: '2026-12-06T10:00:00.000Z',
});

let host: HTMLElement;
let edits: NoteEdits;
const refresh = vi.fn(async () => undefined);

function Page(options: Omit<NoteEditOptions, 'strings' | 'refresh'>) {
  edits = useNoteEdits({ strings, refresh, ...options });
  return <p data-undo={String(edits.deleted?.id ?? '')} />;
}

const shownUndo = () => host.querySelector('p')!.dataset.undo;

beforeEach(() => {
  stored.clear();
  stored.set(note.id, note);
  sent.length = 0;
  refresh.mockClear();
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

describe('useNoteEdits', () => {
  it('sends an edit, then reads the notes again', async () => {
    render(<Page />, host);
    await edits.update(note.id, { text: 'Figures checked', tags: [] });
    expect(sent).toEqual(['updateNote']);
    expect(stored.get(note.id)!.body[0].value).toBe('Figures checked');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('says a note deleted elsewhere meanwhile is gone, for its editor to show', async () => {
    render(<Page />, host);
    stored.clear();
    await expect(edits.update(note.id, { text: 'Too late', tags: [] })).rejects.toThrow(strings.noteGone);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('deletes a note, offers to undo, and puts it back', async () => {
    render(<Page />, host);
    await edits.remove(note.id);
    await vi.waitFor(() => expect(shownUndo()).toBe(note.id));
    expect(stored.has(note.id)).toBe(false);
    await edits.undo();
    await vi.waitFor(() => expect(shownUndo()).toBe(''));
    expect(stored.get(note.id)).toEqual(note);
    expect(sent).toEqual(['deleteNote', 'restoreNote']);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('ends the undo when its time is over, and says so', async () => {
    vi.useFakeTimers();
    const onUndoOver = vi.fn();
    render(<Page undoMs={8000} onUndoOver={onUndoOver} />, host);
    await edits.remove(note.id);
    await vi.advanceTimersByTimeAsync(10);
    expect(shownUndo()).toBe(note.id);
    await vi.advanceTimersByTimeAsync(7000);
    expect(onUndoOver).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onUndoOver).toHaveBeenCalledTimes(1);
    expect(shownUndo()).toBe('');
  });
});
