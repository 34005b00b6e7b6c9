/**
 * The popup's summary: Glossa's own sentences from the article, and, where the browser has an on-device
 * summarizer ready for the article's language, a choice of its key points instead. Glossa's summary is the
 * default, and the fallback when the on-device one fails.
 */
import { fill, type UiStrings } from './strings';

export interface OnDeviceSummary {
  /** The user chose the on-device summary. */
  chosen: boolean;
  /** Its key points, once written. */
  sentences: string[] | null;
  busy: boolean;
  /** Why it failed; Glossa's summary shows instead. */
  error: string | null;
}

export interface SummarySectionProps {
  summary: string[];
  strings: UiStrings;
  /** Absent when the browser has no on-device summarizer ready for the article's language. */
  onDevice?: OnDeviceSummary;
  onChoose(onDevice: boolean): void;
}

export function SummarySection(props: SummarySectionProps) {
  const { strings, onDevice } = props;
  const showOnDevice = !!onDevice?.chosen && !onDevice.error;
  const sentences = showOnDevice ? onDevice!.sentences ?? [] : props.summary;
  return (
    <section aria-label={strings.summary} aria-busy={showOnDevice && onDevice!.busy ? 'true' : undefined} data-glossa-summary>
      <h2>{strings.summary}</h2>
      {onDevice && (
        <div class="summary-source" role="radiogroup" aria-label={strings.summarySource}>
          <label>
            <input type="radio" name="summary-source" checked={!onDevice.chosen} onChange={() => props.onChoose(false)} />
            {strings.summaryExtractive}
          </label>
          <label>
            <input type="radio" name="summary-source" data-glossa-on-device checked={onDevice.chosen} onChange={() => props.onChoose(true)} />
            {strings.summaryOnDevice}
          </label>
        </div>
      )}
      {onDevice?.chosen && onDevice.error && <p class="message" role="alert">{fill(strings.summaryOnDeviceFailed, onDevice.error)}</p>}
      {sentences.map((sentence, index) => <p key={index}>{sentence}</p>)}
    </section>
  );
}
