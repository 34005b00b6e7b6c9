/**
 * The page side of scripts/bench-library.ts, bundled into a script that defines `__glossaBenchLibrary`: the library's
 * store (utils/library-store.ts, on the page's own IndexedDB) filled with made-up quotations, and its look-ups timed.
 *
 * The quotations are made of words drawn from a vocabulary by Zipf's law (a few words very common, most rare), as a
 * language's words are, so that common word pairs ("of the") put many quotations under the same MinHash bands, as
 * real ones do; their lengths run from 6 to 45 words. Everything is drawn from a seeded generator: every run stores
 * the same library.
 */
import { LibraryStore } from '../utils/library-store';
import type { LibraryQuote } from '../utils/protocol';

const VOCABULARY = 20_000;
const SPEAKERS = 2_000;
const OUTLETS = 40;
const QUOTES_PER_ARTICLE = 10;
const BATCH = 5_000;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'po', 'da', 'gu', 'he', 'fi', 'bo', 'ly'];
/** The n-th word of the vocabulary: its syllables are the digits of n in base 16. */
const wordOf = (n: number) => n.toString(16).split('').map((digit) => SYLLABLES[parseInt(digit, 16)]).join('');

/** Draws word ranks by Zipf's law (exponent 1) through the inverse of its cumulative weights. */
function zipf(random: () => number): () => number {
  const cumulative = new Float64Array(VOCABULARY);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = VOCABULARY - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function madeUpQuotes(count: number, seed: number): LibraryQuote[] {
  const random = generator(seed);
  const rank = zipf(random);
  const quotes: LibraryQuote[] = [];
  for (let i = 0; i < count; i++) {
    const article = Math.floor(i / QUOTES_PER_ARTICLE);
    const length = 6 + Math.floor(random() * 40);
    const text = Array.from({ length }, () => wordOf(rank())).join(' ');
    const day = String(1 + (article % 28)).padStart(2, '0');
    quotes.push({
      id: `https://outlet${article % OUTLETS}.example/${article}#${i % QUOTES_PER_ARTICLE}`, text,
      speaker: `Speaker ${wordOf(Math.floor(random() * SPEAKERS))}`, anonymous: false, position: (i % QUOTES_PER_ARTICLE) * 500,
      source: `https://outlet${article % OUTLETS}.example/${article}`, title: `Article ${article}`, outlet: `Outlet ${article % OUTLETS}`,
      date: `2024-${String(1 + (article % 12)).padStart(2, '0')}-${day}`, seen: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), lang: 'en',
    });
  }
  return quotes;
}

let store: LibraryStore | null = null;
let stored: LibraryQuote[] = [];

/** Fills the library with `count` quotations; returns how many it holds and how long filling took. */
export async function fill(count: number): Promise<{ count: number; ms: number }> {
  store?.close();
  store = new LibraryStore();
  await store.clear();
  stored = madeUpQuotes(count, 22);
  const start = performance.now();
  for (let i = 0; i < stored.length; i += BATCH) await store.importQuotes(stored.slice(i, i + BATCH));
  return { count: await store.count(), ms: performance.now() - start };
}

/** One look-up of "seen elsewhere" for an open article of ten quotations, three of which the library holds (one of
 *  them with a word changed), and one search by its longest word (the rarest, as a reader's search words are) and a speaker's name: their times in ms. */
export async function lookUp(round: number): Promise<{ seenElsewhereMs: number; found: number; searchMs: number }> {
  if (!store) throw new Error('fill the library first');
  const fresh = madeUpQuotes(7, 1000 + round).map(({ text, speaker }) => ({ text, speaker }));
  const known = [0, 1, 2].map((k) => stored[(round * 7919 + k * 104_729) % stored.length]);
  const reworded = { text: known[0].text.replace(/^\S+/, 'changed'), speaker: known[0].speaker };
  const quotes = [reworded, ...known.slice(1).map(({ text, speaker }) => ({ text, speaker })), ...fresh];
  let start = performance.now();
  const seen = await store.seenElsewhere('https://open.example/article', quotes, 'en');
  const seenElsewhereMs = performance.now() - start;
  start = performance.now();
  const longest = known[1].text.split(' ').sort((a, b) => b.length - a.length)[0];
  await store.search({ words: [longest], speaker: [known[1].speaker!.split(' ')[1]], outlet: '', from: '', to: '' });
  return { seenElsewhereMs, found: seen.slice(0, known.length).filter((entry) => entry.matches.length).length, searchMs: performance.now() - start };
}
