/**
 * The extension's settings in browser storage (`storage.local`): the sites where the user paused Glossa, and whether
 * the library of what was said is on. Plain
 * `browser.storage` rather than a storage library: the content script reads this on every page, and every
 * kilobyte of it is loaded into every page.
 */
import { browser } from '#imports';

const PAUSED_SITES = 'pausedSites';

function asSites(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [];
}

async function pausedSites(): Promise<string[]> {
  return asSites((await browser.storage.local.get(PAUSED_SITES))[PAUSED_SITES]);
}

export async function isPaused(site: string): Promise<boolean> {
  return (await pausedSites()).includes(site);
}

export async function setPaused(site: string, paused: boolean): Promise<void> {
  const sites = new Set(await pausedSites());
  if (paused) sites.add(site);
  else sites.delete(site);
  await browser.storage.local.set({ [PAUSED_SITES]: [...sites].sort() });
}

/** Calls `onChange` whenever the paused state of `site` changes (from the popup, in another tab…). */
export function watchPaused(site: string, onChange: (paused: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PAUSED_SITES in changes) onChange(asSites(changes[PAUSED_SITES].newValue).includes(site));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const LIBRARY_ON = 'libraryOn';

/** Whether the library of what was said keeps the quotations of the articles opened: off until the reader turns it
 *  on. */
export async function isLibraryOn(): Promise<boolean> {
  return (await browser.storage.local.get(LIBRARY_ON))[LIBRARY_ON] === true;
}

export async function setLibraryOn(on: boolean): Promise<void> {
  await browser.storage.local.set({ [LIBRARY_ON]: on });
}
