/** Helpers for tables that generate their word forms (conjugations) instead of listing each one. */

/** The words once each, in first-seen order. */
export function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}
