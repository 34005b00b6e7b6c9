/**
 * The overlay's panel, a complementary landmark named "Glossa": the article's outline as an accessible <nav> (the
 * section being read marked), and the legend of speakers (colour, underline, quotations and share of the quoted
 * words), each of which steps through that speaker's quotations. Collapses to its toggle button, which can shrink to
 * a handle at the window's edge (where the page leaves it no room), widening when pointed at or focused. Its side
 * and width are the overlay's to choose (entrypoints/overlay/placement.ts); `dir` is the text's direction.
 */
import type { OutlineEntry, Speaker } from '@/lib/types';
import { OutlineLinks, SpeakerButtons } from './lists';
import type { OverlayStrings } from './strings';

export interface OutlinePanelProps {
  dir: 'ltr' | 'rtl';
  lang: string;
  outline: OutlineEntry[];
  speakers: Speaker[];
  current: number;
  collapsed: boolean;
  /** The window's edge it stands at. */
  side: 'left' | 'right';
  /** Folded to a handle this many pixels wide, or null for the whole toggle. */
  handleWidth: number | null;
  strings: OverlayStrings;
  /** A speaker's share of the article's quoted words, as the locale writes it. */
  shareOf?(index: number): string | null;
  onToggle(): void;
  onSection(index: number): void;
  onSpeaker(index: number): void;
}

export function OutlinePanel(props: OutlinePanelProps) {
  const { strings, collapsed, handleWidth } = props;
  const handle = collapsed && handleWidth !== null;
  return (
    <aside
      class="panel"
      aria-label={strings.panel}
      data-glossa-panel
      data-collapsed={String(collapsed)}
      data-side={props.side}
      data-handle={handle ? '' : undefined}
      style={handle ? { width: `${handleWidth}px` } : undefined}
      dir={props.dir}
      lang={props.lang}
    >
      <button
        type="button"
        class="toggle"
        aria-expanded={!collapsed}
        aria-controls="glossa-panel-body"
        title={collapsed ? strings.expand : strings.collapse}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">☰</span> Glossa
      </button>
      {!collapsed && (
        <div id="glossa-panel-body" class="body">
          {props.outline.length > 0 && (
            <nav aria-label={strings.outline}>
              <OutlineLinks outline={props.outline} current={props.current} onSection={props.onSection} />
            </nav>
          )}
          {props.speakers.length > 0 && (
            <section class="legend" aria-label={strings.speakers}>
              <h2>{strings.speakers}</h2>
              <SpeakerButtons speakers={props.speakers} detail={props.shareOf} onSpeaker={props.onSpeaker} />
            </section>
          )}
        </div>
      )}
    </aside>
  );
}
