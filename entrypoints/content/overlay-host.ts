/**
 * The overlay's host on the page: an element of its own at the end of <body>, holding a closed shadow root (a page
 * script cannot reach the overlay's elements) with the overlay's styles and a body its views render into. Made with
 * the platform's attachShadow rather than WXT's shadow-root UI, whose anchoring, auto-mounting and fetched styles
 * the overlay does not use and whose code every article's page would load.
 */
import type { ContentScriptContext } from '#imports';

export interface OverlayHost {
  /** The element on the page. */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Where the overlay's views render. */
  uiContainer: HTMLElement;
  /** Puts the host at the end of <body>. */
  mount(): void;
  /** Takes the host off the page and empties it. */
  remove(): void;
}

/** How often the overlay asks whether its extension is still there (see below). */
const EXTENSION_CHECK_MS = 2_000;

/** `name`: the host element's name (a custom element's: two words, kebab-case); `css`: the overlay's styles. */
export function createOverlayHost(ctx: ContentScriptContext, name: string, css: string): OverlayHost {
  const shadowHost = document.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // No style of the page reaches the overlay through inheritance.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const uiContainer = document.createElement('body');
  head.append(style);
  html.append(head, uiContainer);
  shadow.append(html);
  const remove = () => {
    shadowHost.remove();
    uiContainer.replaceChildren();
  };
  ctx.onInvalidated(remove);
  // An update or removal of the extension leaves this script running without it, its overlay dead on the page; WXT's
  // context notices that only when asked, and its timers ask.
  ctx.setInterval(() => {}, EXTENSION_CHECK_MS);
  const mount = () => {
    // The overlay of an earlier copy of this script that could not take it away (Firefox unloads it on an update).
    for (const leftover of document.querySelectorAll(name)) if (leftover !== shadowHost) leftover.remove();
    (document.body ?? document.documentElement).append(shadowHost);
  };
  return { shadowHost, shadow, uiContainer, mount, remove };
}
