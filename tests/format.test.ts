/**
 * Numbers, shares and dates as the reader's locale writes them (components/format.ts), with Intl and with the
 * spelling of its numbers the background reads with Intl for the overlay.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatsFor, numberSpelling, shownQuotation, spellNumbers } from '@/components/format';

afterEach(() => vi.restoreAllMocks());

/** Counts the formatters made of a kind, each made as Intl makes it. */
function watchMaking(kind: 'NumberFormat' | 'DateTimeFormat') {
  const Made = Intl[kind] as new (...args: unknown[]) => object;
  return vi.spyOn(Intl, kind).mockImplementation(function (...args: unknown[]) {
    return new Made(...args);
  } as never);
}

describe('formatsFor', () => {
  it('writes numbers, shares and dates as the locale does', () => {
    const english = formatsFor('en-GB');
    expect(english.number(12500)).toBe('12,500');
    expect(english.percent(0.384)).toBe('38%');
    expect(english.date('2026-11-20T09:15:00Z')).toBe('20 Nov 2026');
    const arabic = formatsFor('ar-EG');
    expect(arabic.number(12500)).toBe('١٢٬٥٠٠');
    expect(arabic.percent(0.384)).toBe('٣٨٪؜');
  });

  it('gives back a text that is no date as it is', () => {
    expect(formatsFor('de').date('im Frühjahr')).toBe('im Frühjahr');
  });

  it('makes each formatter when it is first used, once', () => {
    const numberFormats = watchMaking('NumberFormat');
    const dateFormats = watchMaking('DateTimeFormat');
    const formats = formatsFor('fr-CA');
    expect(numberFormats).not.toHaveBeenCalled();
    formats.number(3);
    formats.number(4);
    expect(numberFormats).toHaveBeenCalledTimes(1);
    expect(dateFormats).not.toHaveBeenCalled();
  });
});

describe('numberSpelling', () => {
  it('gives the places of the digits among the separators, and the digits, as the locale writes them', () => {
    const arabic = numberSpelling('ar-EG');
    expect(arabic.digits.join('')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(arabic.numbers.slice(0, 5)).toEqual(['#', '##', '###', '#٬###', '##٬###']);
    expect(arabic.percents).toEqual(['#٪؜', '##٪؜', '###٪؜']);
    expect(numberSpelling('en-IN').numbers.slice(5, 7)).toEqual(['#,##,###', '##,##,###']);
    expect(numberSpelling('es-ES').numbers.slice(3, 5)).toEqual(['####', '##.###']);
  });
});

describe('spellNumbers', () => {
  /** Every way of writing a number or a share that the spelling of `locale` gives, against Intl's. */
  function expectSameAsIntl(locale: string, numbers: number[], shares: number[]) {
    const intl = { number: new Intl.NumberFormat(locale), percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }) };
    spellNumbers(numberSpelling(locale));
    const numberFormats = watchMaking('NumberFormat');
    const spelled = formatsFor(locale);
    expect(numbers.map((n) => spelled.number(n))).toEqual(numbers.map((n) => intl.number.format(n)));
    expect(shares.map((s) => spelled.percent(s))).toEqual(shares.map((s) => intl.percent.format(s)));
    return numberFormats;
  }

  it('writes whole numbers and shares as Intl does, without making a formatter', () => {
    const numbers = [0, 7, 12, 999, 1000, 1234, 12500, 98765, 1234567, 100000000];
    const shares = [0, 0.004, 0.005, 0.07, 0.285, 0.384, 0.5, 0.995, 1];
    // Grouping by threes, by twos after the first three (Indian), none under five digits (Spanish, Polish); the
    // percent sign before or after, with or without a space; Latin, Arabic-Indic and Devanagari digits.
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pl-PL', 'en-IN', 'hi-IN-u-nu-deva', 'ar-EG', 'tr-TR', 'ru-RU', 'fa-IR']) {
      expect(expectSameAsIntl(locale, numbers, shares), locale).not.toHaveBeenCalled();
      vi.restoreAllMocks();
    }
  });

  it('leaves to Intl what it does not spell: fractions, negative and very long numbers', () => {
    const numbers = [2.5, -3, 1234567890123456];
    expect(expectSameAsIntl('de-CH', numbers, [])).toHaveBeenCalledTimes(1);
  });
});

describe('shownQuotation', () => {
  it('leaves out the punctuation of the sentence around the quotation, in every script', () => {
    expect(shownQuotation('We will never close the bridge before the new one opens,')).toBe('We will never close the bridge before the new one opens');
    expect(shownQuotation('le pont restera ouvert ; ')).toBe('le pont restera ouvert');
    expect(shownQuotation('لن نغلق الجسر،')).toBe('لن نغلق الجسر');
    expect(shownQuotation('大桥将继续开放，')).toBe('大桥将继续开放');
  });

  it('keeps the speaker\'s own closing marks and cuts a long quotation with an ellipsis', () => {
    expect(shownQuotation('Is it safe? We think so.')).toBe('Is it safe? We think so.');
    expect(shownQuotation('Is it safe? We think so.', 10)).toBe('Is it safe…');
  });
});
