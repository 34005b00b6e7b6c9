/**
 * The end-to-end suites (helpers.ts, notes.ts, hostile.ts) in Chromium: playwright-core drives the system's
 * /usr/bin/chromium with the built MV3 extension (.output/chrome-mv3) unpacked. No browser is downloaded; no request
 * leaves 127.0.0.1.
 *
 * An unpacked extension's id is derived from its directory's path, so a restart on the same profile with the same
 * extension directory finds the extension, and its IndexedDB, under the same chrome-extension:// origin.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM, evaluateInOverlay, offlineChromiumArgs, watchExtensionErrors } from '../../scripts/chromium';
import {
  defineBrowserSuite, EXTENSION_DIRS, sleep, VIEWPORT, type BrowserDriver, type LaunchOptions, type ObservedRequest, type Tab, type TraceEvent,
} from './helpers';
import { defineHostileSuite } from './hostile';
import { defineAnchoringSuite } from './anchoring';
import { defineNotesSuite } from './notes';
import { defineRealSitesSuite } from './real-sites';
import { defineVoicesSuite } from './voices';
import { defineTabKindsSuite } from './tab-kinds';
import { defineUnderlineCostSuite } from './underline-cost';

function tabOf(page: Page): Tab {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    evaluateInOverlay: (fn, arg) => evaluateInOverlay(page, fn, arg),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    evaluateInFrame: <R, A>(urlPrefix: string, fn: (arg: A) => R | Promise<R>, arg: A) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(urlPrefix));
      if (!frame) throw new Error(`no frame at ${urlPrefix}… in ${page.url()} (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
      return frame.evaluate(fn as never, arg as never) as Promise<R>;
    },
    bringToFront: () => page.bringToFront(),
    startTrace: async () => {
      const cdp = await page.context().newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
      return async () => {
        const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
        await cdp.send('Tracing.end');
        await complete;
        await cdp.detach().catch(() => undefined);
        return events;
      };
    },
    dialogs: () => [...dialogs],
    close: () => page.close(),
  };
}

/** What sent a request: its service worker, else the document of its frame. */
function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

/** Makes the profile at `userDataDir` block extensions on `origin`, as a person does with "Don't allow
 *  extensions on this site" (a feature Chromium 156 turns on with EXTENSION_ACCESS_FEATURES). */
function blockExtensionsOn(userDataDir: string, origin: string): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { user_permissions: { restricted_sites: [origin] } } }));
}

const EXTENSION_ACCESS_FEATURES = '--enable-features=ExtensionsMenuAccessControl,ExtensionsMenuAccessControlWithPermittedSites';

/** Starts Chromium on the profile at `userDataDir` with the unpacked extension at `extensionDir` loaded. */
function startChromium(userDataDir: string, extensionDir: string, options: LaunchOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Headless through the flag: Playwright's own headless mode cannot load extensions.
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: VIEWPORT,
    timeout: 60_000,
    args: [
      '--headless=new',
      // Lets the driver uninstall and install the extension through the DevTools protocol (Extensions domain).
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Nothing but the test server resolves (under two names, two sites: 127.0.0.1 and localhost).
      ...offlineChromiumArgs(['127.0.0.1', 'localhost']),
      ...(options.extensionsBlockedOn ? [EXTENSION_ACCESS_FEATURES] : []),
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    // Chromium on Linux takes its interface language from the environment.
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
  });
}

/** The extension's service worker (started again by Chromium whenever it is needed). */
async function serviceWorkerOf(context: BrowserContext) {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 30_000 }))
  );
}

/** The extension's origin, from its service worker's address. */
async function extensionOriginOf(context: BrowserContext): Promise<string> {
  return `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}`;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserDriver> {
  const build = EXTENSION_DIRS.chromium;
  if (!existsSync(resolve(build, 'manifest.json'))) throw new Error(`no build at ${build}: run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'glossa-e2e-chromium-'));
  // A copy of the build inside the profile directory, removed with it.
  const extensionDir = join(userDataDir, 'extension');
  cpSync(build, extensionDir, { recursive: true });
  let context: BrowserContext | null = null;
  try {
    if (options.extensionsBlockedOn) blockExtensionsOn(userDataDir, options.extensionsBlockedOn);
    context = await startChromium(userDataDir, extensionDir, options);
    const extensionOrigin = await extensionOriginOf(context);
    const open = async (url: string) => {
      const page = await context!.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tabOf(page);
    };
    return {
      name: 'chromium',
      extensionOrigin,
      extensionId: new URL(extensionOrigin).host,
      // The context's request events cover its pages, the frames inside them (out-of-process extension frames
      // included) and, since Playwright 1.5x, its service workers.
      watchNetwork() {
        const seen: ObservedRequest[] = [];
        const watched = context!;
        const record = (request: Request) => seen.push({ url: request.url(), by: requester(request) });
        watched.on('request', record);
        return { requests: () => [...seen], stop: () => watched.off('request', record) };
      },
      async fetchFromBackground(url) {
        const worker = await serviceWorkerOf(context!);
        return worker.evaluate(
          (address) => fetch(address).then((response) => `status ${response.status}`, (error: Error) => `refused: ${error.message}`),
          url,
        );
      },
      watchExtensionErrors: () => watchExtensionErrors(context!, extensionOrigin),
      async logErrorInBackground(text) {
        await (await serviceWorkerOf(context!)).evaluate((message) => console.error(message), text);
      },
      async uninstallExtension() {
        const cdp = await context!.browser()!.newBrowserCDPSession();
        try {
          // The protocol uninstalls only an extension it loaded, not one of --load-extension: loaded again first.
          await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
          await cdp.send('Extensions.uninstall', { id: new URL(extensionOrigin).host });
        } finally {
          await cdp.detach();
        }
      },
      async installExtension() {
        const cdp = await context!.browser()!.newBrowserCDPSession();
        const { id } = await cdp.send('Extensions.loadUnpacked', { path: extensionDir }).finally(() => cdp.detach());
        if (`chrome-extension://${id}` !== extensionOrigin) throw new Error(`the extension came back as ${id}, not ${extensionOrigin}`);
        await serviceWorkerOf(context!);
      },
      // The DevTools protocol's ServiceWorker domain, from a page of the extension's origin: it reports the worker's
      // versions, and stops one as Chrome does an idle worker.
      async stopBackground() {
        const page = await context!.newPage();
        try {
          await page.goto(`${extensionOrigin}/notes.html`);
          const cdp = await context!.newCDPSession(page);
          const reached = (status: string) =>
            new Promise<string>((found) => {
              cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
                const version = versions.find((v) => v.scriptURL.startsWith(extensionOrigin) && v.runningStatus === status);
                if (version) found(version.versionId);
              });
            });
          const timeout = (what: string) => sleep(10_000).then(() => Promise.reject(new Error(`the service worker ${what}`)));
          const running = reached('running');
          await cdp.send('ServiceWorker.enable');
          const versionId = await Promise.race([running, timeout('is not running')]);
          const stopped = reached('stopped');
          await cdp.send('ServiceWorker.stopWorker', { versionId });
          await Promise.race([stopped, timeout('did not stop')]);
          return true;
        } finally {
          await page.close();
        }
      },
      openPage: (url) => open(url),
      openExtensionPage: (pathAndQuery) => open(`${extensionOrigin}/${pathAndQuery}`),
      async restart() {
        await context!.close();
        context = null;
        context = await startChromium(userDataDir, extensionDir, options);
        const origin = await extensionOriginOf(context);
        if (origin !== extensionOrigin) throw new Error(`the extension came back as ${origin}, not ${extensionOrigin}`);
      },
      async close() {
        try {
          await context?.close();
        } finally {
          rmSync(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

defineBrowserSuite('chromium', launchChromium);
defineNotesSuite('chromium', launchChromium);
defineAnchoringSuite('chromium', launchChromium);
defineHostileSuite('chromium', launchChromium);
defineTabKindsSuite('chromium', launchChromium);
defineUnderlineCostSuite('chromium', launchChromium);
defineRealSitesSuite('chromium', launchChromium);
defineVoicesSuite('chromium', launchChromium);
