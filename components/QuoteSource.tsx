/** Where a quotation of the library comes from: its speaker, its article (a link to it), outlet and date. */
import type { LibraryQuote } from '@/utils/protocol';
import { formatsFor } from './format';
import type { UiStrings } from './strings';

export function QuoteSource({ quote, strings }: { quote: LibraryQuote; strings: UiStrings }) {
  return (
    <p class="source">
      <bdi class="speaker">{quote.speaker ?? strings.noSpeaker}</bdi>
      {' · '}
      <a href={quote.source} target="_blank" rel="noreferrer"><bdi>{quote.title || quote.source}</bdi></a>
      {quote.outlet && <>{' · '}<bdi class="outlet">{quote.outlet}</bdi></>}
      {' · '}
      <time dateTime={quote.date}>{formatsFor(strings.locale).date(quote.date)}</time>
    </p>
  );
}
