/**
 * The overlay's panel: the article's outline as an accessible <nav> (the section being read marked), and the
 * legend of speakers, each of which steps through that speaker's quotations. Collapses to its toggle button.
 */
import type { OutlineEntry, Speaker } from '@/lib/types';
import { speakerColour } from './palette';
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
              <ol class="outline">
                {props.outline.map((entry, index) => (
                  <li key={index} class={`level-${entry.level}`}>
                    <a
                      href="#"
                      aria-current={index === props.current ? 'location' : undefined}
                      onClick={(event) => {
                        event.preventDefault();
                        props.onSection(index);
                      }}
                    >
                      {entry.text}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {props.speakers.length > 0 && (
            <section class="legend" aria-label={strings.speakers}>
              <h2>{strings.speakers}</h2>
              <ul>
                {props.speakers.map((speaker, index) => (
                  <li key={index}>
                    <button type="button" data-glossa-speaker={index} onClick={() => props.onSpeaker(index)}>
                      <span class="swatch" style={{ background: speakerColour(index) }} aria-hidden="true" />
                      <span class="name">{speaker.name}</span>
                      <span class="count">{speaker.quotes}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
