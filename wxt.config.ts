import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission and why is listed in the README. The content script's match patterns give it the pages.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_toggleOverlay__',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_noteSelectionMenu__',
      },
    },
    // The note frame: an extension page shown inside the article's tab, so that a note is typed and shown where
    // the page's scripts cannot reach it.
    web_accessible_resources: [{ resources: ['note-frame.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Glossa collects nothing: every note and setting stays on the user's machine.
        gecko: { id: 'glossa@glossa-reader.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
