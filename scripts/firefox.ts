/**
 * Starts the system's Firefox ESR (/usr/bin/firefox-esr, or $FIREFOX_PATH) through puppeteer-core over WebDriver
 * BiDi, offline, on a throw-away profile, with a built MV2 extension (.output/firefox-mv2) installed as a temporary
 * add-on. Used by the end-to-end tests (tests/e2e/firefox.e2e.ts) and by `npm run sweep` (scripts/sweep.ts).
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
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
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

/** How long an extension or about: page gets to load. */
const OPEN_TIMEOUT_MS = 15_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** Copies the build, making sure its manifest has a gecko id; returns the copy and the id. */
function stageExtension(source: string): { dir: string; id: string } {
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
export async function startProxySink(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
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
export async function evaluateInOverlay<R, A>(page: Page, fn: (arg: A, overlay: ShadowRoot | null) => R | Promise<R>, arg: A): Promise<R> {
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

/**
 * The lines Firefox prints that are errors of the extension (origin `extensionOrigin`): its uncaught exceptions,
 * an unchecked lastError, and the console errors of documents (this suite's web pages log none). A document's
 * console line shows its arguments (a string quoted: `console.error: "…"`); the loggers of Firefox's own modules,
 * which print there too, name themselves unquoted (`console.error: RSLoader: …`) and are not the extension's.
 */
export function isExtensionError(line: string, extensionOrigin: string): boolean {
  const documentConsoleError = line.startsWith('console.error:') && !/^console\.error: [\w.-]+: /.test(line);
  return documentConsoleError || (line.startsWith('JavaScript error:') && line.includes(extensionOrigin)) || /lastError/.test(line);
}

/** Every line Firefox prints on its standard output and error, from now on. */
export function recordOutput(browser: Browser, lines: string[]): void {
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

export interface FirefoxOptions {
  /** The window's size (default 1280 × 900). */
  viewport?: { width: number; height: number };
  /** Prefs beside those that keep Firefox offline. */
  prefs?: Record<string, unknown>;
}

/** Starts Firefox on the profile at `profileDir` and installs the add-on at `extensionDir` (temporarily). */
async function startFirefox(
  profileDir: string, extensionDir: string, id: string, uuid: string, proxyPort: number, options: FirefoxOptions,
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Lets WebDriver BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    defaultViewport: options.viewport ?? DEFAULT_VIEWPORT,
    timeout: 60_000,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      ...PREFS,
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl_port': proxyPort,
      // A download (a CSV or notes export) saved to the profile without asking and without opening the downloads
      // panel, which would take the window's focus from the pages that later tests type into.
      'browser.download.folderList': 2,
      'browser.download.dir': join(profileDir, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...options.prefs,
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

export interface LaunchedFirefox {
  /** The running browser (another one after `restart`). */
  browser(): Browser;
  /** `moz-extension://UUID`, the same after a restart. */
  extensionOrigin: string;
  /** The add-on's id (its `runtime.id`). */
  extensionId: string;
  /** The staged copy of the build that Firefox installed (to install it again). */
  extensionDir: string;
  /** Every line Firefox printed since it started (see recordOutput). */
  output: string[];
  /** What reached the recording proxy. */
  proxied: string[];
  /** Sends `page` to `url`, a page puppeteer does not see load (an extension page, an about: page), and polls it
   *  until it is loaded. */
  openUnwatched(page: Page, url: string): Promise<void>;
  /** Quits Firefox and starts it again on the same profile, with the add-on installed again. */
  restart(): Promise<void>;
  /** Quits Firefox and deletes its profile, the staged add-on and the proxy. */
  close(): Promise<void>;
}

/** Headless Firefox on a fresh profile with the built add-on at `build` installed (see the top of this file). */
export async function launchFirefox(build: string, options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (see scripts/setup-browsers.sh)`);
  const { dir: extensionDir, id } = stageExtension(build);
  const profileDir = mkdtempSync(join(tmpdir(), 'glossa-firefox-profile-'));
  const proxy = await startProxySink();
  const cleanUp = async () => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
    await proxy.close();
  };
  const uuid = randomUUID();
  let browser: Browser | null = null;
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
  return {
    browser: () => browser!,
    extensionOrigin: `moz-extension://${uuid}`,
    extensionId: id,
    extensionDir,
    output,
    proxied: proxy.received,
    async openUnwatched(page, url) {
      // Not awaited: puppeteer does not see this navigation end (see above); the document is polled instead.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      const end = Date.now() + OPEN_TIMEOUT_MS;
      for (;;) {
        const [href, state] = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
        if (href === url && state === 'complete') return;
        if (Date.now() > end) throw new Error(`timed out after ${OPEN_TIMEOUT_MS} ms waiting for ${url} to load`);
        await new Promise((wait) => setTimeout(wait, 150));
      }
    },
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
