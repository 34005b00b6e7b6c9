/**
 * The content script's idle runner: however long an idle period the browser offers, one callback runs its steps
 * for at most SLICE_MS (10 ms), so that no task of Glossa's on the page's main thread comes near 50 ms; and it
 * always makes progress. Time is simulated: each step "takes" a set number of milliseconds.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { runWhenIdle, whenIdle } from '@/entrypoints/content/idle-steps';

let now = 0;

/** A context whose idle callbacks run when `flush` is called, each with an idle period of `idleMs`. */
function fakeContext(idleMs: number) {
  const pending: ((deadline: IdleDeadline) => void)[] = [];
  const slices: number[][] = [];
  const ctx = {
    requestIdleCallback(callback: (deadline: IdleDeadline) => void) {
      pending.push(callback);
      return pending.length;
    },
  } as unknown as ContentScriptContext;
  const flush = () => {
    while (pending.length) {
      const callback = pending.shift()!;
      const end = now + idleMs;
      slices.push([now]);
      callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - now) });
      slices[slices.length - 1].push(now);
    }
  };
  return { ctx, flush, slices };
}

/** `count` steps of `ms` each; returns how many ran. */
function* steps(count: number, ms: number) {
  for (let i = 0; i < count; i++) {
    now += ms;
    yield;
  }
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe('runWhenIdle', () => {
  it('runs at most 10 ms of steps (and the step under way) per idle callback, even in a 50 ms idle period', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { ctx, flush, slices } = fakeContext(50);
    const done = runWhenIdle(ctx, steps(40, 4));
    flush();
    expect(await done).toBe(40);
    const lengths = slices.map(([start, end]) => end - start);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(10 + 4);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(40 * 4);
    expect(slices.length).toBeGreaterThan(5);
  });

  it('stops a slice when the idle period runs out, and runs one step per callback with none left', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const short = fakeContext(6);
    const done = runWhenIdle(short.ctx, steps(5, 2));
    short.flush();
    expect(await done).toBe(5);
    expect(Math.max(...short.slices.map(([start, end]) => end - start))).toBeLessThanOrEqual(6);
    const none = fakeContext(0);
    const finished = runWhenIdle(none.ctx, steps(3, 10));
    none.flush();
    expect(await finished).toBe(3);
    expect(none.slices).toHaveLength(4);
  });

  it('passes on a failure of the work', async () => {
    const { ctx, flush } = fakeContext(50);
    const failing = (function* () {
      yield;
      throw new Error('broken page');
    })();
    const done = runWhenIdle(ctx, failing);
    flush();
    await expect(done).rejects.toThrow('broken page');
  });

  it('runs a single task in an idle period with whenIdle', async () => {
    const { ctx, flush } = fakeContext(50);
    const done = whenIdle(ctx, () => 'decided');
    flush();
    expect(await done).toBe('decided');
  });
});
