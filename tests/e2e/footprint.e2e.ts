/**
 * The bundle sizes of both builds against issue 6's limits: the content script is injected into every page a
 * person opens, and the popup opens on every click of the toolbar button. A size is deterministic, so unlike a
 * time it can be a test. Runs with the end-to-end tests, after `npm run build`.
 */
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

  it(`has a popup (every script and stylesheet it loads) of at most ${FOOTPRINT_LIMITS.popup / 1024} KB gzip`, () => {
    expect(footprint!.popup).toBeLessThanOrEqual(FOOTPRINT_LIMITS.popup);
  });
});
