/**
 * The end-to-end suites (helpers.ts, notes.ts, hostile.ts) in Firefox, launched by scripts/firefox.ts (the Firefox
 * specifics are told there): puppeteer-core drives the system's /usr/bin/firefox-esr over WebDriver BiDi with the
 * built MV2 extension (.output/firefox-mv2) installed as a temporary add-on. This file adapts it to the suites'
 * driver interface.
 */
import type { HTTPRequest, KeyInput, Page } from 'puppeteer-core';
import { evaluateInOverlay, isExtensionError, launchFirefox as startFirefox } from '../../scripts/firefox';
import {
  defineBrowserSuite, EXTENSION_DIRS, VIEWPORT, waitFor, type BrowserDriver, type ErrorWatch, type LaunchOptions, type ObservedRequest, type Tab,
} from './helpers';
import { defineHostileSuite } from './hostile';
import { defineAnchoringSuite } from './anchoring';
import { defineNotesSuite } from './notes';
import { defineRealSitesSuite } from './real-sites';
import { defineVoicesSuite } from './voices';
import { defineTabKindsSuite } from './tab-kinds';
import { defineUnderlineCostSuite } from './underline-cost';

function tabOf(page: Page, extensionUrl: string | null): Tab {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as never, arg as never) as Promise<R>,
    evaluateInOverlay: (fn, arg) => evaluateInOverlay(page, fn, arg),
    reload: async () => {
      if (!extensionUrl) {
        await page.reload({ waitUntil: 'load' });
        return;
      }
      await page.evaluate(() => {
        (window as unknown as { __glossaE2eOld?: boolean }).__glossaE2eOld = true;
        location.reload();
      });
      await waitFor(
        () => page.evaluate(() => !(window as unknown as { __glossaE2eOld?: boolean }).__glossaE2eOld && document.readyState === 'complete'),
        (fresh) => fresh,
        `${extensionUrl} to reload`,
        15_000,
      );
    },
    screenshot: async (path, options) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: async (keys) => {
      // Puppeteer presses one key at a time: hold the modifiers of "Control+Enter", press the key, release them.
      const [key, ...modifiers] = keys.split('+').reverse() as KeyInput[];
      for (const modifier of [...modifiers].reverse()) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of modifiers) await page.keyboard.up(modifier);
    },
    evaluateInFrame: async <R, A>(urlPrefix: string, fn: (arg: A) => R | Promise<R>, arg: A) => {
      // As with tabs (see above), puppeteer does not see a frame navigate to moz-extension://: frame.url() stays
      // about:blank. Each frame is asked where it is instead.
      const addresses: string[] = [];
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const href = await frame.evaluate(() => location.href).catch((error: Error) => `(${error.message})`);
        if (href.startsWith(urlPrefix)) return frame.evaluate(fn as never, arg as never) as Promise<R>;
        addresses.push(href);
      }
      throw new Error(`no frame at ${urlPrefix}… in ${page.url()} (frames at: ${addresses.join(', ') || 'none'})`);
    },
    bringToFront: () => page.bringToFront(),
    // Firefox's profiler is not open to a WebDriver BiDi driver.
    startTrace: async () => null,
    dialogs: () => [...dialogs],
    close: () => page.close(),
  };
}

/** The prefs that keep every add-on off a site (`extensionsBlockedOn`): Firefox's quarantined domains, the list
 *  Mozilla keeps of sites where add-ons may not run. */
function blockingPrefs(options: LaunchOptions): Record<string, unknown> {
  if (!options.extensionsBlockedOn) return {};
  return { 'extensions.quarantinedDomains.enabled': true, 'extensions.quarantinedDomains.list': new URL(options.extensionsBlockedOn).hostname };
}

/** The prefs that set the interface's language (`uiLanguage`), from the system's language pack (an add-on of the
 *  application's own scope, which Firefox then leaves enabled). */
function languagePrefs(options: LaunchOptions): Record<string, unknown> {
  if (!options.uiLanguage) return {};
  return { 'intl.locale.requested': options.uiLanguage, 'extensions.autoDisableScopes': 0 };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserDriver> {
  const firefox = await startFirefox(EXTENSION_DIRS.firefox, { viewport: VIEWPORT, prefs: { ...blockingPrefs(options), ...languagePrefs(options) } });
  const { extensionOrigin, extensionId: id, output } = firefox;

  /** Network watches under way: each is given every page, before the page loads anything. */
  const pageWatchers = new Set<(page: Page) => void>();
  const newPage = async () => {
    const page = await firefox.browser().newPage();
    for (const watch of pageWatchers) watch(page);
    return page;
  };
  /** Opens a page puppeteer does not see load (an extension page, an about: page) and polls it until it is. */
  async function openUnwatched(url: string): Promise<Page> {
    const page = await newPage();
    await firefox.openUnwatched(page, url);
    return page;
  }

  /** Opens an extension page in a new tab and waits until it is loaded. */
  async function openExtensionPage(pathAndQuery: string): Promise<Tab> {
    const url = `${extensionOrigin}/${pathAndQuery}`;
    return tabOf(await openUnwatched(url), url);
  }

  return {
    name: 'firefox',
    extensionOrigin,
    extensionId: id,
    watchNetwork() {
      const seen: ObservedRequest[] = [];
      const watchedBrowser = firefox.browser();
      const proxiedBefore = firefox.proxied.length;
      const pages = new Set<Page>();
      const record = (request: HTTPRequest) => seen.push({ url: request.url(), by: request.frame()?.url() ?? 'unknown' });
      const watch = (page: Page) => {
        if (pages.has(page)) return;
        pages.add(page);
        page.on('request', record);
      };
      // Tabs the extension opens itself (a note opened from the notes page) are found as they appear.
      const onTarget = (target: { page(): Promise<Page | null> }) => target.page().then((page) => page && watch(page), () => undefined);
      watchedBrowser.pages().then((open) => open.forEach(watch), () => undefined);
      watchedBrowser.on('targetcreated', onTarget);
      pageWatchers.add(watch);
      return {
        requests: () => [...seen, ...firefox.proxied.slice(proxiedBefore).map((url) => ({ url, by: 'proxy' }))],
        stop() {
          pageWatchers.delete(watch);
          watchedBrowser.off('targetcreated', onTarget);
          for (const page of pages) page.off('request', record);
        },
      };
    },
    async fetchFromBackground(url) {
      // The background page is not a tab: an extension page reaches it through getBackgroundPage() and calls the
      // background's own fetch, so that the request is the background's.
      const tab = await openExtensionPage('notes.html');
      try {
        return await tab.evaluate((address) => {
          const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window } } }).browser;
          return api.extension
            .getBackgroundPage()
            .fetch(address)
            .then((response) => `status ${response.status}`, (error: Error) => `refused: ${error.message}`);
        }, url);
      } finally {
        await tab.close();
      }
    },
    watchExtensionErrors(): ErrorWatch {
      const from = output.length;
      return { errors: () => output.slice(from).filter((line) => isExtensionError(line, extensionOrigin)), stop: () => undefined };
    },
    async logErrorInBackground(text) {
      const tab = await openExtensionPage('notes.html');
      try {
        await tab.evaluate((message) => {
          const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): { console: Console } } } }).browser;
          api.extension.getBackgroundPage().console.error(message);
        }, text);
      } finally {
        await tab.close();
      }
    },
    async uninstallExtension() {
      await firefox.browser().uninstallExtension(id);
    },
    async installExtension() {
      const installed = await firefox.browser().installExtension(firefox.extensionDir);
      if (installed !== id) throw new Error(`installed add-on id ${installed}, expected ${id}`);
    },
    // Firefox keeps an MV2 add-on's background page running.
    stopBackground: async () => false,
    async openPage(url) {
      if (!/^https?:/.test(url)) return tabOf(await openUnwatched(url), null);
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tabOf(page, null);
    },
    openExtensionPage,
    restart: () => firefox.restart(),
    close: () => firefox.close(),
  };
}

defineBrowserSuite('firefox', launchFirefox);
defineNotesSuite('firefox', launchFirefox);
defineAnchoringSuite('firefox', launchFirefox);
defineHostileSuite('firefox', launchFirefox);
defineTabKindsSuite('firefox', launchFirefox);
defineUnderlineCostSuite('firefox', launchFirefox);
defineRealSitesSuite('firefox', launchFirefox);
defineVoicesSuite('firefox', launchFirefox);
