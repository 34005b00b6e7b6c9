/**
 * Runs a long piece of work (a generator that yields between its steps) in the browser's idle periods: as many
 * steps per idle callback as fit in its time, so that the page's own work and the reader's input come first and
 * no single task of Glossa's holds the main thread for long.
 */
import type { ContentScriptContext } from '#imports';
import type { Steps } from '@/lib/steps';

/** Wait at most this long for an idle period before running a step anyway. */
const IDLE_TIMEOUT_MS = 1000;

export function runWhenIdle<T>(ctx: ContentScriptContext, steps: Steps<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: IdleDeadline) => {
      try {
        // At least one step per callback, then as many as the idle period still has room for.
        do {
          const step = steps.next();
          if (step.done) return resolve(step.value);
        } while (deadline.timeRemaining() > 1);
        ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
      } catch (error) {
        reject(error);
      }
    };
    ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
  });
}
