/** What the background keeps of each tab in storage.session (utils/tab-state.ts), out of the service worker's memory. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, removeTabValue, setTabValue, tabAddresses, tabValue } from '@/utils/tab-state';

beforeEach(() => fakeBrowser.reset());

describe('tab state', () => {
  it('keeps each kind of value per tab in the session storage area, where a new service worker finds it', async () => {
    await setTabValue('address', 7, 'https://harbour-times.example/bridge');
    await setTabValue('frameTask', 7, { kind: 'show', address: 'https://harbour-times.example/bridge', noteIds: ['urn:uuid:1'] });
    await setTabValue('reveal', 9, 'urn:uuid:2');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'address:7': 'https://harbour-times.example/bridge',
      'frameTask:7': { kind: 'show', address: 'https://harbour-times.example/bridge', noteIds: ['urn:uuid:1'] },
      'reveal:9': 'urn:uuid:2',
    });
    expect(await fakeBrowser.storage.local.get(null), 'nothing on disk').toEqual({});
    expect(await tabValue('frameTask', 7)).toEqual({ kind: 'show', address: 'https://harbour-times.example/bridge', noteIds: ['urn:uuid:1'] });
    expect(await tabValue('reveal', 7)).toBeNull();
  });

  it('lists every tab’s address, and forgets one value or a whole tab', async () => {
    await setTabValue('address', 7, 'https://harbour-times.example/bridge');
    await setTabValue('address', 12, 'https://alofoq-news.example/2026/putin-xi');
    await setTabValue('reveal', 12, 'urn:uuid:2');
    expect(await tabAddresses()).toEqual(new Map([[7, 'https://harbour-times.example/bridge'], [12, 'https://alofoq-news.example/2026/putin-xi']]));
    await removeTabValue('address', 7);
    expect([...(await tabAddresses()).keys()]).toEqual([12]);
    await forgetTab(12);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
