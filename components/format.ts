/** Numbers, shares and dates as the reader's locale writes them (Intl), in the interface's language. */

export interface Formats {
  number(value: number): string;
  /** A share, 0–1, as a whole percentage ("38 %", "٣٨٪"). */
  percent(share: number): string;
  /** A date (an ISO 8601 date or time), as a medium date; the text as given when it is no date. */
  date(iso: string): string;
}

const cache = new Map<string, Formats>();

export function formatsFor(locale: string): Formats {
  let formats = cache.get(locale);
  if (!formats) {
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    formats = {
      number: (value) => number.format(value),
      percent: (share) => percent.format(share),
      date: (iso) => {
        const time = Date.parse(iso);
        return Number.isNaN(time) ? iso : date.format(time);
      },
    };
    cache.set(locale, formats);
  }
  return formats;
}
