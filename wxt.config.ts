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
    // Storage for the per-site pause switch; the content script's match patterns give it the pages.
    permissions: ['storage'],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_toggleOverlay__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Glossa collects nothing: every note and setting stays on the user's machine.
        gecko: { id: 'glossa@glossa-reader.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
