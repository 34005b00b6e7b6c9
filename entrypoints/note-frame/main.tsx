/**
 * The note frame: an extension page that the content script shows inside the article's tab. A note is typed and
 * read here, in the extension's origin, where the page's scripts can neither read it nor hear its keys. The
 * background says what the frame is for (a new note on a passage, or the notes of a passage); when the frame is
 * done it asks the background to close it.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { NewNoteEditor } from '@/components/NoteEditor';
import { NoteList } from '@/components/NoteList';
import { UndoBar } from '@/components/UndoBar';
import type { NoteFrameTask } from '@/utils/protocol';
import { sendMessage } from '@/utils/messaging';
import { useNoteEdits } from '@/utils/note-edits';
import { uiStrings } from '@/utils/strings';
import '@/components/lists.css';
import '@/components/notes.css';
import './note-frame.css';

/** How long "Note deleted. Undo" stays before the frame closes. */
const UNDO_MS = 8000;

const close = () => sendMessage('noteFrameDone').catch(() => undefined);

/** The frame's content, under a heading said to screen readers (the frame is a document of its own). */
function FrameMain({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main>
      <h1 class="visually-hidden">{title}</h1>
      {children}
    </main>
  );
}

function App() {
  const strings = uiStrings();
  // undefined while loading; null when there is nothing to do (the frame was not opened by Glossa's overlay).
  const [task, setTask] = useState<NoteFrameTask | null>();
  const reload = () => sendMessage('noteFrameTask').then(setTask, () => setTask(null));
  // Once a deletion can no longer be undone, the frame has nothing more to do.
  const edits = useNoteEdits({ strings, refresh: reload, undoMs: UNDO_MS, onUndoOver: close });
  useEffect(() => void reload(), []);

  if (task === undefined) return <main aria-busy="true" />;
  if (task === null) return <main><p class="message">{strings.unavailable}</p></main>;
  if (task.kind === 'new') {
    const { draft } = task;
    return (
      <FrameMain title={strings.addNote}>
        <NewNoteEditor
          draft={draft}
          strings={strings}
          create={(input) => sendMessage('createNote', { draft, input })}
          onCreated={close}
          onCancel={close}
        />
      </FrameMain>
    );
  }
  return (
    <FrameMain title={strings.notes}>
      <NoteList
        entries={task.notes}
        strings={strings}
        onUpdate={edits.update}
        onDelete={(id) => edits.remove(id).catch(() => undefined)}
        onCite={(id) => sendMessage('copyNoteCitation', id)}
      />
      {edits.deleted && <UndoBar strings={strings} onUndo={edits.undo} />}
      <button type="button" class="secondary" data-glossa-close onClick={close}>{strings.close}</button>
    </FrameMain>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
render(<App />, document.getElementById('app')!);
