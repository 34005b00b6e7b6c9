/**
 * The end-to-end suites (helpers.ts, notes.ts, hostile.ts) in Firefox: puppeteer-core drives the system's
 * /usr/bin/firefox-esr over WebDriver BiDi and installs the built MV2 extension (.output/firefox-mv2) as a temporary
 * add-on.
 *
 * Five Firefox specifics:
 * - The extension's moz-extension:// origin is a per-profile random UUID. It is fixed before launch through the
 *   `extensions.webextensions.uuids` pref ({addon id: uuid}), which needs a known add-on id: the build is copied and
 *   given `browser_specific_settings.gecko.id` when it has none.
 * - WebDriver BiDi refuses to navigate to moz-extension:// unless Firefox runs with `--remote-allow-system-access`,
 *   and puppeteer then never sees that navigation finish (page.url() stays about:blank, goto() does not resolve),
 *   so extension pages are opened without awaiting goto() and polled until their document is loaded.
 * - A temporary add-on does not outlive Firefox: after a restart (`restart()`: the same profile directory, which is
 *   ours, and the same UUID pref) it is installed again. Uninstalling an add-on deletes its storage (IndexedDB
 *   included) and forgets its UUID unless `extensions.webextensions.keepStorageOnUninstall` and
 *   `…keepUuidOnUninstall` are set, as they are here (what Mozilla documents for testing a temporary add-on's
 *   persistence). With firefox-esr 153 the notes also survived a restart without those two prefs, but the restart
 *   check should not hang on that.
 * - What a driver can see of the network: WebDriver BiDi reports the requests of tabs (web pages, extension pages
 *   and the frames inside them) but not those of the add-on's background page. Firefox is therefore given a proxy
 *   of the driver's own for every non-loopback request (loopback is never proxied): it records what reaches it and
 *   answers 502, so a request from the background page (or from anywhere in Firefox) to any other host is seen
 *   there. Firefox's own traffic is turned off by the prefs below; Remote Settings ignores its server pref on ESR
 *   unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment, so it is.
 * - What a driver can see of errors: puppeteer hears no console message of an extension page or of the background
 *   page. Firefox is made to print the console of web and extension documents on its standard output
 *   (`devtools.console.stdout.content`), where it also prints their uncaught exceptions ("JavaScript error: URL…");
 *   the driver reads both there.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import {
  defineBrowserSuite, EXTENSION_DIRS, VIEWPORT, waitFor, type BrowserDriver, type ErrorWatch, type LaunchOptions, type ObservedRequest, type Tab,
} from './helpers';
import { defineHostileSuite } from './hostile';
import { defineAnchoringSuite } from './anchoring';
import { defineNotesSuite } from './notes';
import { defineTabKindsSuite } from './tab-kinds';
import { defineUnderlineCostSuite } from './underline-cost';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FALLBACK_ADDON_ID = 'glossa-e2e@glossa.test';

/** Keeps Firefox off the network: no updates, telemetry, remote settings, captive portal or safe browsing, and
 *  every non-loopback HTTP(S) request sent to the driver's recording proxy (its port is set at launch; loopback is
 *  never proxied). */
const PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'intl.accept_languages': 'en-US, en',
  // The console of web pages and extension documents on the standard output (see above), not that of Firefox's own
  // code.
  'devtools.console.stdout.content': true,
};

/** Copies the build, making sure its manifest has a gecko id; returns the copy and the id. */
function stageExtension(): { dir: string; id: string } {
  const source = EXTENSION_DIRS.firefox;
  if (!existsSync(resolve(source, 'manifest.json'))) throw new Error(`no build at ${source}: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'glossa-e2e-firefox-ext-'));
  cpSync(source, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gecko = manifest.browser_specific_settings?.gecko ?? manifest.applications?.gecko;
  const id: string = gecko?.id ?? FALLBACK_ADDON_ID;
  if (!gecko?.id) {
    manifest.browser_specific_settings = { ...manifest.browser_specific_settings, gecko: { ...gecko, id } };
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  return { dir, id };
}

/**
 * The proxy Firefox sends every non-loopback request to: it records each one (`GET http://host/path`, or `CONNECT
 * host:port` for https and WebSocket) and forwards nothing.
 */
async function startProxySink(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const sink = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  sink.on('connect', (req, socket) => {
    received.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolveListen, reject) => {
    sink.once('error', reject);
    sink.listen(0, '127.0.0.1', () => resolveListen());
  });
  return {
    port: (sink.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolveClose) => {
      sink.closeAllConnections();
      sink.close(() => resolveClose());
    }),
  };
}

/** A WebDriver BiDi value (see the script module): what this file sends and reads of one. */
type BidiValue = { type: string; value?: unknown; sharedId?: string };
type BidiResult = { type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } };
/** The BiDi realm of a page's main world, under puppeteer's public objects (puppeteer has no public way to ask
 *  BiDi for a closed shadow root). */
interface BidiRealm {
  callFunction(functionDeclaration: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<BidiResult>;
}

function bidiRealm(page: Page): BidiRealm {
  const frame = page.mainFrame() as unknown as { mainRealm?(): { realm?: BidiRealm } };
  const realm = frame.mainRealm?.().realm;
  if (!realm?.callFunction) throw new Error('puppeteer-core changed: no BiDi realm under page.mainFrame().mainRealm()');
  return realm;
}

/**
 * Runs `fn(arg, overlay)` in the page's main world with the overlay's closed shadow root, which WebDriver BiDi
 * serialises (`includeShadowTree: 'all'`) where no script of the page can reach it. `arg` and the result go as JSON.
 */
async function evaluateInOverlay<R, A>(page: Page, fn: (arg: A, overlay: ShadowRoot | null) => R | Promise<R>, arg: A): Promise<R> {
  const realm = bidiRealm(page);
  const host = await realm.callFunction("() => document.querySelector('glossa-overlay')", false, {
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = host.type === 'success' ? (host.result.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot : null;
  const response = await realm.callFunction(
    `async function (json, overlay) { return JSON.stringify(await (${fn.toString()})(JSON.parse(json), overlay)); }`,
    true,
    {
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }, root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' }],
      resultOwnership: 'none',
    },
  );
  if (response.type === 'exception') throw new Error(`in the page: ${response.exceptionDetails.text}`);
  const json = response.result.value;
  return typeof json === 'string' ? (JSON.parse(json) as R) : (undefined as R);
}

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

/**
 * The lines Firefox prints that are errors of the extension (origin `extensionOrigin`): its uncaught exceptions,
 * an unchecked lastError, and the console errors of documents (this suite's web pages log none). A document's
 * console line shows its arguments (a string quoted: `console.error: "…"`); the loggers of Firefox's own modules,
 * which print there too, name themselves unquoted (`console.error: RSLoader: …`) and are not the extension's.
 */
function isExtensionError(line: string, extensionOrigin: string): boolean {
  const documentConsoleError = line.startsWith('console.error:') && !/^console\.error: [\w.-]+: /.test(line);
  return documentConsoleError || (line.startsWith('JavaScript error:') && line.includes(extensionOrigin)) || /lastError/.test(line);
}

/** Every line Firefox prints on its standard output and error, from now on. */
function recordOutput(browser: Browser, lines: string[]): void {
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const complete = text.split('\n');
      partial = complete.pop() ?? '';
      lines.push(...complete);
    });
  }
}

/** Starts Firefox on the profile at `profileDir` and installs the add-on at `extensionDir` (temporarily). */
async function startFirefox(
  profileDir: string, extensionDir: string, id: string, uuid: string, proxyPort: number, options: LaunchOptions,
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Lets WebDriver BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    defaultViewport: VIEWPORT,
    timeout: 60_000,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      ...PREFS,
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl_port': proxyPort,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...blockingPrefs(options),
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== id) throw new Error(`installed add-on id ${installed}, expected ${id}`);
    return browser;
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserDriver> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (see .ci/run)`);
  const { dir: extensionDir, id } = stageExtension();
  const profileDir = mkdtempSync(join(tmpdir(), 'glossa-e2e-firefox-profile-'));
  const proxy = await startProxySink();
  const cleanUp = async () => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
    await proxy.close();
  };
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  let browser: Browser | null = null;
  /** What Firefox printed (see recordOutput). */
  const output: string[] = [];
  const start = async () => {
    browser = await startFirefox(profileDir, extensionDir, id, uuid, proxy.port, options);
    recordOutput(browser, output);
  };
  try {
    await start();
  } catch (error) {
    await cleanUp();
    throw error;
  }

  /** Network watches under way: each is given every page, before the page loads anything. */
  const pageWatchers = new Set<(page: Page) => void>();
  const newPage = async () => {
    const page = await browser!.newPage();
    for (const watch of pageWatchers) watch(page);
    return page;
  };
  /** Opens a page puppeteer does not see load (an extension page, an about: page) and polls it until it is. */
  async function openUnwatched(url: string): Promise<Page> {
    const page = await newPage();
    // Not awaited: puppeteer does not see this navigation end (see above); the document is polled instead.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await waitFor(
      () => page.evaluate(() => [location.href, document.readyState]),
      ([href, state]) => href === url && state === 'complete',
      `${url} to load`,
      15_000,
    );
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
      const watchedBrowser = browser!;
      const proxiedBefore = proxy.received.length;
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
        requests: () => [...seen, ...proxy.received.slice(proxiedBefore).map((url) => ({ url, by: 'proxy' }))],
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
      await browser!.uninstallExtension(id);
    },
    async installExtension() {
      const installed = await browser!.installExtension(extensionDir);
      if (installed !== id) throw new Error(`installed add-on id ${installed}, expected ${id}`);
    },
    async openPage(url) {
      if (!/^https?:/.test(url)) return tabOf(await openUnwatched(url), null);
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tabOf(page, null);
    },
    openExtensionPage,
    async restart() {
      await browser!.close();
      browser = null;
      await start();
    },
    async close() {
      try {
        await browser?.close();
      } finally {
        await cleanUp();
      }
    },
  };
}

defineBrowserSuite('firefox', launchFirefox);
defineNotesSuite('firefox', launchFirefox);
defineAnchoringSuite('firefox', launchFirefox);
defineHostileSuite('firefox', launchFirefox);
defineTabKindsSuite('firefox', launchFirefox);
defineUnderlineCostSuite('firefox', launchFirefox);
