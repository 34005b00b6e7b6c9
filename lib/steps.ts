/**
 * Long work as steps: a generator that yields between pieces of work, so that a caller in a page can give the
 * main thread back between them (the content script runs them in idle periods), while every other caller runs
 * them to the end at once.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to the end at once and returns their result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
