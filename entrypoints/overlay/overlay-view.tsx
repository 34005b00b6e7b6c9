/**
 * What the overlay shows, as a view of its state: the outline panel, the card of a quotation, the note frame (an
 * extension page: a note's text never enters the article's document), a notice, and what is said to screen
 * readers. Takes data and callbacks; the Overlay (./overlay.tsx) holds the state and renders this on every change.
 */
import type { PageAnalysis } from '@/lib/analyze';
import { formatsFor } from '@/components/format';
import { OutlinePanel } from '@/components/OutlinePanel';
import { QuoteCard } from '@/components/QuoteCard';
import type { OverlayStrings } from '@/components/strings';
import type { Placement } from './placement';
import { FRAME_SIZE, type Point } from './window-positions';

type Analysis = PageAnalysis['analysis'];

export interface CardState extends Point {
  quote: number;
  pinned: boolean;
  /** Opened from the keyboard: the card takes the focus, and gives it back when it closes. */
  focused?: boolean;
}

export interface FrameState extends Point {
  url: string;
}

/** What the reader does on a quotation's card. */
export interface CardActions {
  onQuote(index: number): void;
  onSpeakerNext(card: CardState, event: Event): void;
  onAddNote(card: CardState, event: Event): void;
  onCite(card: CardState, event: Event): void;
  onLibrary(card: CardState, event: Event): void;
}

export interface OverlayViewProps {
  analysis: Analysis;
  /** Each speaker's share of the quoted words, by speaker index. */
  shares: ReadonlyMap<number | null, number>;
  strings: OverlayStrings;
  /** The section being read. */
  current: number;
  collapsed: boolean;
  placement: Placement;
  card: CardState | null;
  cardActions: CardActions;
  noteFrame: FrameState | null;
  notice: string | null;
  announcement: string;
  onToggle(): void;
  onSection(index: number): void;
  onSpeaker(index: number): void;
}

/** The other quotations of the speaker of quotation `index`, for its card. */
function otherQuotesOfSpeaker(analysis: Analysis, index: number): { index: number; text: string; speakerIndex: number | null }[] {
  const speaker = analysis.quotes[index].speakerIndex;
  return analysis.quotes
    .map((q, i) => ({ index: i, text: q.text, speakerIndex: q.speakerIndex }))
    .filter((q) => q.index !== index && speaker !== null && q.speakerIndex === speaker);
}

function CardView({ analysis, card, strings, actions }: { analysis: Analysis; card: CardState; strings: OverlayStrings; actions: CardActions }) {
  const { speaker, speakerIndex, doubtful, text } = analysis.quotes[card.quote];
  const others = otherQuotesOfSpeaker(analysis, card.quote);
  return (
    <QuoteCard
      {...{ speaker, speakerIndex, doubtful, text, others, strings }}
      x={card.x}
      y={card.y}
      dir={analysis.dir}
      onQuote={actions.onQuote}
      onSpeakerNext={others.length ? (event) => actions.onSpeakerNext(card, event) : undefined}
      onAddNote={(event) => actions.onAddNote(card, event)}
      onCite={(event) => actions.onCite(card, event)}
      onLibrary={(event) => actions.onLibrary(card, event)}
    />
  );
}

function NoteFrame({ frame, title }: { frame: FrameState; title: string }) {
  const { width, height } = FRAME_SIZE;
  return (
    <iframe
      class="note-frame"
      data-glossa-note-frame
      title={title}
      src={frame.url}
      style={{ left: `${frame.x}px`, top: `${frame.y}px`, width: `${width}px`, height: `${height}px` }}
    />
  );
}

export function OverlayView(props: OverlayViewProps) {
  const { analysis, strings, card, shares, current, collapsed, onToggle, onSection, onSpeaker } = props;
  const { dir, lang, outline, speakers } = analysis;
  const { side, handleWidth } = props.placement;
  const formats = formatsFor(strings.locale);
  return (
    <>
      <OutlinePanel
        {...{ dir, lang, outline, speakers, current, collapsed, side, handleWidth, strings, onToggle, onSection, onSpeaker }}
        shareOf={(index) => (shares.has(index) ? formats.percent(shares.get(index)!) : null)}
      />
      {card && analysis.quotes[card.quote] && <CardView analysis={analysis} card={card} strings={strings} actions={props.cardActions} />}
      {props.noteFrame && <NoteFrame frame={props.noteFrame} title={strings.notes} />}
      {props.notice && (
        <p class="notice" role="status" dir="auto">
          {props.notice}
        </p>
      )}
      <p class="visually-hidden" role="status" data-glossa-announcement>{props.announcement}</p>
    </>
  );
}
