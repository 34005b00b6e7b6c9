/**
 * Starts the system's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) through playwright-core, offline, on a
 * throw-away profile, with or without an unpacked extension. No browser is downloaded; no request leaves 127.0.0.1.
 * Used by `npm run bench` (scripts/bench-browser.ts) and `npm run sweep` (scripts/sweep.ts); the flags are those of
 * tests/e2e/chromium.e2e.ts, which also reads the overlay and the extension's errors as they are read here.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type WebError } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** Flags for a quiet, offline Chromium: only the given host names resolve (the local test or bench server), and no
 *  background service calls home. Shared with the end-to-end tests. */
export function offlineChromiumArgs(hosts: readonly string[] = ['127.0.0.1']): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    `--host-resolver-rules=MAP * ~NOTFOUND, ${hosts.map((host) => `EXCLUDE ${host}`).join(', ')}`,
    '--lang=en-US',
  ];
}

/** A Chromium trace event (the Trace Event Format); times in microseconds. Read by the benchmark and by the
 *  end-to-end tests. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own time in the event (its CPU time), where the trace records it. */
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** The names a task of a Chromium thread's event loop has in a trace (the old one and the current one). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** What a trace of one page load says about the main thread of the page's renderer, in ms. */
export interface MainThreadTasks {
  /** The longest task of any kind: parsing, style and layout, the page's scripts, the extension's. */
  longestMs: number;
  /** The longest task that ran code of an extension (its content script), 0 when none did. */
  extensionMs: number;
  /** The most CPU time the main thread spent in one task that ran code of an extension: on a busy machine a task
   *  lasts longer than the thread worked in it, while it waits for a CPU. */
  extensionCpuMs: number;
}

/**
 * Reads the tasks of the page's main thread out of a trace: that thread is the one that committed the page's
 * load, and a task ran extension code when a script was compiled, evaluated or called in it from a
 * chrome-extension:// address.
 */
export function mainThreadTasks(events: TraceEvent[], url: string): MainThreadTasks {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  if (!commit) throw new Error('the page\'s main thread is not in the trace');
  const onMainThread = events.filter((e) => e.pid === commit.pid && e.tid === commit.tid);
  const tasks = onMainThread.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name));
  const extensionCode = onMainThread.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://')).map((e) => e.ts);
  const ranExtensionCode = (task: TraceEvent) => extensionCode.some((ts) => ts >= task.ts && ts <= task.ts + task.dur!);
  const longest = (xs: TraceEvent[], time: (task: TraceEvent) => number = (task) => task.dur!) => Math.round(Math.max(0, ...xs.map(time)) / 100) / 10;
  const extensionTasks = tasks.filter(ranExtensionCode);
  return { longestMs: longest(tasks), extensionMs: longest(extensionTasks), extensionCpuMs: longest(extensionTasks, (task) => task.tdur ?? task.dur!) };
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile (and the copy of the extension in it). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A built unpacked extension (e.g. `.output/chrome-mv3`); it is copied into the profile, not loaded in place. */
  extension?: string;
  /** Serve pages as if they had no Content-Security-Policy, so that scripts can be injected into any page. */
  bypassCSP?: boolean;
  /** The window's size (default 1280 × 800). */
  viewport?: { width: number; height: number };
}

/** Headless Chromium on a fresh temporary profile, with the extension loaded when one is given. */
export async function launchChromium({ extension, bypassCSP = false, viewport = DEFAULT_VIEWPORT }: LaunchOptions = {}): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'glossa-chromium-'));
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  const args = [...offlineChromiumArgs()];
  if (extension) {
    const extensionDir = join(userDataDir, 'extension');
    cpSync(extension, extensionDir, { recursive: true });
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      // Headless through the flag, both with and without the extension, so that both run the same browser:
      // Playwright's own headless mode cannot load extensions.
      headless: false,
      args: ['--headless=new', ...args],
      // Playwright passes --disable-extensions unless told not to.
      ...(extension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      viewport,
      bypassCSP,
      timeout: 60_000,
    });
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          removeProfile();
        }
      },
    };
  } catch (error) {
    removeProfile();
    throw error;
  }
}

/** Waits until the extension's service worker runs and returns the extension's origin (`chrome-extension://ID`). */
export async function extensionOrigin(context: BrowserContext): Promise<string> {
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isExtension(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isExtension(w.url()), timeout: 30_000 }));
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/**
 * Runs `fn(arg, overlay)` in the page's main world with the overlay's closed shadow root, which the DevTools
 * protocol reaches (DOM.describeNode with `pierce`) where no script of the page can. `arg` and the result go as JSON.
 */
export async function evaluateInOverlay<R, A>(page: Page, fn: (arg: A, overlay: ShadowRoot | null) => R | Promise<R>, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  const objectGroup = 'glossa-e2e-overlay';
  try {
    const { result: global } = await cdp.send('Runtime.evaluate', { expression: 'globalThis', objectGroup });
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('glossa-overlay')", objectGroup });
    let overlay: { objectId?: string; value?: null } = { value: null };
    if (host.objectId) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
      const root = node.shadowRoots?.[0];
      if (root) overlay = { objectId: (await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup })).object.objectId };
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: `async function (json, overlay) { return JSON.stringify(await (${fn.toString()})(JSON.parse(json), overlay)); }`,
      objectId: global.objectId,
      arguments: [{ value: JSON.stringify(arg ?? null) }, overlay],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value === undefined ? (undefined as R) : (JSON.parse(result.value) as R);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** Records the errors of the extension's pages and service worker: console errors (Chromium logs an unchecked
 *  runtime.lastError there) and the pages' uncaught exceptions. */
export function watchExtensionErrors(context: BrowserContext, extensionOrigin: string) {
  const seen: string[] = [];
  const ours = (url: string | undefined) => !!url?.startsWith(extensionOrigin);
  const onConsole = (message: ConsoleMessage) => {
    const where = message.worker()?.url() ?? message.page()?.url();
    if (message.type() === 'error' && ours(where)) seen.push(`${where}: ${message.text()}`);
  };
  const onError = (error: WebError) => {
    const where = error.page()?.url();
    if (ours(where)) seen.push(`${where}: uncaught ${error.error().message}`);
  };
  context.on('console', onConsole);
  context.on('weberror', onError);
  return {
    errors: () => [...seen],
    stop() {
      context.off('console', onConsole);
      context.off('weberror', onError);
    },
  };
}

