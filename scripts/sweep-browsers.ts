/**
 * The two browsers of `npm run sweep` behind one small interface: each opens a page with the built extension,
 * watches the page's main thread and the extension's errors while the extension works, asks the content script for
 * its view of the page (the `getPage` message the popup sends, from an extension page kept open), and evaluates code
 * in the page and in the overlay's closed shadow root.
 * - Chromium (playwright-core, scripts/chromium.ts): tasks from a trace (the DevTools Performance panel's); errors
 *   from the DevTools protocol's console and exceptions of the page's worlds (the content script's among them) and
 *   from the service worker and extension pages.
 * - Firefox ESR (puppeteer-core over WebDriver BiDi, scripts/firefox.ts): tasks from Gecko's profiler
 *   (scripts/firefox-profile.ts); errors from what Firefox prints of documents' consoles and uncaught exceptions.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { PageView } from '../utils/protocol';
import { evaluateInOverlay as overlayInChromium, extensionOrigin, launchChromium, mainThreadTasks, watchExtensionErrors, type TraceEvent } from './chromium';
import { evaluateInOverlay as overlayInFirefox, isExtensionError, launchFirefox } from './firefox';
import { startProfiler, stopProfiler, type ExtensionTask } from './firefox-profile';
import { WENT_AWAY } from './sweep-report';

export type BrowserName = 'chromium' | 'firefox';

export const SWEEP_VIEWPORT = { width: 1280, height: 800 };
/** Where the page keeps the time (ms since its navigation started) at which the overlay's host joined it. */
export const OVERLAY_CLOCK = '__glossaSweepOverlayAt';
/** How long a page gets to load, and the content script to answer. */
const LOAD_TIMEOUT_MS = 60_000;
const VIEW_TIMEOUT_MS = 30_000;
/** An extension page that sends nothing to any tab when it opens: it only sends the sweep's messages. */
const CONTROL_PAGE = 'notes.html';

export interface OpenedPage {
  /** Evaluates a script in the page's main world; its completion value comes back as JSON. */
  evaluate<T>(script: string): Promise<T>;
  /** Calls `fn(overlay)` in the page's main world with the overlay's closed shadow root (null without one). */
  inOverlay<T>(fn: (arg: null, overlay: ShadowRoot | null) => T): Promise<T>;
  /** The content script's view of the page once its analysis has settled (null: no answer in time). */
  view(): Promise<PageView | null>;
  /** Stops watching: the longest main-thread task that ran the extension's code (0 when none did; null when it could
   *  not be measured), and the extension's errors logged since the page was opened. */
  finish(): Promise<{ task: ExtensionTask | null; errors: string[] }>;
  close(): Promise<void>;
}

export interface SweepBrowser {
  name: BrowserName;
  open(url: string): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Runs in the page before its own scripts: notes when the overlay's host is added (the content script appends it to
 *  the body). Sent as source text, so it names no function inside (see scripts/bench-browser.ts). */
const startOverlayClock = (global: string) => {
  (window as unknown as Record<string, number | null>)[global] = null;
  new MutationObserver((records, observer) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeName !== 'GLOSSA-OVERLAY') continue;
        (window as unknown as Record<string, number | null>)[global] = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

/** What the control page uses of the extension API: `browser` in Firefox, `chrome` in Chromium, promises in both. */
interface ControlApi {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
}
type ControlGlobals = { browser?: ControlApi; chrome?: ControlApi };

/** Runs in the control page: the ids of the browser's tabs. */
const tabIds = () => {
  const api = ((globalThis as ControlGlobals).browser ?? (globalThis as ControlGlobals).chrome)!;
  return api.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id ?? -1));
};

/** Runs in the control page: the content script's answer to `getPage`, or null when it does not answer. */
const askPage = (tabId: number) => {
  const api = ((globalThis as ControlGlobals).browser ?? (globalThis as ControlGlobals).chrome)!;
  return api.tabs.sendMessage(tabId, { glossa: 'getPage' }).then(
    (answer) => (answer as { result?: unknown } | undefined)?.result ?? null,
    () => null,
  );
};

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The content script's view of the tab, asked until it answers (its script may not have started yet). */
async function viewOf(ask: () => Promise<PageView | null>): Promise<PageView | null> {
  const end = Date.now() + VIEW_TIMEOUT_MS;
  for (;;) {
    const view = await Promise.race([ask(), sleep(VIEW_TIMEOUT_MS).then(() => null)]);
    if (view || Date.now() > end) return view;
    await sleep(250);
  }
}

/** Loads `url` into the page and finds its tab's id; closes the page when either fails. A navigation the driver
 *  reports failed (Firefox's WebDriver BiDi does when a frame of the page is refused its address) counts when the
 *  page's own document loaded all the same. */
async function loadInto(page: PlaywrightPage | PuppeteerPage, url: string, findTab: () => Promise<number>): Promise<number> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(async (error) => {
      const where = page as { evaluate(script: string): Promise<unknown> };
      const loaded = () => where.evaluate("location.href + ' ' + document.readyState").then(String, () => "");
      const end = Date.now() + LOAD_TIMEOUT_MS;
      for (let state = await loaded(); state !== `${url} complete`; state = await loaded()) {
        const address = state.split(' ')[0];
        if (address && !address.startsWith(new URL(url).origin)) throw new Error(`${WENT_AWAY} (${address}), which the sweep does not serve`);
        if (Date.now() > end) throw error;
        await sleep(250);
      }
    });
    return await findTab();
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/** The one tab id among `after` that is not among `before`. */
function newTabId(before: number[], after: number[]): number {
  const added = after.filter((id) => !before.includes(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${JSON.stringify(added)}`);
  return added[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium

/** The errors of the content script's world and of the page's extension frames: its console's "Glossa: …" lines
 *  and errors, and exceptions thrown by code at a chrome-extension:// address. */
function watchPageWorlds(cdp: CDPSession, errors: string[]): void {
  cdp.on('Runtime.consoleAPICalled', ({ type, args, stackTrace }) => {
    const text = args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    const fromExtension = stackTrace?.callFrames.some((frame) => frame.url.startsWith('chrome-extension://'));
    if (text.startsWith('Glossa:') || (type === 'error' && fromExtension)) errors.push(`console.${type}: ${text}`);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const urls = [exceptionDetails.url ?? '', ...(exceptionDetails.stackTrace?.callFrames.map((frame) => frame.url) ?? [])];
    if (urls.some((url) => url.startsWith('chrome-extension://'))) {
      errors.push(`uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
}

export async function sweepChromium(build: string): Promise<SweepBrowser> {
  const browser = await launchChromium({ extension: build, viewport: SWEEP_VIEWPORT });
  const { context } = browser;
  const origin = await extensionOrigin(context);
  const control = await context.newPage();
  await control.goto(`${origin}/${CONTROL_PAGE}`);
  return {
    name: 'chromium',
    async open(url) {
      const before = await control.evaluate(tabIds);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const errors: string[] = [];
      watchPageWorlds(cdp, errors);
      await cdp.send('Runtime.enable');
      const extensionErrors = watchExtensionErrors(context, origin);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      await page.addInitScript(startOverlayClock, OVERLAY_CLOCK);
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
      const tabId = await loadInto(page, url, async () => newTabId(before, await control.evaluate(tabIds)));
      return chromiumPage(page, cdp, {
        view: () => viewOf(() => control.evaluate(askPage, tabId) as Promise<PageView | null>),
        async finish() {
          const traced = new Promise((complete) => cdp.once('Tracing.tracingComplete', complete));
          await cdp.send('Tracing.end');
          await traced;
          extensionErrors.stop();
          const { extensionMs, extensionCpuMs } = mainThreadTasks(events, url);
          return { task: { ms: extensionMs, cpuMs: extensionCpuMs }, errors: [...errors, ...extensionErrors.errors()] };
        },
      });
    },
    close: () => browser.close(),
  };
}

function chromiumPage(page: PlaywrightPage, cdp: CDPSession, watch: Pick<OpenedPage, 'view' | 'finish'>): OpenedPage {
  return {
    ...watch,
    evaluate: (script) => page.evaluate(script),
    inOverlay: (fn) => overlayInChromium(page, fn, null),
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox

export async function sweepFirefox(build: string): Promise<SweepBrowser> {
  const firefox = await launchFirefox(build, { viewport: SWEEP_VIEWPORT });
  const control = await firefox.browser().newPage();
  await firefox.openUnwatched(control, `${firefox.extensionOrigin}/${CONTROL_PAGE}`);
  /** Lines Firefox printed that are the extension's errors, or its content script's "Glossa: …" lines. Firefox prints
   *  a web page's console errors (real pages log them: a service worker refused, another site's script missing) as
   *  it prints an extension page's, without saying whose: a console line counts only when it names the extension. */
  const isOurs = (line: string) =>
    line.includes('"Glossa:') ||
    (isExtensionError(line, firefox.extensionOrigin) && (!line.startsWith('console.') || line.includes(firefox.extensionOrigin)));
  return {
    name: 'firefox',
    async open(url) {
      const browser = firefox.browser();
      const before = await control.evaluate(tabIds);
      const page = await browser.newPage();
      // A page's alert() would hold its load (Playwright dismisses them in Chromium by itself).
      page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
      await page.evaluateOnNewDocument(startOverlayClock, OVERLAY_CLOCK);
      const printedBefore = firefox.output.length;
      await startProfiler(browser);
      const tabId = await loadInto(page, url, async () => newTabId(before, await control.evaluate(tabIds))).catch(async (error) => {
        await stopProfiler(browser, firefox.extensionOrigin).catch(() => undefined);
        throw error;
      });
      return firefoxPage(page, {
        view: () => viewOf(() => control.evaluate(askPage, tabId) as Promise<PageView | null>),
        async finish() {
          const task = await stopProfiler(browser, firefox.extensionOrigin).catch(() => null);
          return { task, errors: firefox.output.slice(printedBefore).filter(isOurs) };
        },
      });
    },
    close: () => firefox.close(),
  };
}

function firefoxPage(page: PuppeteerPage, watch: Pick<OpenedPage, 'view' | 'finish'>): OpenedPage {
  return {
    ...watch,
    evaluate: (script) => page.evaluate(script) as Promise<never>,
    inOverlay: (fn) => overlayInFirefox(page, fn, null),
    close: () => page.close(),
  };
}
