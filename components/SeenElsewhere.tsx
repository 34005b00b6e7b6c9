/**
 * "Seen elsewhere" (the popup): for each quotation of the open article, the same words in other articles of the
 * library of what was said, the differences in wording marked, and a flag where another article gives the
 * quotation to someone else. While the library is off, says so and offers to open it.
 */
import type { SeenElsewhere as Seen } from '@/utils/protocol';
import type { Quote } from '@/lib/types';
import { DiffText } from './NoteList';
import { shownQuotation } from './format';
import { QuoteSource } from './QuoteSource';
import { fill, type UiStrings } from './strings';

export interface SeenElsewhereProps {
  quotes: Quote[];
  lang: string;
  /** Undefined while loading; null while the library is off. */
  seen: Seen[] | null | undefined;
  strings: UiStrings;
  onOpenLibrary(): void;
}

const EXCERPT_CHARS = 140;

export function SeenElsewhere(props: SeenElsewhereProps) {
  const { strings, seen } = props;
  const found = (seen ?? []).map((entry, index) => ({ index, ...entry })).filter((entry) => entry.matches.length);
  return (
    <section class="seen-elsewhere" aria-labelledby="seen-heading" aria-busy={seen === undefined ? 'true' : undefined} data-glossa-seen-elsewhere>
      <h2 id="seen-heading">{strings.seenElsewhere}</h2>
      {seen === null && <p class="hint" data-glossa-library-off>{strings.seenElsewhereOff}</p>}
      {seen && !found.length && <p class="hint" data-glossa-seen-none>{strings.seenElsewhereNone}</p>}
      <ul class="seen-list">
        {found.map(({ index, matches }) => {
          const quote = props.quotes[index];
          return (
            <li key={index} data-glossa-seen={index}>
              <blockquote dir="auto" lang={props.lang}>{shownQuotation(quote.text, EXCERPT_CHARS)}</blockquote>
              <ul class="matches">
                {matches.map((match) => (
                  <li key={match.quote.id} data-glossa-match data-identical={String(match.identical)} data-other-speaker={String(match.otherSpeaker)}>
                    {!match.identical && (
                      <>
                        <p class="badge">{strings.wordingChanged}</p>
                        <DiffText before={quote.text} after={match.quote.text} lang={match.quote.lang} />
                      </>
                    )}
                    {match.otherSpeaker && <p class="flag" role="note">{fill(strings.otherSpeaker, match.quote.speaker ?? '')}</p>}
                    <QuoteSource quote={match.quote} strings={strings} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <button type="button" class="secondary" data-glossa-open-library onClick={props.onOpenLibrary}>{strings.openLibrary}</button>
    </section>
  );
}
