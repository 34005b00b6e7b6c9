/**
 * The library of what was said: every quotation of every article the reader opened while the library was on, in
 * IndexedDB (through Dexie), bounded at `MAX_LIBRARY_QUOTES`, the quotations seen longest ago dropped first. The
 * background script owns the one `LibraryStore`; the extension's pages reach it by messages. Nothing here uses
 * extension APIs, so tests run it on fake-indexeddb.
 *
 * Each quotation is indexed by the bands of its words' MinHash signature (lib/library.ts) to find it again in other
 * articles, by its words and its speaker's (`terms`) to search it, and by its article, outlet, date and when it was
 * seen.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { bandKeys, compareQuotes, matchWords, sameSpeaker, searchKey, searchTerms } from '../lib/library';
import type { LibraryMatch, LibraryPage, LibraryQuery, LibraryQuote, LibraryResults, SeenElsewhere } from '../utils/protocol';

const DATABASE_NAME = 'glossa-library';
/** How many quotations the library keeps; past this the ones seen longest ago go first. */
export const MAX_LIBRARY_QUOTES = 50_000;
/** The most quotations a search returns at once, newest first. */
export const SEARCH_PAGE = 100;
/** The most matches shown for one quotation. */
const MAX_MATCHES = 20;
/** Bounds of a look-up of "seen elsewhere". A band that common word pairs make (its two minimal word pairs "of the"
 *  and "in the") holds thousands of quotations: only the first `perBand` are read of it. The same quotation worded
 *  alike shares many bands with the one looked up, an unrelated one few: of the quotations found, the `perQuote`
 *  sharing the most bands with it are compared word by word. */
const CANDIDATES = { perBand: 50, perQuote: 20 } as const;

/** A stored quotation with the keys it is found by. */
interface QuoteRow extends LibraryQuote {
  /** Its words as compared (see `matchWords`). */
  words: string[];
  bands: number[];
  terms: string[];
}

export interface LibraryStoreOptions {
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** Defaults to MAX_LIBRARY_QUOTES. */
  limit?: number;
}

export class LibraryStore {
  private readonly db: Dexie;
  private readonly quotes: Table<QuoteRow, string>;
  readonly limit: number;

  constructor(options: LibraryStoreOptions = {}) {
    this.db = new Dexie(DATABASE_NAME, {
      indexedDB: options.indexedDB ?? globalThis.indexedDB,
      IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange,
    });
    this.db.version(1).stores({ quotes: 'id, source, seen, date, outlet, *bands, *terms' });
    this.quotes = this.db.table('quotes');
    this.limit = options.limit ?? MAX_LIBRARY_QUOTES;
  }

  count(): Promise<number> {
    return this.quotes.count();
  }

  /** Keeps an article's quotations in place of those kept of it before; returns how many the library holds. */
  recordPage(page: LibraryPage, seen: string): Promise<number> {
    const rows = page.quotes.map((quote, index) =>
      rowOf({ ...quote, id: `${page.source}#${index}`, source: page.source, title: page.title, outlet: page.outlet, date: page.date ?? seen.slice(0, 10), seen, lang: page.lang }),
    );
    return this.db.transaction('rw', this.quotes, async () => {
      await this.quotes.where('source').equals(page.source).delete();
      await this.quotes.bulkPut(rows);
      return this.bound();
    });
  }

  /** Adds quotations (an import), replacing those with the same id; returns how many were added. */
  importQuotes(quotes: readonly LibraryQuote[]): Promise<number> {
    return this.db.transaction('rw', this.quotes, async () => {
      await this.quotes.bulkPut(quotes.map(rowOf));
      await this.bound();
      return quotes.length;
    });
  }

  /** Every quotation, oldest first, as exported. */
  async all(): Promise<LibraryQuote[]> {
    return (await this.quotes.orderBy('seen').toArray()).map(quoteOf);
  }

  clear(): Promise<void> {
    return this.quotes.clear();
  }

  /** Drops the quotations seen longest ago beyond the limit; returns how many are kept. */
  private async bound(): Promise<number> {
    const count = await this.quotes.count();
    if (count <= this.limit) return count;
    await this.quotes.bulkDelete(await this.quotes.orderBy('seen').limit(count - this.limit).primaryKeys());
    return this.limit;
  }

  /** For each quotation given (those of the page at `source`), the same words in other articles of the library. */
  async seenElsewhere(source: string, quotes: readonly { text: string; speaker: string | null }[], lang: string): Promise<SeenElsewhere[]> {
    const asked = quotes.map((quote) => ({ ...quote, words: matchWords(quote.text, lang) }));
    const bands = asked.map((quote) => bandKeys(quote.words));
    const { candidates, rows } = await this.db.transaction('r', this.quotes, async () => {
      const byBand = await this.quotationsByBand([...new Set(bands.flat())]);
      const candidates = bands.map((keys) => likeliest(keys.map((key) => byBand.get(key) ?? [])));
      const wanted = [...new Set(candidates.flat())];
      const rows = new Map<string, QuoteRow>();
      (await this.quotes.bulkGet(wanted)).forEach((row, i) => row && row.source !== source && rows.set(wanted[i], row));
      return { candidates, rows };
    });
    return asked.map((quote, i) => ({
      matches: candidates[i]
        .map((id) => rows.get(id))
        .filter((row): row is QuoteRow => !!row && compareQuotes(quote.words, row.words).same)
        .sort((a, b) => b.seen.localeCompare(a.seen))
        .slice(0, MAX_MATCHES)
        .map((row): LibraryMatch => ({
          quote: quoteOf(row),
          identical: compareQuotes(quote.words, row.words).identical,
          otherSpeaker: !sameSpeaker(quote.speaker, row.speaker),
        })),
    }));
  }

  /** The ids of the quotations under each band key, at most CANDIDATES.perBand of each (all asked at once). */
  private async quotationsByBand(keys: number[]): Promise<Map<number, string[]>> {
    const ids = await Promise.all(keys.map((key) => this.quotes.where('bands').equals(key).limit(CANDIDATES.perBand).primaryKeys()));
    return new Map(keys.map((key, i) => [key, ids[i]]));
  }

  /** The quotations whose words and speaker's words begin as asked, from the outlet and dates asked, newest first. */
  async search(query: LibraryQuery): Promise<LibraryResults> {
    const terms = [
      ...query.words.map((word) => `w:${searchKey(word)}`),
      ...query.speaker.map((word) => `s:${searchKey(word)}`),
    ].filter((term) => term.length > 2);
    const sets: Set<string>[] = [];
    for (const term of terms) sets.push(new Set(await this.quotes.where('terms').startsWith(term).primaryKeys()));
    if (query.outlet) sets.push(new Set(await this.quotes.where('outlet').equals(query.outlet).primaryKeys()));
    if (query.from || query.to) {
      sets.push(new Set(await this.quotes.where('date').between(query.from || '', query.to || '\uffff', true, true).primaryKeys()));
    }
    if (!sets.length) {
      return { quotes: (await this.quotes.orderBy('seen').reverse().limit(SEARCH_PAGE).toArray()).map(quoteOf), total: await this.quotes.count() };
    }
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const found = new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
    // Many found (a common word): the newest of them by the index of when each was seen, reading keys only.
    const newest = found.size <= SEARCH_PAGE ? [...found] : (await this.quotes.orderBy('seen').reverse().primaryKeys()).filter((id) => found.has(id)).slice(0, SEARCH_PAGE);
    const rows = (await this.quotes.bulkGet(newest)).filter((row): row is QuoteRow => !!row);
    rows.sort((a, b) => b.seen.localeCompare(a.seen));
    return { quotes: rows.map(quoteOf), total: found.size };
  }

  /** Every outlet the library has quotations of, in alphabetical order. */
  async outlets(): Promise<string[]> {
    return (await this.quotes.orderBy('outlet').uniqueKeys()).map(String).filter(Boolean);
  }

  close(): void {
    this.db.close();
  }
}

/** The ids found under a quotation's bands, those under the most of them first, at most CANDIDATES.perQuote. */
function likeliest(idsByBand: string[][]): string[] {
  const shared = new Map<string, number>();
  for (const ids of idsByBand) for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES.perQuote).map(([id]) => id);
}

function rowOf(quote: LibraryQuote): QuoteRow {
  const words = matchWords(quote.text, quote.lang);
  return { ...quote, words, bands: bandKeys(words), terms: searchTerms(words, quote.speaker) };
}

function quoteOf(row: QuoteRow): LibraryQuote {
  const { words: _words, bands: _bands, terms: _terms, ...quote } = row;
  return quote;
}
