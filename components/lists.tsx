/** The lists the overlay panel and the popup both show: the outline's links and the speakers' buttons. */
import type { OutlineEntry, Speaker } from '@/lib/types';
import { LINE_COLOUR, speakerColour, speakerLine } from './palette';

/** A speaker's colour with their underline under a sample of text, as their quotations show on the page. */
export function Swatch({ index }: { index: number | null }) {
  const line = speakerLine(index);
  return (
    <span class="swatch" data-line={line ?? 'none'} style={{ background: speakerColour(index) }} aria-hidden="true">
      <span class="sample" style={{ textDecoration: line ? `underline ${line} ${LINE_COLOUR} 2px` : 'none' }}>Aa</span>
    </span>
  );
}

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

/** One button per speaker, with their colour and underline, name and number of quotations (`countLabel` after the
 *  number), and after it what `detail` says of them (their share of the quoted words). */
export function SpeakerButtons(props: {
  speakers: Speaker[];
  countLabel?: string;
  label?: string;
  detail?(index: number): string | null;
  onSpeaker(index: number): void;
}) {
  return (
    <ul class="speakers" aria-label={props.label}>
      {props.speakers.map((speaker, index) => (
        <li key={index}>
          <button type="button" class="speaker-button" data-glossa-speaker={index} onClick={() => props.onSpeaker(index)}>
            <Swatch index={index} />
            <span class="name">{speaker.name}</span>
            <bdi class="count">{props.countLabel ? `${speaker.quotes} ${props.countLabel}` : speaker.quotes}</bdi>
            {props.detail?.(index) && <bdi class="detail">{props.detail(index)}</bdi>}
          </button>
        </li>
      ))}
    </ul>
  );
}
