import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';

/**
 * The policy of the extension's own pages (popup, notes page, note frame) and of its background: scripts, styles
 * and images only from the extension itself, no inline script, no plugin, and no network at all (`connect-src
 * 'none'` covers fetch, XHR, WebSocket, EventSource and beacons). The note frame is shown inside web pages, so
 * http(s) pages may frame it (it is the only page they can reach: web_accessible_resources).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'none'",
  "frame-ancestors 'self' http: https:",
].join('; ');

/** How long the content script's body waits at most for an idle period once the extension API is set up. */
const CONTENT_START_TIMEOUT_MS = 1000;

/**
 * The content script's start in four tasks rather than one: the task that evaluates the built script only compiles
 * its outer function and sets a timer; the next two tasks touch the extension API, `chrome` then `browser`, which
 * Firefox sets up for the page at their first use (webextension-polyfill and WXT's ContentScriptContext read `runtime.id` as the script loads: the
 * longest task of Glossa's in Firefox when it shared the evaluation's task); the script's body (its modules' top
 * level, then `main`) runs in an idle period after that, as it ran before, only later. In Chromium, where the API is
 * there already, the start is split between compiling and running all the same.
 */
function deferContentScript(): Plugin {
  return {
    name: 'glossa-defer-content-script',
    // After WXT's own plugins, which make the built script an anonymous function called at once.
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.fileName.startsWith('content-scripts/')) continue;
        // Firefox has `chrome` too, and the polyfill reads both: each namespace is set up in a task of its own.
        chunk.code = `setTimeout(()=>{chrome.runtime.id;setTimeout(()=>{self.browser?.runtime.id;requestIdleCallback(()=>{${chunk.code}},{timeout:${CONTENT_START_TIMEOUT_MS}})})});`;
      }
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), deferContentScript()],
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission and why is listed in the README. The content script's match patterns give it the pages.
    // clipboardWrite: a citation is put on the clipboard from the extension's own document (Chrome's offscreen one,
    // hence `offscreen`), with no click there; see utils/clipboard.ts.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'clipboardWrite', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // The content script's pages, again: the background injects the overlay's code into those where it finds an
    // article (see utils/overlay-code.ts), which scripting.executeScript allows only with host permissions.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The keyboard: every action on quotations, each changeable in the browser's shortcut settings. Chrome takes
    // at most four suggested keys; the other commands wait for the reader to give them one (each is also a button
    // of the quotation's card, which the first two open with the focus in it).
    commands: {
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_toggleOverlay__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_noteSelectionMenu__' },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextQuote__' },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousQuote__' },
      'speaker-next-quote': { description: '__MSG_commandSpeakerNext__' },
      'open-card': { description: '__MSG_commandOpenCard__' },
      'copy-citation': { description: '__MSG_commandCopyCitation__' },
      'open-library': { description: '__MSG_commandOpenLibrary__' },
    },
    // The note frame: an extension page shown inside the article's tab, so that a note is typed and shown where
    // the page's scripts cannot reach it.
    web_accessible_resources: [{ resources: ['note-frame.html'], matches: ['http://*/*', 'https://*/*'] }],
    // Built extensions only: `npm run dev` loads its scripts from WXT's dev server and talks to it over a socket,
    // which this policy forbids; WXT gives dev builds their own policy. WXT writes it as a string for MV2.
    ...(command === 'build' && { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Glossa collects nothing: every note and setting stays on the user's machine.
        gecko: { id: 'glossa@glossa-reader.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
