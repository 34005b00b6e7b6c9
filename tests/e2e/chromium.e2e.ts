/**
 * The end-to-end suite (helpers.ts) in Chromium: playwright-core drives the system's /usr/bin/chromium with the
 * built MV3 extension (.output/chrome-mv3) unpacked. No browser is downloaded; no request leaves 127.0.0.1.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { defineBrowserSuite, EXTENSION_DIRS, VIEWPORT, type BrowserDriver, type Tab } from './helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function tabOf(page: Page): Tab {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<BrowserDriver> {
  const build = EXTENSION_DIRS.chromium;
  if (!existsSync(resolve(build, 'manifest.json'))) throw new Error(`no build at ${build}: run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'glossa-e2e-chromium-'));
  // A copy of the build inside the profile directory, removed with it.
  const extensionDir = join(userDataDir, 'extension');
  cpSync(build, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Headless through the flag: Playwright's own headless mode cannot load extensions.
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: VIEWPORT,
    timeout: 60_000,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      // Nothing but the test server resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--lang=en-US',
    ],
  });
  try {
    const isOurs = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 30_000 }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    return {
      name: 'chromium',
      extensionOrigin,
      async openPage(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return tabOf(page);
      },
      async openExtensionPage(pathAndQuery) {
        const page = await context.newPage();
        await page.goto(`${extensionOrigin}/${pathAndQuery}`, { waitUntil: 'load' });
        return tabOf(page);
      },
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

defineBrowserSuite('chromium', launchChromium);
