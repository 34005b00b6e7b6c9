/** "Note deleted. Undo": shown for a while after a note is deleted, wherever notes are listed. */
import type { UiStrings } from './strings';

export function UndoBar(props: { strings: UiStrings; onUndo(): void }) {
  return (
    <div class="undo-bar" role="status" data-glossa-undo-bar>
      {props.strings.noteDeleted}{' '}
      <button type="button" class="primary" data-glossa-undo onClick={props.onUndo}>{props.strings.undo}</button>
    </div>
  );
}
