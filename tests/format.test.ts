/**
 * Numbers, shares and dates as the reader's locale writes them (components/format.ts), and the steps that make the
 * formatters before the overlay's first render.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatSteps, formatsFor } from '@/components/format';

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

describe('formatSteps', () => {
  it('makes the number formatter, then, a step later, the share formatter', () => {
    const numberFormats = watchMaking('NumberFormat');
    const steps = formatSteps('es-MX');
    expect(steps.next().done).toBe(false);
    expect(numberFormats.mock.calls).toEqual([['es-MX']]);
    expect(steps.next().done).toBe(true);
    expect(numberFormats.mock.calls).toEqual([['es-MX'], ['es-MX', { style: 'percent', maximumFractionDigits: 0 }]]);
    // Made once: the overlay's render formats with them.
    formatsFor('es-MX').percent(0.5);
    expect(numberFormats).toHaveBeenCalledTimes(2);
  });
});
