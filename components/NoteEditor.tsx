/**
 * Writing or changing a note: what it is on (a passage and its speaker, or the whole article), its text and its
 * tags. Used by the note frame, the popup and the notes page. Ctrl/Cmd+Enter saves, Escape cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { passageText, type TextQuoteSelector } from '@/lib/notes/annotation';
import type { NoteDraft, NoteInput } from '@/utils/protocol';
import { fill, type UiStrings } from './strings';

export interface NoteEditorProps {
  /** The annotated passage; absent for a note on the whole article. */
  quote?: string;
  speaker?: string;
  pageTitle: string;
  initialText?: string;
  initialTags?: string[];
  /** The quote's direction; 'auto' when it is not known (the browser takes it from the quote's first letters). */
  dir: 'ltr' | 'rtl' | 'auto';
  strings: UiStrings;
  /** A save is under way: Save is disabled. */
  busy?: boolean;
  /** Why the last save failed, shown as an alert. */
  error?: string | null;
  onSave(input: NoteInput): void;
  onCancel(): void;
}

/** Tags as typed: separated by commas, Latin or Arabic ("،"), trimmed, empty and repeated ones dropped. */
export function parseTags(field: string): string[] {
  return [...new Set(field.split(/[,،]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** What the note is on: the passage and its speaker, or the whole article. */
function NoteTarget({ quote, speaker, pageTitle, dir, strings }: Pick<NoteEditorProps, 'quote' | 'speaker' | 'pageTitle' | 'dir' | 'strings'>) {
  return quote ? (
    <figure class="note-target" data-glossa-note-target>
      <blockquote dir={dir}>{passageText(quote)}</blockquote>
      {speaker && <figcaption dir="auto">{fill(strings.quoteBy, speaker)}</figcaption>}
    </figure>
  ) : (
    <div class="note-target" data-glossa-note-target>
      <p>{strings.noteOnArticle}</p>
      <p class="page-title" dir="auto">{pageTitle}</p>
    </div>
  );
}

function EditorActions({ strings, canSave, onCancel }: { strings: UiStrings; canSave: boolean; onCancel(): void }) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={!canSave} aria-keyshortcuts="Control+Enter Meta+Enter" data-glossa-save>
        {strings.save}
      </button>
      <button type="button" class="secondary" onClick={onCancel} aria-keyshortcuts="Escape" data-glossa-cancel>
        {strings.cancel}
      </button>
      <span class="keys">{strings.editorKeys}</span>
    </div>
  );
}

export function NoteEditor(props: NoteEditorProps) {
  const { strings } = props;
  const [text, setText] = useState(props.initialText ?? '');
  const [tagsField, setTagsField] = useState((props.initialTags ?? []).join(', '));
  const textArea = useRef<HTMLTextAreaElement>(null);
  // The autofocus attribute only works when a page loads; the editor also appears later (edit in place).
  useEffect(() => textArea.current?.focus(), []);

  const input: NoteInput = { text: text.trim(), tags: parseTags(tagsField) };
  const canSave = !props.busy && (input.text !== '' || input.tags.length > 0);
  const save = () => canSave && props.onSave(input);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    }
  };

  return (
    <form
      class="note-editor"
      data-glossa-note-editor
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={onKeyDown}
    >
      <NoteTarget {...props} />
      <label class="field">
        {strings.noteText}
        <textarea ref={textArea} dir="auto" rows={4} data-glossa-note-text value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      <label class="field">
        {strings.tagsField}
        <input type="text" dir="auto" data-glossa-note-tags value={tagsField} onInput={(event) => setTagsField(event.currentTarget.value)} />
      </label>
      {props.error && <p role="alert" class="error" dir="auto" data-glossa-note-error>{props.error}</p>}
      <EditorActions strings={strings} canSave={canSave} onCancel={props.onCancel} />
    </form>
  );
}

export interface NewNoteEditorProps {
  /** What the note will be on. */
  draft: NoteDraft;
  strings: UiStrings;
  /** Writes the note; rejects with the reason it could not. */
  create(input: NoteInput): Promise<unknown>;
  onCreated(): void;
  onCancel(): void;
}

function quoteOfDraft(draft: NoteDraft): string | undefined {
  return draft.selector?.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact;
}

/** The editor for a new note on a draft: busy while it is written, and saying why when it could not be. */
export function NewNoteEditor(props: NewNoteEditorProps) {
  const { draft, strings } = props;
  const [saving, setSaving] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return (
    <NoteEditor
      quote={quoteOfDraft(draft)}
      speaker={draft.speaker}
      pageTitle={draft.pageTitle}
      dir="auto"
      strings={strings}
      busy={saving.busy}
      error={saving.error}
      onSave={async (input) => {
        setSaving({ busy: true, error: null });
        try {
          await props.create(input);
          setSaving({ busy: false, error: null });
          props.onCreated();
        } catch (error) {
          setSaving({ busy: false, error: fill(strings.noteSaveFailed, error instanceof Error ? error.message : String(error)) });
        }
      }}
      onCancel={props.onCancel}
    />
  );
}
