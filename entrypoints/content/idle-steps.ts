/**
 * Runs a long piece of work (a generator that yields between its steps) in the browser's idle periods: as many
 * steps per idle callback as fit in its time, so that the page's own work and the reader's input come first and
 * no single task of Glossa's holds the main thread for long.
 */
import type { ContentScriptContext } from '#imports';
import type { Steps } from '@/lib/steps';

/** Wait at most this long for an idle period before running a step anyway. */
const IDLE_TIMEOUT_MS = 1000;
/** Another step is started only while the idle period has this much left, and while the callback has run for
 *  less than SLICE_MS: a step is short, and a task of the page's main thread should end well before it counts as
 *  a long task (50 ms, as browsers define it) even when the browser offers a longer idle period. */
const STEP_MARGIN_MS = 5;
const SLICE_MS = 10;

export function runWhenIdle<T>(ctx: ContentScriptContext, steps: Steps<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: IdleDeadline) => {
      try {
        // At least one step per callback, then as many as the idle period and the slice still have room for.
        const sliceEnd = performance.now() + SLICE_MS;
        do {
          const step = steps.next();
          if (step.done) return resolve(step.value);
        } while (deadline.timeRemaining() > STEP_MARGIN_MS && performance.now() < sliceEnd);
        ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
      } catch (error) {
        reject(error);
      }
    };
    ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
  });
}

/** Runs one short piece of work in an idle period. */
export function whenIdle<T>(ctx: ContentScriptContext, task: () => T): Promise<T> {
  return runWhenIdle(ctx, (function* () {
    return task();
  })());
}
