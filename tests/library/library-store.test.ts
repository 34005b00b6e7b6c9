import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../utils/protocol';
import { LibraryStore } from '../../utils/library-store';

const SAID = 'We will not close the bridge before the new one is ready to carry traffic';

function page(source: string, outlet: string, date: string, quotes: [text: string, speaker: string | null][], lang = 'en'): LibraryPage {
  return {
    source, title: `An article of ${outlet}`, outlet, date, lang,
    quotes: quotes.map(([text, speaker], i) => ({ text, speaker, anonymous: speaker === null, position: i * 100 })),
  };
}

const HARBOUR = page('https://harbour.example/bridge', 'Harbour Times', '2024-05-01', [
  [SAID, 'Ana Ferreira'],
  ['The corrosion is slow and the load limits give the frame a comfortable margin', 'Tom Okafor'],
]);
const REWORDED = page('https://coast.example/news/1', 'Coast Gazette', '2024-05-03', [
  ['We will not shut the bridge before the new one is ready to carry the traffic', 'Mayor Ana Ferreira'],
]);
const OTHER_SPEAKER = page('https://wire.example/story', 'Wire Service', '2024-06-10', [[SAID, 'Tom Okafor']]);
const ARABIC = page('https://example.com/ar/1', 'الأخبار', '2024-06-11', [
  ['هذه المحطة ستغطي حاجة نصف سكان المدينة من مياه الشرب', 'سامي الخطيب'],
], 'ar');

describe('LibraryStore', () => {
  let store: LibraryStore;
  const open = (limit?: number) => new LibraryStore({ indexedDB: new IDBFactory(), IDBKeyRange, limit });

  beforeEach(async () => {
    store = open();
    let minute = 0;
    for (const p of [HARBOUR, REWORDED, OTHER_SPEAKER, ARABIC]) await store.recordPage(p, `2024-07-01T10:0${minute++}:00.000Z`);
  });
  afterEach(() => store.close());

  it('finds a quotation seen elsewhere, worded differently or given to someone else, never in its own article', async () => {
    const [said, corrosion] = await store.seenElsewhere(HARBOUR.source, HARBOUR.quotes, 'en');
    const bySource = Object.fromEntries(said.matches.map((m) => [m.quote.source, m]));
    expect(Object.keys(bySource).sort()).toEqual([OTHER_SPEAKER.source, REWORDED.source].sort());
    expect(bySource[REWORDED.source]).toMatchObject({ identical: false, otherSpeaker: false, quote: { outlet: 'Coast Gazette' } });
    expect(bySource[OTHER_SPEAKER.source]).toMatchObject({ identical: true, otherSpeaker: true, quote: { speaker: 'Tom Okafor' } });
    expect(corrosion.matches).toEqual([]);
  });

  it('finds an Arabic quotation written with diacritics', async () => {
    const [seen] = await store.seenElsewhere('https://other.example/ar', [{ text: 'هذه المحطة ستُغطّي حاجة نصف سكان المدينة من مياه الشرب', speaker: 'الخطيب' }], 'ar');
    expect(seen.matches.map((m) => [m.identical, m.otherSpeaker])).toEqual([[true, false]]);
  });

  it('searches by the beginnings of words and of the speaker’s name, by outlet and by dates, the newest first', async () => {
    const texts = async (query: Partial<Parameters<LibraryStore['search']>[0]>) =>
      (await store.search({ words: [], speaker: [], outlet: '', from: '', to: '', ...query })).quotes.map((q) => q.source);
    expect(await texts({ words: ['bridge'] })).toEqual([OTHER_SPEAKER.source, REWORDED.source, HARBOUR.source]);
    expect(await texts({ words: ['BRID', 'traff'], speaker: ['okafor'] })).toEqual([OTHER_SPEAKER.source]);
    expect(await texts({ speaker: ['Ferreira'] })).toEqual([REWORDED.source, HARBOUR.source]);
    expect(await texts({ outlet: 'Coast Gazette' })).toEqual([REWORDED.source]);
    expect(await texts({ words: ['bridge'], from: '2024-05-02', to: '2024-05-31' })).toEqual([REWORDED.source]);
    expect(await texts({ words: ['المحطه'] })).toEqual([ARABIC.source]);
    expect(await texts({ words: ['nothing'] })).toEqual([]);
    expect((await store.search({ words: [], speaker: [], outlet: '', from: '', to: '' })).total).toBe(5);
    expect(await store.outlets()).toEqual(['Coast Gazette', 'Harbour Times', 'Wire Service', 'الأخبار']);
  });

  it('keeps an article once: opening it again replaces its quotations', async () => {
    await store.recordPage({ ...HARBOUR, quotes: HARBOUR.quotes.slice(0, 1) }, '2024-07-02T10:00:00.000Z');
    expect(await store.count()).toBe(4);
  });

  it('drops the quotations seen longest ago beyond its bound', async () => {
    const small = open(3);
    try {
      let minute = 0;
      for (const p of [HARBOUR, REWORDED, OTHER_SPEAKER, ARABIC]) await small.recordPage(p, `2024-07-01T10:0${minute++}:00.000Z`);
      expect((await small.all()).map((q) => q.source)).toEqual([REWORDED.source, OTHER_SPEAKER.source, ARABIC.source]);
    } finally {
      small.close();
    }
  });

  it('exports everything, forgets everything, and imports an export back', async () => {
    const all = await store.all();
    expect(all).toHaveLength(5);
    expect(Object.keys(all[0]).sort()).toEqual(['anonymous', 'date', 'id', 'lang', 'outlet', 'position', 'seen', 'source', 'speaker', 'text', 'title']);
    await store.clear();
    expect(await store.count()).toBe(0);
    expect(await store.importQuotes(all)).toBe(5);
    expect(await store.all()).toEqual(all);
    const [said] = await store.seenElsewhere(HARBOUR.source, HARBOUR.quotes.slice(0, 1), 'en');
    expect(said.matches).toHaveLength(2);
  });
});
