/**
 * The overlay's panel: the article's outline as an accessible <nav> (the section being read marked), and the
 * legend of speakers, each of which steps through that speaker's quotations. Collapses to its toggle button.
 */
import type { OutlineEntry, Speaker } from '@/lib/types';
import { OutlineLinks, SpeakerButtons } from './lists';
import type { UiStrings } from './strings';

export interface OutlinePanelProps {
  dir: 'ltr' | 'rtl';
  lang: string;
  outline: OutlineEntry[];
  speakers: Speaker[];
  current: number;
  collapsed: boolean;
  strings: UiStrings;
  onToggle(): void;
  onSection(index: number): void;
  onSpeaker(index: number): void;
}

export function OutlinePanel(props: OutlinePanelProps) {
  const { strings, collapsed } = props;
  return (
    <div class="panel" data-glossa-panel data-collapsed={String(collapsed)} dir={props.dir} lang={props.lang}>
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
              <SpeakerButtons speakers={props.speakers} onSpeaker={props.onSpeaker} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
