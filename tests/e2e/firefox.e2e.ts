/**
 * The end-to-end suites (helpers.ts, notes.ts) in Firefox: puppeteer-core drives the system's /usr/bin/firefox-esr
 * over WebDriver BiDi and installs the built MV2 extension (.output/firefox-mv2) as a temporary add-on.
 *
 * Three Firefox specifics:
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
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { defineBrowserSuite, EXTENSION_DIRS, VIEWPORT, waitFor, type BrowserDriver, type Tab } from './helpers';
import { defineNotesSuite } from './notes';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FALLBACK_ADDON_ID = 'glossa-e2e@glossa.test';

/** Keeps Firefox off the network: no updates, telemetry, remote settings, captive portal or safe browsing, and
 *  every non-loopback HTTP(S) request sent to a dead proxy (loopback is never proxied). */
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
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
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

function tabOf(page: Page, extensionUrl: string | null): Tab {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as never, arg as never) as Promise<R>,
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
    close: () => page.close(),
  };
}

/** Starts Firefox on the profile at `profileDir` and installs the add-on at `extensionDir` (temporarily). */
async function startFirefox(profileDir: string, extensionDir: string, id: string, uuid: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets WebDriver BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: profileDir,
    defaultViewport: VIEWPORT,
    timeout: 60_000,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      ...PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
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

export async function launchFirefox(): Promise<BrowserDriver> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (see .ci/run)`);
  const { dir: extensionDir, id } = stageExtension();
  const profileDir = mkdtempSync(join(tmpdir(), 'glossa-e2e-firefox-profile-'));
  const removeDirs = () => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  };
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  let browser: Browser | null = null;
  try {
    browser = await startFirefox(profileDir, extensionDir, id, uuid);
  } catch (error) {
    removeDirs();
    throw error;
  }
  return {
    name: 'firefox',
    extensionOrigin,
    async openPage(url) {
      const page = await browser!.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tabOf(page, null);
    },
    async openExtensionPage(pathAndQuery) {
      const url = `${extensionOrigin}/${pathAndQuery}`;
      const page = await browser!.newPage();
      // Not awaited: puppeteer does not see this navigation end (see above); the document is polled instead.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitFor(
        () => page.evaluate(() => [location.href, document.readyState]),
        ([href, state]) => href === url && state === 'complete',
        `${url} to load`,
        15_000,
      );
      return tabOf(page, url);
    },
    async restart() {
      await browser!.close();
      browser = null;
      browser = await startFirefox(profileDir, extensionDir, id, uuid);
    },
    async close() {
      try {
        await browser?.close();
      } finally {
        removeDirs();
      }
    },
  };
}

defineBrowserSuite('firefox', launchFirefox);
defineNotesSuite('firefox', launchFirefox);
