import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
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
  },
});
