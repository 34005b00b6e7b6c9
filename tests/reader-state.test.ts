/**
 * The content script's states (entrypoints/content/reader-state.ts), walked through as the controller drives them:
 * an analysis shown, replaced, overtaken, hidden by the reader and shown again, a page that is not an article, a
 * pause on the site, and a new address that ends what the reader asked of the old one.
 */
import { describe, expect, it } from 'vitest';
import {
  analysesOnPageChange, initialReaderState, isCurrentRun, isNewAddress, nextReaderState, readerPhase, type ReaderEvent, type ReaderState,
} from '@/entrypoints/content/reader-state';

const walk = (state: ReaderState, ...events: ReaderEvent[]) => events.reduce(nextReaderState, state);
const ARTICLE = 'https://news.example/a';

describe('the content script’s states', () => {
  it('reads, then shows an article; a new analysis replaces it while the overlay stays shown', () => {
    const idle = initialReaderState(false);
    expect(readerPhase(idle)).toBe('idle');
    const reading = walk(idle, { type: 'start', href: ARTICLE });
    expect(readerPhase(reading)).toBe('reading');
    expect(reading.analysedHref).toBe(ARTICLE);
    const shown = walk(reading, { type: 'show', run: reading.run });
    expect(readerPhase(shown)).toBe('shown');
    const again = walk(shown, { type: 'start', href: ARTICLE });
    expect(readerPhase(again)).toBe('shown');
    expect(isCurrentRun(again, shown.run)).toBe(false);
    expect(isCurrentRun(again, again.run)).toBe(true);
  });

  it('drops an analysis overtaken by a newer one: only the latest run is current until it ends', () => {
    const first = walk(initialReaderState(false), { type: 'start', href: ARTICLE });
    const second = walk(first, { type: 'start', href: ARTICLE });
    expect(isCurrentRun(second, first.run)).toBe(false);
    expect(readerPhase(walk(second, { type: 'clear', run: first.run }))).toBe('reading');
    expect(readerPhase(walk(second, { type: 'clear', run: second.run }))).toBe('idle');
  });

  it('a page that is not an article ends idle; the reader can force an analysis of it', () => {
    const run = walk(initialReaderState(false), { type: 'start', href: ARTICLE });
    const idle = walk(run, { type: 'clear', run: run.run });
    expect(readerPhase(idle)).toBe('idle');
    expect(idle.forced).toBe(false);
    expect(walk(idle, { type: 'force' }).forced).toBe(true);
  });

  it('hidden by the reader: changes to the page do not bring the overlay back, the command does', () => {
    const run = walk(initialReaderState(false), { type: 'start', href: ARTICLE });
    const hidden = walk(run, { type: 'show', run: run.run }, { type: 'hide' });
    expect(readerPhase(hidden)).toBe('hidden');
    expect(analysesOnPageChange(hidden)).toBe(false);
    const unhidden = walk(hidden, { type: 'unhide' }, { type: 'start', href: ARTICLE });
    expect(analysesOnPageChange(unhidden)).toBe(true);
    expect(readerPhase(walk(unhidden, { type: 'show', run: unhidden.run }))).toBe('shown');
  });

  it('paused on the site: an analysis clears the page and ends paused; resumed, it reads again', () => {
    const paused = initialReaderState(true);
    expect(readerPhase(paused)).toBe('paused');
    const run = walk(paused, { type: 'start', href: ARTICLE });
    expect(readerPhase(walk(run, { type: 'clear', run: run.run }))).toBe('paused');
    const resumed = walk(run, { type: 'clear', run: run.run }, { type: 'pause', paused: false }, { type: 'start', href: ARTICLE });
    expect(readerPhase(resumed)).toBe('reading');
  });

  it('a new address ends the forced analysis and the hidden overlay; the same address changes nothing', () => {
    const run = walk(initialReaderState(false), { type: 'force' }, { type: 'start', href: ARTICLE });
    const hidden = walk(run, { type: 'show', run: run.run }, { type: 'hide' });
    expect(isNewAddress(hidden, ARTICLE)).toBe(false);
    expect(walk(hidden, { type: 'navigate', href: ARTICLE })).toEqual(hidden);
    const next = 'https://news.example/b';
    expect(isNewAddress(hidden, next)).toBe(true);
    const moved = walk(hidden, { type: 'navigate', href: next });
    expect(moved).toMatchObject({ forced: false, hidden: false });
    expect(readerPhase(moved)).toBe('idle');
  });
});
