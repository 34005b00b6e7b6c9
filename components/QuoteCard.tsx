/** The small card shown over a highlighted quotation: who said it (or probably said it), what else they said here,
 *  "Add note" and "Copy as citation". */
import { speakerColour } from './palette';
import { fill, type UiStrings } from './strings';

export interface QuoteCardProps {
  speaker: string | null;
  speakerIndex: number | null;
  /** The speaker is only likely, not certain: the card says "Probably X". */
  doubtful: boolean;
  /** The speaker's other quotations in this article, with their index among all quotations. */
  others: { index: number; text: string }[];
  /** Where to show the card, in viewport pixels. */
  x: number;
  y: number;
  dir: 'ltr' | 'rtl';
  strings: UiStrings;
  onQuote(index: number): void;
  /** Absent until notes can be taken: the action shows, disabled. Given the click, which the overlay checks came
   *  from the user. */
  onAddNote?(event: MouseEvent): void;
  /** Copy a citation of the quotation (given the click, which the overlay checks came from the user). */
  onCite?(event: MouseEvent): void;
}

const EXCERPT_CHARS = 90;

export function QuoteCard(props: QuoteCardProps) {
  const { strings } = props;
  const name = props.speaker ?? strings.noSpeaker;
  return (
    <div
      role="dialog"
      aria-label={fill(strings.quoteBy, name)}
      data-glossa-card
      class="card"
      dir={props.dir}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
    >
      <p class="speaker">
        <span class="swatch" style={{ background: speakerColour(props.speakerIndex) }} aria-hidden="true" />
        <strong>{props.speaker !== null && props.doubtful ? fill(strings.probably, name) : name}</strong>
      </p>
      {props.others.length > 0 && (
        <>
          <p class="others-title" dir="auto">{strings.otherQuotes}</p>
          <ul class="others">
            {props.others.map((quote) => (
              <li key={quote.index}>
                <button type="button" onClick={() => props.onQuote(quote.index)}>
                  {quote.text.length > EXCERPT_CHARS ? `${quote.text.slice(0, EXCERPT_CHARS)}…` : quote.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="card-actions">
        <button type="button" class="primary add-note" disabled={!props.onAddNote} onClick={props.onAddNote}>
          {strings.addNote}
        </button>
        {props.onCite && (
          <button type="button" class="secondary cite" onClick={props.onCite}>
            {strings.copyCitation}
          </button>
        )}
      </div>
    </div>
  );
}
