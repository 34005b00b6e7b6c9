/** The content script loads the overlay's code once per page, and again only after a failed load. */
import { describe, expect, it } from 'vitest';
import { sharedUntilFailure } from '@/entrypoints/content/overlay-code';

describe('sharedUntilFailure', () => {
  it('runs once and gives every caller the same promise', async () => {
    let runs = 0;
    const load = sharedUntilFailure(async () => ++runs);
    const [a, b] = [load(), load()];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(await load()).toBe(1);
    expect(runs).toBe(1);
  });

  it('runs again after a failure, and keeps the first success', async () => {
    let runs = 0;
    const load = sharedUntilFailure(async () => {
      runs++;
      if (runs === 1) throw new Error('the extension was updated');
      return 'code';
    });
    await expect(load()).rejects.toThrow('the extension was updated');
    expect(await load()).toBe('code');
    expect(await load()).toBe('code');
    expect(runs).toBe(2);
  });
});
