/** The extension's settings in browser storage: the sites where the user paused Glossa. */
import { storage } from '#imports';

const pausedSites = storage.defineItem<string[]>('local:pausedSites', { fallback: [], version: 1 });

export async function isPaused(site: string): Promise<boolean> {
  return (await pausedSites.getValue()).includes(site);
}

export async function setPaused(site: string, paused: boolean): Promise<void> {
  const sites = new Set(await pausedSites.getValue());
  if (paused) sites.add(site);
  else sites.delete(site);
  await pausedSites.setValue([...sites].sort());
}

/** Calls `onChange` whenever the paused state of `site` changes (from the popup, in another tab…). */
export function watchPaused(site: string, onChange: (paused: boolean) => void): () => void {
  return pausedSites.watch((sites) => onChange(sites.includes(site)));
}
