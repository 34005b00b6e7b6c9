/** The keyboard shortcuts as the browser has them now (the reader may have changed them), with the way to change
 *  them in the browser's settings. */
import type { UiStrings } from './strings';

export interface Shortcut {
  /** The command's description, in the interface's language. */
  description: string;
  /** As the browser writes it ("Alt+Shift+G"); empty when the reader has given the command none. */
  shortcut: string;
}

export function Shortcuts(props: { shortcuts: Shortcut[]; strings: UiStrings; onChange(): void }) {
  const { strings } = props;
  return (
    <details class="shortcuts" data-glossa-shortcuts>
      <summary>{strings.shortcuts}</summary>
      <dl>
        {props.shortcuts.map((item) => (
          <div key={item.description}>
            <dt>{item.description}</dt>
            <dd>{item.shortcut ? <kbd dir="ltr">{item.shortcut}</kbd> : strings.shortcutNotSet}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="secondary" data-glossa-change-shortcuts onClick={props.onChange}>{strings.changeShortcuts}</button>
    </details>
  );
}
