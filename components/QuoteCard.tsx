/** The small card shown over a highlighted quotation: who said it (or probably said it), the quotation, what else
 *  they said here, and its actions: their next quotation, "Add note", "Copy as citation", and the library of
 *  quotations. The overlay gives it the focus when it is opened from the keyboard (hence its tabindex). */
import { shownQuotation } from './format';
import { Swatch } from './lists';
import { fill, type OverlayStrings } from './strings';

export interface QuoteCardProps {
  speaker: string | null;
  speakerIndex: number | null;
  /** The speaker is only likely, not certain: the card says "Probably X". */
  doubtful: boolean;
  /** The quotation's text. */
  text: string;
  /** The speaker's other quotations in this article, with their index among all quotations. */
  others: { index: number; text: string }[];
  /** Where to show the card, in viewport pixels. */
  x: number;
  y: number;
  dir: 'ltr' | 'rtl';
  strings: OverlayStrings;
  onQuote(index: number): void;
  /** Step to the speaker's next quotation (absent when they have no other here). */
  onSpeakerNext?(event: MouseEvent): void;
  /** Absent until notes can be taken: the action shows, disabled. Given the click, which the overlay checks came
   *  from the user. */
  onAddNote?(event: MouseEvent): void;
  /** Copy a citation of the quotation (given the click, which the overlay checks came from the user). */
  onCite?(event: MouseEvent): void;
  /** Open the library of quotations at this one. */
  onLibrary?(event: MouseEvent): void;
}

const EXCERPT_CHARS = 90;

const excerpt = (text: string) => shownQuotation(text, EXCERPT_CHARS);

export function QuoteCard(props: QuoteCardProps) {
  const { strings } = props;
  const name = props.speaker ?? strings.noSpeaker;
  return (
    <div
      role="dialog"
      aria-label={fill(strings.quoteBy, name)}
      tabIndex={-1}
      data-glossa-card
      class="card"
      dir={props.dir}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
    >
      <p class="speaker">
        <Swatch index={props.speakerIndex} />
        <strong>{props.speaker !== null && props.doubtful ? fill(strings.probably, name) : name}</strong>
      </p>
      <p class="quote-text" dir="auto">{excerpt(props.text)}</p>
      {props.others.length > 0 && (
        <>
          <p class="others-title" dir="auto">{strings.otherQuotes}</p>
          <ul class="others">
            {props.others.map((quote) => (
              <li key={quote.index}>
                <button type="button" onClick={() => props.onQuote(quote.index)}>
                  {excerpt(quote.text)}
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
        {props.onSpeakerNext && (
          <button type="button" class="secondary speaker-next" onClick={props.onSpeakerNext}>
            {strings.speakerNext}
          </button>
        )}
        {props.onLibrary && (
          <button type="button" class="secondary library" onClick={props.onLibrary}>
            {strings.openLibrary}
          </button>
        )}
      </div>
    </div>
  );
}
