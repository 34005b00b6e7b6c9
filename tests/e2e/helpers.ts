/**
 * The end-to-end checks, written once and run against every browser through a small driver interface
 * (`BrowserDriver` / `Tab`). `chromium.e2e.ts` and `firefox.e2e.ts` only launch their browser with the built
 * extension and adapt it to the interface; `defineBrowserSuite` registers the same tests for both (and notes.ts's
 * `defineNotesSuite` the notes checks, hostile.ts's `defineHostileSuite` the checks against hostile pages and of
 * Glossa's own network, on the same interface).
 *
 * The UI contract checked here:
 * - on an article, a light-DOM host `<glossa-overlay>` with a closed shadow root (read through the driver:
 *   `Tab.evaluateInOverlay`) holding `[data-glossa-panel]`
 *   (with `dir` of the article; `data-collapsed="true"` when folded to its toggle button),
 *   `<nav aria-label="Glossa outline">` with one link per heading, and `[data-glossa-speaker]` legend buttons;
 * - quotes highlighted with `CSS.highlights` entries named `glossa-…`, the page's own DOM unchanged;
 * - hovering a quote shows `[role="dialog"][data-glossa-card]` with the speaker and an "Add note" button;
 * - `popup.html?tab=ID`: `<h1>` title, `[aria-label="Summary"]` paragraphs, `<nav aria-label="Outline">`,
 *   `[aria-label="Speakers"]` items with quote counts, `input[role="switch"][data-glossa-pause]`, and on a
 *   non-article `[data-glossa-not-article]` with an "Analyse anyway" button.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
export type { TraceEvent } from '../../scripts/chromium';
import { AR_ARTICLE, EN_ARTICLE, HOME_PATH, SEED_PRESENT, SPA_NEXT, seedCases, type ArticleCase } from './cases';
import type { TraceEvent } from '../../scripts/chromium';
import { SEED_DIR, startServer, type StaticServer } from './server';

// ---------------------------------------------------------------------------------------------------------------
// The driver interface

/** A browser tab, web page or extension page. */
export interface Tab {
  /** Runs `fn(arg)` in the page's main world; `fn` is serialised, so it must not use anything from its scope. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  /** PNG of the viewport (or the whole page). */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Moves the mouse to viewport coordinates. */
  hover(x: number, y: number): Promise<void>;
  /** Clicks at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Types text with the keyboard into whatever has the focus (in the page or in a frame inside it). */
  type(text: string): Promise<void>;
  /** Presses a key, with modifiers held: `Enter`, `Control+Enter`. */
  press(keys: string): Promise<void>;
  /** Like `evaluate`, with the overlay's closed shadow root (null when there is no overlay) as `fn`'s second
   *  argument: the driver reaches it through the browser's debugging protocol, as no script of the page can. `arg`
   *  and the result travel as JSON. */
  evaluateInOverlay<R, A>(fn: (arg: A, overlay: ShadowRoot | null) => R | Promise<R>, arg: A): Promise<R>;
  /** Like `evaluate`, in the frame inside this tab whose address starts with `urlPrefix` (an extension page shown
   *  in an iframe); rejects when there is no such frame. */
  evaluateInFrame<R, A>(urlPrefix: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  bringToFront(): Promise<void>;
  /** Starts recording a trace of the browser (the DevTools Performance panel's categories); the function returned
   *  stops it and gives its events. Null where the browser offers a driver no trace (Firefox). */
  startTrace(): Promise<(() => Promise<TraceEvent[]>) | null>;
  /** The alert, confirm and prompt dialogs the tab (or a frame in it) opened since it was opened, each dismissed at
   *  once: `alert: MESSAGE`. */
  dialogs(): string[];
  close(): Promise<void>;
}

/** A request a browser was seen sending. */
export interface ObservedRequest {
  url: string;
  /** What sent it: the address of the document (page, extension page, frame), `service worker …`, or `proxy` for
   *  a request that reached the driver's proxy (see firefox.e2e.ts). */
  by: string;
}

export interface NetworkWatch {
  /** Every request seen since the watch began. */
  requests(): ObservedRequest[];
  stop(): void;
}

export interface ErrorWatch {
  /** Every error the extension's pages and background logged since the watch began: console errors (an unchecked
   *  runtime.lastError among them) and uncaught exceptions. */
  errors(): string[];
  stop(): void;
}

export interface BrowserDriver {
  readonly name: string;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash; the same after a restart. */
  readonly extensionOrigin: string;
  /** The extension's `runtime.id`: the Chrome extension id, or the Firefox add-on id (not the UUID of its origin). */
  readonly extensionId: string;
  /** Starts recording every request the browser is seen sending: by its tabs (web pages, extension pages and the
   *  frames inside them) and by the extension's background where the browser lets a driver see it. */
  watchNetwork(): NetworkWatch;
  /** Runs `fetch(url)` in the extension's background (service worker or background page): `status N`, or
   *  `refused: REASON` when the fetch was not allowed. */
  fetchFromBackground(url: string): Promise<string>;
  /** Starts recording the errors the extension logs (see ErrorWatch). */
  watchExtensionErrors(): ErrorWatch;
  /** Logs `text` with console.error in the extension's background: what an ErrorWatch must hear. */
  logErrorInBackground(text: string): Promise<void>;
  /** Uninstalls the extension: its pages close, and every tab opened until it is installed again has none of it. */
  uninstallExtension(): Promise<void>;
  /** Installs the extension again, under the same origin: the tabs opened meanwhile get its content script in
   *  Firefox (which injects it into open tabs), not in Chromium. */
  installExtension(): Promise<void>;
  /** Stops the extension's background as the browser does when it is idle (Chromium's service worker, whose memory
   *  goes with it; the browser starts it again for the next event). False where the browser keeps it running
   *  (Firefox's background page). */
  stopBackground(): Promise<boolean>;
  /** Opens a page (http(s), about:, the browser's own pages) in a new tab and waits until it is loaded. */
  openPage(url: string): Promise<Tab>;
  /** Opens an extension page (`popup.html?tab=3`) in a new tab and waits until it is loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** Quits the browser and starts it again on the same profile with the same extension, as a person closing and
   *  reopening it. Every tab opened before is gone. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 900 };
/** The builds under test (`npm run build`); each run copies its build, so a rebuild meanwhile cannot disturb it. */
export const EXTENSION_DIRS = {
  chromium: resolve(process.env.GLOSSA_E2E_CHROME_DIR ?? resolve(__dirname, '../../.output/chrome-mv3')),
  firefox: resolve(process.env.GLOSSA_E2E_FIREFOX_DIR ?? resolve(__dirname, '../../.output/firefox-mv2')),
};
export const SCREENSHOT_DIR = resolve(__dirname, '../../artifacts/screenshots');

/** Longer than a smooth scroll takes in Chromium and Firefox. */
const SMOOTH_SCROLL_MS = 1500;
/** How long the content script gets to show the overlay (document_idle, then an idle callback, then analysis). */
const OVERLAY_TIMEOUT = 15_000;
/** How long a page is left before asserting that the extension did *not* show anything. */
const SETTLE_MS = 3_000;
export const POPUP_TIMEOUT = 10_000;
const UI_TIMEOUT = 5_000;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `read` until `ok` holds; throws with the last value read on timeout. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = UI_TIMEOUT,
  interval = 150,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (error) {
      // The page may be navigating: its context can vanish between two reads.
      lastError = error;
    }
    if (Date.now() >= end) {
      const detail = lastError ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last)?.slice(0, 1500)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; ${detail}`);
    }
    await sleep(interval);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What the tests read in the page: one self-contained function run in the page (it is serialised, so everything
// it uses is defined inside it), asked for one thing at a time.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export interface OverlayState {
  hosts: number;
  /** The overlay's shadow root, as the driver reaches it. */
  shadowRoot: boolean;
  /** The page's own script can read the shadow root (host.shadowRoot): it must not. */
  openToPage: boolean;
  /** `side`: the window's edge it stands at (`left`, `right`). */
  panel: { dir: string | null; computedDir: string; collapsed: boolean; side: string | null; box: Box; buttons: string[] } | null;
  outline: string[] | null;
  /** Index of the outline link marked aria-current (the section being read), or -1. */
  current: number;
  speakers: { name: string; attr: string | null; box: Box }[];
  card: { text: string; buttons: string[]; box: Box } | null;
}

export interface QuoteGroup {
  text: string;
  /** The first client rect of the quote's range, in viewport coordinates. */
  first: Box | null;
  box: Box;
}

export interface HighlightState {
  names: string[];
  ranges: number;
  groups: QuoteGroup[];
}

export interface PopupState {
  h1: string | null;
  summary: string[] | null;
  outline: string[] | null;
  speakers: string[] | null;
  notArticle: { text: string; buttons: string[] } | null;
  /** The message that Glossa cannot read the tab's page. */
  unavailable: string | null;
  buttons: string[];
  pause: { checked: boolean; disabled: boolean } | null;
  /** The browser's on-device summary: whether the browser has the Summarizer API, whether the popup offers its
   *  summary, and whether it is the one shown. */
  onDevice: { api: boolean; offered: boolean; chosen: boolean };
  text: string;
}

export type ProbeRequest =
  | { op: 'overlay' }
  | { op: 'highlights' }
  | { op: 'lightDom' }
  | { op: 'textNodes' }
  | { op: 'articleBox' }
  | { op: 'articleText' }
  | { op: 'scrollToQuote'; index: number }
  | { op: 'scrollToBottom' }
  | { op: 'scrollToTop' }
  | { op: 'viewport' }
  | { op: 'shadowTarget'; selector: string; index: number; reveal: boolean }
  | { op: 'popup' }
  | { op: 'clickPause' }
  | { op: 'tabIds' }
  | { op: 'ownTabId' }
  | { op: 'replaceArticle'; html: string; url: string };

/* eslint-disable @typescript-eslint/no-explicit-any */
/** `overlay`: the overlay's closed shadow root, given by `Tab.evaluateInOverlay` (the ops that read the overlay). */
export function probe(req: ProbeRequest, overlay: ShadowRoot | null = null): unknown {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const box = (r: { top: number; left: number; bottom: number; right: number; width: number; height: number }) => ({
    top: r.top,
    left: r.left,
    bottom: r.bottom,
    right: r.right,
    width: r.width,
    height: r.height,
  });
  /** Accessible name, simplified: aria-label, aria-labelledby, else the text without aria-hidden parts. */
  const accName = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return norm(label);
    const by = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    if (by && 'getElementById' in root) {
      const text = by
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ');
      if (norm(text)) return norm(text);
    }
    const clone = el.cloneNode(true) as Element;
    clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    const text = norm(clone.textContent);
    if (text) return text;
    return norm(el.getAttribute('title') ?? (el as HTMLInputElement).value ?? '');
  };
  const hostEl = document.querySelector('glossa-overlay');
  const shadow = overlay;

  const highlightGroups = () => {
    const names: string[] = [];
    const ranges: Range[] = [];
    const registry = (globalThis as any).CSS?.highlights;
    if (registry) {
      registry.forEach((highlight: any, name: string) => {
        if (!String(name).startsWith('glossa-')) return;
        names.push(name);
        highlight.forEach((r: AbstractRange) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          ranges.push(range);
        });
      });
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    // Ranges that touch or overlap (a quote split over inline elements, a quote in two highlights) are one quote.
    const groups: Range[] = [];
    for (const r of ranges) {
      const last = groups[groups.length - 1];
      if (last) {
        const gap = document.createRange();
        gap.setStart(last.endContainer, last.endOffset);
        gap.setEnd(r.startContainer, r.startOffset); // collapses when r starts before last ends
        if (gap.toString() === '') {
          if (last.compareBoundaryPoints(Range.END_TO_END, r) < 0) last.setEnd(r.endContainer, r.endOffset);
          continue;
        }
      }
      groups.push(r.cloneRange());
    }
    return {
      names,
      ranges: ranges.length,
      groups: groups.map((g) => {
        const rects = Array.from(g.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        return { text: g.toString(), first: rects[0] ? box(rects[0]) : null, box: box(g.getBoundingClientRect()) };
      }),
    };
  };

  /** The article body's text box: the paragraphs of the `<article>` (or of the first paragraph's parent). */
  const articleBody = () => {
    const firstP = Array.from(document.querySelectorAll('p')).find((p) => norm(p.textContent).length > 80) ?? null;
    const container = firstP?.closest('article') ?? document.querySelector('article') ?? firstP?.parentElement ?? null;
    if (!container) return null;
    const paragraphs = Array.from(container.querySelectorAll('p')).filter((p) => norm(p.textContent).length > 40);
    const rects = (paragraphs.length ? paragraphs : [container]).map((p) => p.getBoundingClientRect());
    const top = Math.min(...rects.map((r) => r.top));
    const left = Math.min(...rects.map((r) => r.left));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const right = Math.max(...rects.map((r) => r.right));
    return { container, box: { top, left, bottom, right, width: right - left, height: bottom - top } };
  };

  switch (req.op) {
    case 'overlay': {
      const panel = shadow?.querySelector('[data-glossa-panel]') ?? null;
      const nav = shadow?.querySelector('nav[aria-label="Glossa outline"]') ?? null;
      const card = shadow?.querySelector('[role="dialog"][data-glossa-card]') ?? null;
      return {
        hosts: document.querySelectorAll('glossa-overlay').length,
        shadowRoot: !!shadow,
        openToPage: !!hostEl?.shadowRoot,
        panel: panel && {
          dir: panel.getAttribute('dir'),
          computedDir: getComputedStyle(panel).direction,
          collapsed: panel.getAttribute('data-collapsed') === 'true',
          side: panel.getAttribute('data-side'),
          box: box(panel.getBoundingClientRect()),
          buttons: Array.from(panel.querySelectorAll('button')).map(accName),
        },
        outline: nav && Array.from(nav.querySelectorAll('a')).map(accName),
        current: nav ? Array.from(nav.querySelectorAll('a')).findIndex((a) => a.hasAttribute('aria-current')) : -1,
        speakers: Array.from(shadow?.querySelectorAll('[data-glossa-speaker]') ?? []).map((el) => ({
          name: accName(el),
          attr: el.getAttribute('data-glossa-speaker'),
          box: box(el.getBoundingClientRect()),
        })),
        card: card && {
          text: norm(card.textContent),
          buttons: Array.from(card.querySelectorAll('button, [role="button"]')).map(accName),
          box: box(card.getBoundingClientRect()),
        },
      };
    }
    case 'highlights':
      return highlightGroups();
    case 'lightDom': {
      // Every element of the page's own DOM marked by the extension, apart from the overlay host itself.
      const stray: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        if (el === hostEl) continue;
        const marked =
          el.localName.startsWith('glossa') ||
          Array.from(el.attributes).some((a) => a.name.includes('glossa')) ||
          Array.from(el.classList).some((c) => c.startsWith('glossa'));
        if (marked) stray.push(el.outerHTML.slice(0, 200));
      }
      return { stray: stray.slice(0, 10), count: stray.length, hostParent: hostEl?.parentElement?.localName ?? null };
    }
    case 'textNodes':
      // The page's text nodes against the same HTML parsed afresh: the extension must not have changed any.
      return fetch(location.href, { cache: 'no-store' })
        .then((r) => r.text())
        .then((html) => {
          const served = new DOMParser().parseFromString(html, 'text/html');
          const texts = (root: Node | null) => {
            const out: string[] = [];
            if (!root) return out;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const parent = n.parentElement;
              if (parent?.closest('script, style, noscript, template, glossa-overlay')) continue;
              out.push(n.nodeValue ?? '');
            }
            return out;
          };
          const live = texts(document.body);
          const fresh = texts(served.body);
          let index = -1;
          for (let i = 0; i < Math.max(live.length, fresh.length); i++) {
            if (live[i] !== fresh[i]) {
              index = i;
              break;
            }
          }
          return {
            equal: index < 0,
            live: live.length,
            served: fresh.length,
            firstDifference: index < 0 ? null : { index, live: live[index] ?? null, served: fresh[index] ?? null },
          };
        });
    case 'articleBox': {
      const body = articleBody();
      return body && body.box;
    }
    case 'articleText':
      return norm((articleBody()?.container as HTMLElement | undefined)?.innerText ?? '');
    case 'scrollToQuote': {
      const group = highlightGroups().groups[req.index];
      if (!group?.first) return null;
      window.scrollTo({ top: window.scrollY + group.first.top - window.innerHeight / 3, behavior: 'instant' });
      return highlightGroups().groups[req.index];
    }
    case 'scrollToTop':
      window.scrollTo(0, 0);
      return null;
    case 'scrollToBottom':
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      return window.scrollY;
    case 'viewport':
      return { width: window.innerWidth, height: window.innerHeight, scrollY: window.scrollY };
    case 'shadowTarget': {
      const el = shadow?.querySelectorAll(req.selector)[req.index] as HTMLElement | undefined;
      if (!el) return null;
      // Scrolled into view inside the panel, as a person would scroll it to reach the control.
      if (req.reveal) el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const visible = r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
      // What a mouse click at the centre would hit (inside the shadow root when it is the overlay).
      const hit = visible ? (shadow?.elementFromPoint(x, y) ?? null) : null;
      const hittable = !!hit && (hit === el || el.contains(hit));
      return { x, y, hittable, name: accName(el) };
    }
    case 'popup': {
      const summary = document.querySelector('[aria-label="Summary"]');
      const outline = document.querySelector('nav[aria-label="Outline"]');
      const speakers = document.querySelector('[aria-label="Speakers"]');
      const notArticle = document.querySelector('[data-glossa-not-article]');
      const unavailable = document.querySelector('[data-glossa-unavailable]');
      const pause = document.querySelector('input[role="switch"][data-glossa-pause]') as HTMLInputElement | null;
      const onDevice = document.querySelector('input[data-glossa-on-device]') as HTMLInputElement | null;
      const items = speakers
        ? Array.from(speakers.querySelectorAll('li, [role="listitem"]')).filter((li) => {
            // Top-level items only, not items of a list nested in an item.
            const outer = li.parentElement?.closest('li, [role="listitem"]');
            return !outer || !speakers.contains(outer);
          })
        : [];
      return {
        h1: document.querySelector('h1') ? norm(document.querySelector('h1')!.textContent) : null,
        summary: summary && Array.from(summary.querySelectorAll('p')).map((p) => norm(p.textContent)),
        outline: outline && Array.from(outline.querySelectorAll('a')).map(accName),
        speakers: speakers && items.map((li) => norm(li.textContent)),
        notArticle: notArticle && {
          text: norm(notArticle.textContent),
          buttons: Array.from(notArticle.querySelectorAll('button, [role="button"]')).map(accName),
        },
        unavailable: unavailable && norm(unavailable.textContent),
        buttons: Array.from(document.querySelectorAll('button, [role="button"]')).map(accName),
        pause: pause && { checked: pause.checked, disabled: pause.disabled },
        onDevice: {
          api: typeof (globalThis as { Summarizer?: unknown }).Summarizer !== 'undefined',
          offered: onDevice !== null,
          chosen: onDevice?.checked === true,
        },
        text: norm(document.body?.innerText).slice(0, 500),
      };
    }
    case 'clickPause': {
      const pause = document.querySelector('input[role="switch"][data-glossa-pause]') as HTMLInputElement | null;
      if (!pause) return null;
      pause.click();
      return pause.checked;
    }
    case 'tabIds': {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.query({}).then((tabs: { id?: number }[]) => tabs.map((t) => t.id));
    }
    case 'ownTabId': {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.getCurrent().then((tab: { id?: number } | undefined) => tab?.id ?? null);
    }
    case 'replaceArticle': {
      // What a single-page news site does: a new address, and a new article in place of the old one.
      history.pushState({}, '', req.url);
      const fresh = document.createElement('article');
      fresh.innerHTML = req.html;
      document.querySelector('article')!.replaceWith(fresh);
      return location.pathname;
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export const readOverlay = (tab: Tab) => tab.evaluateInOverlay(probe, { op: 'overlay' }) as Promise<OverlayState>;
export const readHighlights = (tab: Tab) => tab.evaluate(probe, { op: 'highlights' }) as Promise<HighlightState>;
export const readPopup = (tab: Tab) => tab.evaluate(probe, { op: 'popup' }) as Promise<PopupState>;

// ---------------------------------------------------------------------------------------------------------------
// Comparisons

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Words of a label or text, for checking that an inferred outline label is made of the article's words. */
function words(s: string): string[] {
  return s
    .toLocaleLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A count as it may be written: Western, Arabic-Indic or Persian digits, as a whole number. */
function countPattern(n: number): RegExp {
  const forms = [String(n), String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]), String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d])];
  return new RegExp(`(^|[^\\d٠-٩۰-۹])(${forms.join('|')})(?![\\d٠-٩۰-۹])`, 'u');
}

const hasAny = (text: string, names: string[]) => names.some((n) => text.includes(n));

export function shotPath(browser: string, name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, `${browser}-${name}.png`);
}

// ---------------------------------------------------------------------------------------------------------------
// The suite

export interface LaunchOptions {
  /** An origin (`http://localhost:PORT`) on which the browser lets no extension run, as a user or the browser can
   *  decide for a site: Chromium's user-restricted sites, Firefox's quarantined domains. */
  extensionsBlockedOn?: string;
  /** The browser's interface language (`ar`): the extension's pages speak it, and are mirrored for a right-to-left
   *  one. Needs the browser's translations (Debian's chromium-l10n, firefox-esr-l10n-ar: scripts/setup-browsers.sh). */
  uiLanguage?: string;
}

export type LaunchDriver = (options?: LaunchOptions) => Promise<BrowserDriver>;

export interface Session {
  driver: BrowserDriver;
  server: StaticServer;
  /** An extension page kept open to ask the extension API for tab ids (opened again after a restart). */
  control: Tab;
}

/**
 * Starts the test server and the browser before the tests of the enclosing `describe`, and stops them after.
 * Returns the way to the session, which throws when the browser did not start.
 */
export function useBrowserSession(
  browserName: string,
  launch: LaunchDriver,
  options: (server: StaticServer) => LaunchOptions = () => ({}),
): () => Session {
  let session: Session | null = null;

  beforeAll(async () => {
    const server = await startServer();
    let driver: BrowserDriver | null = null;
    try {
      driver = await launch(options(server));
      const control = await driver.openExtensionPage('popup.html');
      session = { driver, server, control };
    } catch (error) {
      await driver?.close().catch(() => undefined);
      await server.close();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    const s = session;
    session = null;
    await s?.driver.close().catch((e) => console.warn(`closing ${browserName}:`, e));
    await s?.server.close();
  }, 60_000);

  return () => {
    if (!session) throw new Error(`${browserName} did not start (see the beforeAll error)`);
    return session;
  };
}

/** Quits the session's browser and starts it again on the same profile; every tab opened before is gone. */
export async function restartBrowser(session: Session): Promise<void> {
  await session.driver.restart();
  session.control = await session.driver.openExtensionPage('popup.html');
}

/** Uninstalls the extension and installs it again, as an update does; the session's control page opens again. */
export async function installAgain(session: Session): Promise<void> {
  await session.driver.uninstallExtension();
  await session.driver.installExtension();
  session.control = await session.driver.openExtensionPage('popup.html');
}

/** Opens `path` in a tab while the extension is uninstalled, then installs it again: a tab opened before the
 *  extension was installed. The session's control page opens again. */
export async function openBeforeInstall(session: Session, path: string): Promise<{ tab: Tab; tabId: number }> {
  const ids = await tabIds(session);
  await session.driver.uninstallExtension();
  const tab = await session.driver.openPage(session.server.url(path));
  await session.driver.installExtension();
  session.control = await session.driver.openExtensionPage('popup.html');
  ids.add((await session.control.evaluate(probe, { op: 'ownTabId' })) as number);
  const added = [...(await tabIds(session))].filter((id) => !ids.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab for ${path}, found ids ${JSON.stringify(added)}`);
  return { tab, tabId: added[0] };
}

/** The ids of the browser's tabs, as the extension sees them. */
async function tabIds(session: Session): Promise<Set<number>> {
  return new Set((await session.control.evaluate(probe, { op: 'tabIds' })) as number[]);
}

/** Opens a web page (a path on the test server, or a whole address) and finds its tab id: the one tab that appeared
 *  meanwhile (tab URLs are hidden without the "tabs" permission, so ids are compared instead). */
export async function openTracked(session: Session, path: string): Promise<{ tab: Tab; tabId: number }> {
  const before = await tabIds(session);
  const tab = await session.driver.openPage(/^[a-z-]+:/.test(path) ? path : session.server.url(path));
  const added = [...(await tabIds(session))].filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab for ${path}, found ids ${JSON.stringify(added)}`);
  return { tab, tabId: added[0] };
}

/** Opens `path` in a tracked tab (see `openTracked`), runs `use` with it, and closes the tab whatever happens. */
export async function inTrackedTab<T>(session: Session, path: string, use: (opened: { tab: Tab; tabId: number }) => Promise<T>): Promise<T> {
  const opened = await openTracked(session, path);
  try {
    return await use(opened);
  } finally {
    await opened.tab.close().catch(() => undefined);
  }
}

export async function openPopup(session: Session, tabId: number): Promise<Tab> {
  const popup = await session.driver.openExtensionPage(`popup.html?tab=${tabId}`);
  return popup;
}

export function waitForOverlay(tab: Tab, timeout = OVERLAY_TIMEOUT) {
  return waitFor(
    () => readOverlay(tab),
    (s) => s.hosts === 1 && s.shadowRoot && s.panel !== null,
    'a <glossa-overlay> host whose shadow root holds [data-glossa-panel]',
    timeout,
  );
}

export function waitForHighlights(tab: Tab, count: number) {
  return waitFor(
    () => readHighlights(tab),
    (s) => s.groups.length >= count,
    `CSS.highlights entries named glossa-… covering ${count} quotes`,
  );
}

/** Clicks a control of the overlay with the mouse, once it is on screen and not covered (scrolled into view in
 *  the panel first when it is not). The overlay acts on no other click: a script's element.click() is ignored. */
export async function clickShadow(tab: Tab, selector: string, index: number): Promise<void> {
  await tab.bringToFront();
  type Target = { x: number; y: number; hittable: boolean } | null;
  const locate = (reveal: boolean) => tab.evaluateInOverlay(probe, { op: 'shadowTarget', selector, index, reveal }) as Promise<Target>;
  let target = await locate(false);
  if (!target) throw new Error(`no ${selector} #${index} in the overlay`);
  if (!target.hittable) target = await locate(true);
  if (!target?.hittable) throw new Error(`${selector} #${index} of the overlay is not on screen, or covered: ${JSON.stringify(target)}`);
  await tab.click(target.x, target.y);
}

export async function expandPanel(tab: Tab): Promise<void> {
  const state = await readOverlay(tab);
  if (!state.panel?.collapsed) return;
  await clickShadow(tab, '[data-glossa-panel] button', 0);
  await waitFor(() => readOverlay(tab), (s) => !!s.panel && !s.panel.collapsed, 'the panel to expand after clicking its toggle');
}

function articleSuite(getSession: () => Session, c: ArticleCase): void {
  describe(`${c.id} (${c.path})`, () => {
    let tab: Tab;
    let tabId: number;
    let overlayError: string | null = null;
    let popup: Tab | null = null;
    const browser = () => getSession().driver.name;

    beforeAll(async () => {
      ({ tab, tabId } = await openTracked(getSession(), c.path));
      try {
        await waitForOverlay(tab);
        await waitForHighlights(tab, c.quotes.length).catch(() => undefined);
      } catch (error) {
        overlayError = (error as Error).message;
      }
      await tab.screenshot(shotPath(browser(), c.id));
    });

    afterAll(async () => {
      await popup?.close().catch(() => undefined);
      await tab?.close().catch(() => undefined);
    });

    const overlay = async () => {
      if (overlayError) throw new Error(overlayError);
      return readOverlay(tab);
    };

    it(`puts the panel ${c.dir === 'rtl' ? 'right-to-left, clear of the article text' : 'left-to-right'}`, async () => {
      const state = await overlay();
      const panel = state.panel!;
      if (c.dir === 'rtl') {
        expect(panel.dir, '[data-glossa-panel] dir attribute').toBe('rtl');
        if (!panel.collapsed) {
          const article = (await tab.evaluate(probe, { op: 'articleBox' })) as Box | null;
          expect(article, 'the article body box').not.toBeNull();
          expect(
            overlapArea(panel.box, article!),
            `panel ${JSON.stringify(panel.box)} overlaps the article text ${JSON.stringify(article)} (or collapse it)`,
          ).toBe(0);
        }
      } else {
        expect(panel.dir ?? 'ltr').not.toBe('rtl');
        expect(panel.computedDir).toBe('ltr');
      }
    });

    it('shows the overlay: a glossa-overlay host with an outline link per heading', async () => {
      const before = await overlay();
      expect(before.hosts).toBe(1);
      expect(before.shadowRoot).toBe(true);
      expect(before.openToPage, "the overlay's shadow root, read by a script of the page").toBe(false);
      // A panel folded to its toggle shows no outline: unfold it (the direction test above saw it as it came).
      await expandPanel(tab);
      const state = await waitFor(
        () => readOverlay(tab),
        (s) => s.outline !== null,
        '<nav aria-label="Glossa outline"> in the shadow root',
      );
      if (before.panel?.collapsed) await tab.screenshot(shotPath(browser(), `${c.id}-expanded`));
      const links = state.outline ?? [];
      if (c.headings) {
        expect(links, 'outline link texts = the headings').toEqual(c.headings.map(norm));
      } else {
        expect(links.length, 'inferred outline links').toBeGreaterThan(0);
        const text = c.articleText ?? ((await tab.evaluate(probe, { op: 'articleText' })) as string);
        const vocabulary = new Set(words(text));
        for (const link of links) {
          const label = link.replace(/(…|\.\.\.)$/u, '');
          const missing = words(label).filter((w) => !vocabulary.has(w));
          expect(missing, `words of the outline label "${link}" not in the article text`).toEqual([]);
        }
      }
    });

    it('highlights exactly the quotations with CSS.highlights, leaving the page DOM unchanged', async () => {
      await overlay();
      const state = await waitForHighlights(tab, c.quotes.length).catch(() => readHighlights(tab));
      expect(state.names.length, 'CSS.highlights entries named glossa-…').toBeGreaterThan(0);
      expect(state.groups.map((g) => g.text).sort()).toEqual(c.quotes.map((q) => q.text).sort());
      const light = (await tab.evaluate(probe, { op: 'lightDom' })) as { stray: string[]; count: number };
      expect(light.stray, 'elements of the page marked glossa-… (only the <glossa-overlay> host may be)').toEqual([]);
      const texts = (await tab.evaluate(probe, { op: 'textNodes' })) as { equal: boolean };
      expect(texts, 'the page text nodes against the served HTML').toMatchObject({ equal: true });
    });

    it('shows a card with the speaker and an "Add note" button when hovering the first quote', async () => {
      await overlay();
      await waitForHighlights(tab, 1);
      await tab.bringToFront();
      const group = (await tab.evaluate(probe, { op: 'scrollToQuote', index: 0 })) as QuoteGroup | null;
      expect(group?.first, 'the first highlighted quote has a client rect').toBeTruthy();
      expect(group!.text, 'the first highlighted quote').toBe(c.quotes[0].text);
      await sleep(100);
      const r = group!.first!;
      await tab.hover(r.left + r.width / 2, r.top + r.height / 2);
      const state = await waitFor(
        () => readOverlay(tab),
        (s) => s.card !== null && s.card.box.width > 0,
        'a visible [role="dialog"][data-glossa-card] in the shadow root after hovering the first quote',
      );
      expect(hasAny(state.card!.text, c.quotes[0].speaker), `card "${state.card!.text}" names one of ${c.quotes[0].speaker}`).toBe(true);
      expect(state.card!.buttons).toContain('Add note');
      if (c.id === 'seed-with-headings' || c.id === 'en-article') await tab.screenshot(shotPath(browser(), `${c.id}-card`));
      await tab.hover(2, 2);
    });

    it('scrolls to a section when its outline link is clicked, and marks it as the one being read', async () => {
      await overlay();
      await expandPanel(tab);
      const { outline } = await waitFor(() => readOverlay(tab), (s) => (s.outline?.length ?? 0) > 0, 'outline links');
      const targets = outline!.length > 1 ? [outline!.length - 1, 0] : [0];
      for (const index of targets) {
        await expandPanel(tab);
        await clickShadow(tab, 'nav[aria-label="Glossa outline"] a', index);
        // Where the page leaves the panel no room beside its text, choosing a section folds it (the reader goes back
        // to the text): they open it again to see which section is marked.
        await expandPanel(tab);
        await waitFor(() => readOverlay(tab), (s) => s.current === index, `aria-current on outline link #${index} ("${outline![index]}")`);
      }
      // Scrolling the page itself moves the mark: to the last section at the end, to the first at the top (once the
      // smooth scroll of the last click is over, or it would carry on past a scroll made meanwhile).
      await sleep(SMOOTH_SCROLL_MS);
      await tab.evaluate(probe, { op: 'scrollToBottom' });
      await waitFor(() => readOverlay(tab), (s) => s.current === outline!.length - 1, 'aria-current on the last section at the end of the page');
      await tab.evaluate(probe, { op: 'scrollToTop' });
      await waitFor(() => readOverlay(tab), (s) => s.current === 0, 'aria-current on the first section at the top of the page');
    });

    it('has one legend button per speaker, each scrolling to that speaker\'s first quote', async () => {
      await overlay();
      await waitForHighlights(tab, c.quotes.length);
      await expandPanel(tab);
      const state = await readOverlay(tab);
      expect(state.speakers.length, `[data-glossa-speaker] buttons: ${JSON.stringify(state.speakers.map((s) => s.name))}`).toBe(
        c.speakers.length,
      );
      for (const speaker of c.speakers) {
        const index = state.speakers.findIndex((s) => hasAny(s.name, speaker.names));
        expect(index, `a legend button naming one of ${speaker.names}`).toBeGreaterThanOrEqual(0);
        const firstQuote = c.quotes.find((q) => q.speaker.some((n) => speaker.names.includes(n)))!;
        await tab.evaluate(probe, { op: 'scrollToBottom' });
        await sleep(100);
        await clickShadow(tab, '[data-glossa-speaker]', index);
        const height = ((await tab.evaluate(probe, { op: 'viewport' })) as { height: number }).height;
        await waitFor(
          () => readHighlights(tab),
          (s) => {
            const g = s.groups.find((x) => x.text === firstQuote.text);
            if (!g) return false;
            const top = g.first?.top ?? g.box.top;
            return top >= 0 && top < height && (g.box.bottom <= height || g.box.height > height);
          },
          `the first quote of ${speaker.names[0]} ("${firstQuote.text.slice(0, 40)}…") inside the viewport`,
        );
      }
    });

    it('popup.html?tab=ID shows the title, summary, outline and speakers with their quote counts', async () => {
      const session = getSession();
      popup = await openPopup(session, tabId);
      const state = await waitFor(
        () => readPopup(popup!),
        (s) => s.h1 !== null && s.speakers !== null && s.summary !== null,
        'the popup to show <h1>, [aria-label="Summary"] and [aria-label="Speakers"]',
        POPUP_TIMEOUT,
      ).catch(async (error) => {
        await popup!.screenshot(shotPath(browser(), `${c.id}-popup`)).catch(() => undefined);
        throw error;
      });
      await popup.screenshot(shotPath(browser(), `${c.id}-popup`));
      expect(state.h1).toBe(c.title);
      expect(state.summary!.length, 'summary paragraphs').toBeGreaterThanOrEqual(2);
      expect(state.summary!.length, 'summary paragraphs').toBeLessThanOrEqual(5);
      for (const p of state.summary!) expect(p.length).toBeGreaterThan(0);
      // The browser's on-device summary is an option only: offered where the browser has the API (and a model ready
      // for the language), never shown unless the reader picks it; without the API the popup still works.
      if (!state.onDevice.api) expect(state.onDevice.offered, 'an on-device option without the Summarizer API').toBe(false);
      expect(state.onDevice.chosen, 'the on-device summary chosen by default').toBe(false);
      expect(state.outline, 'nav[aria-label="Outline"] link texts').not.toBeNull();
      if (!overlayError) expect(state.outline).toEqual((await readOverlay(tab)).outline);
      if (c.headings) expect(state.outline).toEqual(c.headings.map(norm));
      expect(state.speakers!.length, `speaker items ${JSON.stringify(state.speakers)}`).toBe(c.speakers.length);
      for (const speaker of c.speakers) {
        const item = state.speakers!.find((t) => hasAny(t, speaker.names));
        expect(item, `an item naming one of ${speaker.names} in ${JSON.stringify(state.speakers)}`).toBeDefined();
        expect(item!, `the item for ${speaker.names[0]} shows ${speaker.quotes} quotes`).toMatch(countPattern(speaker.quotes));
      }
    });
  });
}

/** Registers the whole end-to-end suite for one browser. */
export function defineBrowserSuite(browserName: string, launch: LaunchDriver): void {
  describe(`Glossa end to end in ${browserName}`, () => {
    const getSession = useBrowserSession(browserName, launch);

    for (const c of [EN_ARTICLE, AR_ARTICLE]) articleSuite(getSession, c);

    if (SEED_PRESENT) {
      for (const c of seedCases()) articleSuite(getSession, c);
    } else {
      console.warn(`seed end-to-end tests skipped: ${SEED_DIR} is absent`);
      it.skip(`seed pages (skipped: ${SEED_DIR} is absent)`, () => undefined);
    }

    describe(`a non-article page (${HOME_PATH})`, () => {
      it('gets no overlay, and its popup says it is not an article with an "Analyse anyway" button', async () => {
        const session = getSession();
        const { tab, tabId } = await openTracked(session, HOME_PATH);
        let popup: Tab | null = null;
        try {
          await sleep(SETTLE_MS);
          expect((await readOverlay(tab)).hosts, 'glossa-overlay hosts on a non-article').toBe(0);
          popup = await openPopup(session, tabId);
          const state = await waitFor(
            () => readPopup(popup!),
            (s) => s.notArticle !== null,
            'the popup to show [data-glossa-not-article]',
            POPUP_TIMEOUT,
          ).finally(() => popup!.screenshot(shotPath(session.driver.name, 'home-popup')).catch(() => undefined));
          const buttons = [...state.notArticle!.buttons, ...state.buttons];
          expect(buttons).toContain('Analyse anyway');
        } finally {
          await popup?.close().catch(() => undefined);
          await tab.close().catch(() => undefined);
        }
      });
    });

    describe('a single-page news site', () => {
      it('analyses the new article after in-page navigation: new outline, new highlights', async () => {
        const session = getSession();
        const { tab } = await openTracked(session, EN_ARTICLE.path);
        try {
          await waitForOverlay(tab);
          await waitForHighlights(tab, EN_ARTICLE.quotes.length);
          await tab.evaluate(probe, { op: 'replaceArticle', html: SPA_NEXT.html, url: SPA_NEXT.path });
          // The overlay reads the new article and draws its panel again: a click on the toggle before then is lost.
          // The new article's highlights tell that it has.
          const quoted = (s: Awaited<ReturnType<typeof readHighlights>>) => s.groups.map((g) => g.text).sort();
          const highlights = await waitFor(
            () => readHighlights(tab),
            (s) => JSON.stringify(quoted(s)) === JSON.stringify([...SPA_NEXT.quotes].sort()),
            'highlights of the new article only',
            OVERLAY_TIMEOUT,
          );
          expect(quoted(highlights)).toEqual([...SPA_NEXT.quotes].sort());
          await expandPanel(tab);
          await waitFor(
            () => readOverlay(tab),
            (s) => JSON.stringify(s.outline) === JSON.stringify(SPA_NEXT.headings.map(norm)),
            `the outline of the new article: ${JSON.stringify(SPA_NEXT.headings)}`,
            OVERLAY_TIMEOUT,
          );
        } finally {
          await tab.close().catch(() => undefined);
        }
      });
    });

    describe('the pause switch', () => {
      it('removes the overlay and highlights after a reload when on, and restores them when off', async () => {
        const session = getSession();
        const { tab, tabId } = await openTracked(session, EN_ARTICLE.path);
        let popup: Tab | null = null;
        let paused = false;
        try {
          await waitForOverlay(tab);
          await waitForHighlights(tab, EN_ARTICLE.quotes.length);
          popup = await openPopup(session, tabId);
          const initial = await waitFor(
            () => readPopup(popup!),
            (s) => s.pause !== null,
            'input[role="switch"][data-glossa-pause] in the popup',
            POPUP_TIMEOUT,
          );
          expect(initial.pause!.checked, 'the pause switch starts off').toBe(false);

          expect(await popup.evaluate(probe, { op: 'clickPause' }), 'the switch is on after a click').toBe(true);
          paused = true;
          await sleep(500);
          await tab.reload();
          await sleep(SETTLE_MS);
          expect((await readOverlay(tab)).hosts, 'glossa-overlay hosts while paused').toBe(0);
          expect((await readHighlights(tab)).names, 'glossa-… highlights while paused').toEqual([]);

          expect(await popup.evaluate(probe, { op: 'clickPause' }), 'the switch is off after a second click').toBe(false);
          paused = false;
          await sleep(500);
          await tab.reload();
          await waitForOverlay(tab);
          const restored = await waitForHighlights(tab, EN_ARTICLE.quotes.length);
          expect(restored.groups.map((g) => g.text).sort()).toEqual(EN_ARTICLE.quotes.map((q) => q.text).sort());
        } finally {
          if (paused && popup) await popup.evaluate(probe, { op: 'clickPause' }).catch(() => undefined);
          await popup?.close().catch(() => undefined);
          await tab.close().catch(() => undefined);
        }
      });
    });
  });
}
