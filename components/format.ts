/** Numbers, shares and dates as the reader's locale writes them (Intl), in the interface's language. */
import type { Steps } from '@/lib/steps';

export interface Formats {
  number(value: number): string;
  /** A share, 0–1, as a whole percentage ("38 %", "٣٨٪"). */
  percent(share: number): string;
  /** A date (an ISO 8601 date or time), as a medium date; the text as given when it is no date. */
  date(iso: string): string;
}

const cache = new Map<string, Formats>();

/** `make()` on the first call, its result kept: each formatter is made when it is first used, since making one (the
 *  first above all, which loads the locale's data into the script's world) is a task's worth of work in a page. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function formatsFor(locale: string): Formats {
  let formats = cache.get(locale);
  if (!formats) {
    const number = once(() => new Intl.NumberFormat(locale));
    const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
    const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
    formats = {
      number: (value) => number().format(value),
      percent: (share) => percent().format(share),
      date: (iso) => {
        const time = Date.parse(iso);
        return Number.isNaN(time) ? iso : date().format(time);
      },
    };
    cache.set(locale, formats);
  }
  return formats;
}

/** Makes the formatters of numbers and of shares for `locale`, one step each (see lib/steps.ts): the content script
 *  runs them in idle periods before the overlay's first render, which would otherwise make them in its own task. */
export function* formatSteps(locale: string): Steps<void> {
  const formats = formatsFor(locale);
  formats.number(0);
  yield;
  formats.percent(0);
}
