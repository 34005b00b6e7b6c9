/** Numbers, shares and dates as the reader's locale writes them (Intl), in the interface's language. */

export interface Formats {
  number(value: number): string;
  /** A share, 0–1, as a whole percentage ("38 %", "٣٨٪"). */
  percent(share: number): string;
  /** A date (an ISO 8601 date or time), as a medium date; the text as given when it is no date. */
  date(iso: string): string;
}

/**
 * How a locale writes whole numbers and whole percentages, read with Intl in the background and handed to the
 * overlay: in a page's renderer the first Intl formatter of any kind costs a long task on its own (12-20 ms of CPU
 * in Chromium, where V8 lists ICU's locales then), which no step can split, and the overlay formats numbers from its
 * first render on. Each entry of `numbers` is how the locale writes a whole number of 1, 2, 3… digits, each digit's
 * place a #: "#", "##", "###", "#,###" (the digits' places among the separators depend only on how many there are).
 */
export interface NumberSpelling {
  locale: string;
  /** The locale's digits 0 to 9. */
  digits: string[];
  numbers: string[];
  /** How it writes whole percentages of 1, 2 and 3 digits: "# %", "## %", "### %". */
  percents: string[];
}

/** Whole numbers of up to this many digits are spelled without Intl; longer ones are left to it. */
const SPELLED_DIGITS = 12;

const cache = new Map<string, Formats>();

/** `make()` on the first call, its result kept: each formatter is made when it is first used. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** `value` as `written[n - 1]` writes a whole number of n digits; null when it holds none such. */
function spell({ digits }: NumberSpelling, written: string[], value: number): string | null {
  const plain = String(value);
  const template = written[plain.length - 1];
  if (!template || !/^\d+$/.test(plain)) return null;
  let next = 0;
  return template.replace(/#/g, () => digits[+plain[next++]]);
}

/** Intl's formats of `locale`, or, for numbers and shares, its spelling's (see NumberSpelling) where it covers them. */
function makeFormats(locale: string, spelling?: NumberSpelling): Formats {
  const number = once(() => new Intl.NumberFormat(locale));
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  // Intl rounds the share's decimal value: 0.285 is 29 %, where 0.285 * 100 is 28.499….
  const whole = (share: number) => Math.round(+(share * 100).toPrecision(12));
  return {
    number: (value) => (spelling && spell(spelling, spelling.numbers, value)) ?? number().format(value),
    percent: (share) => (spelling && spell(spelling, spelling.percents, whole(share))) ?? percent().format(share),
    date: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : date().format(time);
    },
  };
}

/** The formats of `locale`, made once: those of its spelling once one is given (spellNumbers), else Intl's. */
export function formatsFor(locale: string): Formats {
  let formats = cache.get(locale);
  if (!formats) cache.set(locale, (formats = makeFormats(locale)));
  return formats;
}

/** From now on, numbers and shares of the spelling's locale are written with it (the overlay, before it renders). */
export function spellNumbers(spelling: NumberSpelling): void {
  cache.set(spelling.locale, makeFormats(spelling.locale, spelling));
}

/** How `locale` writes whole numbers and percentages, with Intl (in the background, where it costs no page a task). */
export function numberSpelling(locale: string): NumberSpelling {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const places = (count: number, format: (power: number) => string) =>
    Array.from({ length: count }, (_, n) => format(10 ** n).replace(/\p{Nd}/gu, '#'));
  return {
    locale,
    digits: Array.from({ length: 10 }, (_, digit) => number.format(digit)),
    numbers: places(SPELLED_DIGITS, (power) => number.format(power)),
    percents: places(3, (power) => percent.format(power / 100)),
  };
}

/** Punctuation of the sentence around a quotation that the writer put inside its marks ('"… opens," said Ferreira',
 *  '“……，”他说'): not the speaker's words, so a quotation shown apart from its article goes without it. */
const CLAUSE_PUNCTUATION_AT_END = /[\s,;:،؛，；：、]+$/u;

/** A quotation as shown apart from its article: without the clause's punctuation closing it, and cut to `maxChars`
 *  with an ellipsis when longer. */
export function shownQuotation(text: string, maxChars = Infinity): string {
  const words = text.replace(CLAUSE_PUNCTUATION_AT_END, '');
  return words.length > maxChars ? `${words.slice(0, maxChars)}…` : words;
}
