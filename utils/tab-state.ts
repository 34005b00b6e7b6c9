/**
 * What the background knows of each tab, kept in `storage.session` rather than in its memory: Chrome stops an idle
 * service worker, and everything it held in memory goes with it. In memory only for the browser's session (never on
 * disk), and open to the extension's own pages and background only (a content script cannot read it): for each tab,
 * the address its content script files its notes under (where to send "notes changed"), what its note frame is to
 * do (ids, never a note's text: the frame reads the notes themselves from the store), and the note to scroll to once
 * its page has anchored it. One key per tab and kind, so that each change is a single write.
 */
import { browser } from '#imports';
import type { NoteDraft } from '@/utils/protocol';

/** What a tab's note frame is to do: write a note from a draft, or show stored notes (by id, of one page). */
export type StoredFrameTask = { kind: 'new'; draft: NoteDraft } | { kind: 'show'; address: string; noteIds: string[] };

const KINDS = ['address', 'frameTask', 'reveal'] as const;
type Kind = (typeof KINDS)[number];
interface Values {
  address: string;
  frameTask: StoredFrameTask;
  reveal: string;
}

const keyOf = (kind: Kind, tabId: number) => `${kind}:${tabId}`;

/** The value of one kind kept for a tab, or null. */
export async function tabValue<K extends Kind>(kind: K, tabId: number): Promise<Values[K] | null> {
  const key = keyOf(kind, tabId);
  return ((await browser.storage.session.get(key))[key] as Values[K] | undefined) ?? null;
}

export async function setTabValue<K extends Kind>(kind: K, tabId: number, value: Values[K]): Promise<void> {
  await browser.storage.session.set({ [keyOf(kind, tabId)]: value });
}

export async function removeTabValue(kind: Kind, tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(kind, tabId));
}

/** Forgets everything kept for a tab (it was closed). */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(KINDS.map((kind) => keyOf(kind, tabId)));
}

/** Every tab's address, by tab id. */
export async function tabAddresses(): Promise<Map<number, string>> {
  const addresses = new Map<number, string>();
  for (const [key, value] of Object.entries(await browser.storage.session.get(null))) {
    const [kind, tabId] = key.split(':');
    if (kind === 'address' && typeof value === 'string') addresses.set(Number(tabId), value);
  }
  return addresses;
}
