/**
 * The bundle sizes of both builds against issue 6's limits: the content script is injected into every page a
 * person opens, and the popup opens on every click of the toolbar button. A size is deterministic, so unlike a
 * time it can be a test. Runs with the end-to-end tests, after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOOTPRINT_LIMITS, footprintOf } from '../../scripts/footprint';
import { EXTENSION_DIRS } from './helpers';

describe.each(Object.entries(EXTENSION_DIRS))('footprint of the %s build', (_browser, dir) => {
  const footprint = footprintOf(resolve(dir));

  it('is built', () => {
    expect(footprint, `no build in ${dir}: run npm run build`).not.toBeNull();
  });

  it(`has a content script (the reader and the overlay's script) of at most ${FOOTPRINT_LIMITS.contentScript / 1024} KB gzip`, () => {
    expect(footprint!.contentScript).toBeLessThanOrEqual(FOOTPRINT_LIMITS.contentScript);
  });

  it("leaves the overlay's code (its styles, highlights and views) to the overlay's script, which only pages with an article load", () => {
    const reader = readFileSync(resolve(dir, 'content-scripts', 'content.js'), 'utf8');
    const overlay = readFileSync(resolve(dir, 'overlay.js'), 'utf8');
    // The highlights' names (entrypoints/overlay/highlights.ts), the overlay's stylesheet and its layout observer.
    for (const marker of ['glossa-speaker-', '::highlight(', 'IntersectionObserver']) {
      expect(reader, `${marker} in the content script`).not.toContain(marker);
      expect(overlay, `${marker} in the overlay's script`).toContain(marker);
    }
  });

  it(`has a popup (every script and stylesheet it loads) of at most ${FOOTPRINT_LIMITS.popup / 1024} KB gzip`, () => {
    expect(footprint!.popup).toBeLessThanOrEqual(FOOTPRINT_LIMITS.popup);
  });
});
