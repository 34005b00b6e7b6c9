/**
 * The library of what was said (the notes page's Quotes tab): its setting (off unless the reader turns it on), how
 * much it holds of its bound, "Forget all" (asked twice), and its quotations searched by their words and their
 * speaker's, with filters by outlet and date, the newest first.
 */
import { useState } from 'preact/hooks';
import type { LibraryResults, LibraryStatus } from '@/utils/protocol';
import { formatsFor, shownQuotation } from './format';
import { QuoteSource } from './QuoteSource';
import { fill, type UiStrings } from './strings';

/** The search as typed: words, a speaker, an outlet ('' for any) and dates (YYYY-MM-DD, '' for none). */
export interface LibrarySearch {
  words: string;
  speaker: string;
  outlet: string;
  from: string;
  to: string;
}

export const NO_SEARCH: LibrarySearch = { words: '', speaker: '', outlet: '', from: '', to: '' };

export interface LibraryPageProps {
  /** Null while loading. */
  status: LibraryStatus | null;
  outlets: string[];
  search: LibrarySearch;
  /** Null while searching. */
  results: LibraryResults | null;
  strings: UiStrings;
  onToggle(on: boolean): void;
  onForget(): void;
  onSearch(search: LibrarySearch): void;
}

function LibrarySetting({ status, strings, onToggle, onForget }: Pick<LibraryPageProps, 'strings' | 'onToggle' | 'onForget'> & { status: LibraryStatus }) {
  const [confirming, setConfirming] = useState(false);
  const formats = formatsFor(strings.locale);
  return (
    <section class="library-setting" aria-labelledby="library-setting-heading">
      <h2 id="library-setting-heading" class="visually-hidden">{strings.library}</h2>
      <label class="switch">
        <input type="checkbox" role="switch" data-glossa-library-switch checked={status.on}
          onChange={(event) => onToggle(event.currentTarget.checked)} />
        {strings.libraryKeep}
      </label>
      <p class="hint">{fill(strings.libraryExplain, formats.number(status.limit))}</p>
      <p class="size" data-glossa-library-size>
        {fill(strings.librarySize, formats.number(status.count), formats.number(status.limit))}
        <meter min={0} max={status.limit} value={status.count} aria-hidden="true" />
      </p>
      {!confirming && (
        <button type="button" class="secondary" data-glossa-forget disabled={status.count === 0} onClick={() => setConfirming(true)}>
          {strings.forgetAll}
        </button>
      )}
      {confirming && (
        <div class="confirm" role="alert">
          <p>{fill(strings.forgetConfirm, formats.number(status.count))}</p>
          <button type="button" class="danger" data-glossa-forget-yes onClick={() => { setConfirming(false); onForget(); }}>{strings.forgetYes}</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>{strings.cancel}</button>
        </div>
      )}
    </section>
  );
}

function SearchForm({ search, outlets, strings, onSearch }: Pick<LibraryPageProps, 'search' | 'outlets' | 'strings' | 'onSearch'>) {
  const field = (name: keyof LibrarySearch) => (event: { currentTarget: { value: string } }) => onSearch({ ...search, [name]: event.currentTarget.value });
  return (
    <form role="search" class="filters" aria-label={strings.searchQuotes} onSubmit={(event) => event.preventDefault()}>
      <label class="field search">
        {strings.searchQuotes}
        <input type="search" dir="auto" data-glossa-quote-search value={search.words} onInput={field('words')} />
      </label>
      <label class="field">
        {strings.speaker}
        <input type="search" dir="auto" data-glossa-speaker-search value={search.speaker} onInput={field('speaker')} />
      </label>
      <label class="field">
        {strings.outlet}
        <select data-glossa-outlet value={search.outlet} onChange={field('outlet')}>
          <option value="">{strings.anyOutlet}</option>
          {outlets.map((outlet) => <option key={outlet} value={outlet} dir="auto">{outlet}</option>)}
        </select>
      </label>
      <label class="field">
        {strings.dateFrom}
        <input type="date" data-glossa-date-from value={search.from} onInput={field('from')} />
      </label>
      <label class="field">
        {strings.dateTo}
        <input type="date" data-glossa-date-to value={search.to} onInput={field('to')} />
      </label>
    </form>
  );
}

export function LibraryPage(props: LibraryPageProps) {
  const { status, results, strings } = props;
  const formats = formatsFor(strings.locale);
  return (
    <main class="notes-page library-page" aria-busy={status === null ? 'true' : undefined}>
      <h1>{strings.library}</h1>
      {status && <LibrarySetting status={status} strings={strings} onToggle={props.onToggle} onForget={props.onForget} />}
      {status && status.count > 0 && <SearchForm search={props.search} outlets={props.outlets} strings={strings} onSearch={props.onSearch} />}
      {status && status.count === 0 && <p class="empty" data-glossa-library-empty>{status.on ? strings.noQuotesYet : strings.libraryIsOff}</p>}
      {status && status.count > 0 && results && (
        <>
          <p class="count" role="status" data-glossa-quotes-count>{fill(strings.quotesShown, formats.number(results.total))}</p>
          <ol class="library-quotes">
            {results.quotes.map((quote) => (
              <li key={quote.id} data-glossa-library-quote={quote.id}>
                <blockquote dir="auto" lang={quote.lang}>{shownQuotation(quote.text)}</blockquote>
                <QuoteSource quote={quote} strings={strings} />
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
