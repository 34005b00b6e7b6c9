/**
 * The popup: asks the tab's content script for the page as Glossa sees it and shows it. `popup.html?tab=<id>`
 * shows the same for a given tab (in a full tab, and for tests).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { Popup } from '@/components/Popup';
import type { PageView } from '@/lib/protocol';
import { sendMessage } from '@/utils/messaging';
import { setPaused } from '@/utils/settings';
import { uiStrings } from '@/utils/strings';
import '@/components/lists.css';
import './popup.css';

/** Time for the content script to react to a setting before the popup asks again. */
const SETTLE_MS = 400;

async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function App() {
  const strings = uiStrings();
  const [tab, setTab] = useState<number>();
  // null: loading; undefined: the tab has no content script (browser pages, stores).
  const [view, setView] = useState<PageView | null | undefined>(null);

  const refresh = async (id = tab) => {
    if (id === undefined) return setView(undefined);
    try {
      setView(await sendMessage('getPage', undefined, id));
    } catch {
      setView(undefined);
    }
  };
  useEffect(() => {
    targetTab().then((id) => {
      setTab(id);
      return refresh(id);
    });
  }, []);

  return (
    <Popup
      view={view}
      strings={strings}
      onSection={(index) => tab !== undefined && sendMessage('scrollToSection', index, tab)}
      onSpeaker={(speaker) => tab !== undefined && sendMessage('stepSpeaker', { speaker, direction: 1 }, tab)}
      onPause={async (paused) => {
        if (!view) return;
        await setPaused(view.host, paused);
        setTimeout(() => refresh(), SETTLE_MS);
      }}
      onAnalyzeAnyway={async () => tab !== undefined && setView(await sendMessage('analyzeAnyway', undefined, tab))}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
render(<App />, document.getElementById('app')!);
