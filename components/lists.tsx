/** The lists the overlay panel and the popup both show: the outline's links and the speakers' buttons. */
import type { OutlineEntry, Speaker } from '@/lib/types';
import { speakerColour } from './palette';

export function OutlineLinks(props: { outline: OutlineEntry[]; current?: number; onSection(index: number): void }) {
  return (
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
  );
}

/** One button per speaker, with their colour, name and number of quotations (`countLabel` after the number). */
export function SpeakerButtons(props: { speakers: Speaker[]; countLabel?: string; label?: string; onSpeaker(index: number): void }) {
  return (
    <ul class="speakers" aria-label={props.label}>
      {props.speakers.map((speaker, index) => (
        <li key={index}>
          <button type="button" class="speaker-button" data-glossa-speaker={index} onClick={() => props.onSpeaker(index)}>
            <span class="swatch" style={{ background: speakerColour(index) }} aria-hidden="true" />
            <span class="name">{speaker.name}</span>
            <bdi class="count">{props.countLabel ? `${speaker.quotes} ${props.countLabel}` : speaker.quotes}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}
