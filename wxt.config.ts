import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Glossa',
    description: 'Outline, quoted speakers and summary of the news article you read; notes kept on your machine.',
    permissions: ['storage', 'activeTab'],
  },
});
