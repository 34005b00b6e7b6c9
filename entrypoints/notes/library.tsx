/**
 * The notes page's Quotes tab: the library of what was said, from the background, searched as the reader types.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LibraryPage, NO_SEARCH, type LibrarySearch } from '@/components/LibraryPage';
import type { UiStrings } from '@/components/strings';
import type { LibraryQuery, LibraryResults, LibraryStatus } from '@/utils/protocol';
import { sendMessage } from '@/utils/messaging';
import './library.css';

/** How long typing rests before the library is searched. */
const SEARCH_DELAY_MS = 200;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function queryOf(search: LibrarySearch): LibraryQuery {
  return { words: words(search.words), speaker: words(search.speaker), outlet: search.outlet, from: search.from, to: search.to };
}

export function LibraryApp({ strings, initialWords, onError }: { strings: UiStrings; initialWords: string; onError(error: unknown): void }) {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [outlets, setOutlets] = useState<string[]>([]);
  const [search, setSearch] = useState<LibrarySearch>({ ...NO_SEARCH, words: initialWords });
  const [results, setResults] = useState<LibraryResults | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const run = async (next: LibrarySearch) => {
    try {
      setResults(await sendMessage('searchLibrary', queryOf(next)));
    } catch (error) {
      onError(error);
    }
  };
  const refresh = async (next = search) => {
    try {
      setStatus(await sendMessage('libraryStatus'));
      setOutlets(await sendMessage('libraryOutlets'));
      await run(next);
    } catch (error) {
      onError(error);
    }
  };
  useEffect(() => {
    refresh();
  }, []);

  return (
    <LibraryPage
      status={status}
      outlets={outlets}
      search={search}
      results={results}
      strings={strings}
      onToggle={async (on) => {
        setStatus(await sendMessage('setLibrary', on).catch((error) => (onError(error), status)));
      }}
      onForget={async () => {
        await sendMessage('forgetLibrary').catch(onError);
        await refresh();
      }}
      onSearch={(next) => {
        setSearch(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => run(next), SEARCH_DELAY_MS);
      }}
    />
  );
}
