import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { zodNoEvalProbe } from './scripts/vite/zod-no-eval-probe';

// Host access is limited to the two supported sites; `storage` is the only API permission.
export default defineConfig({
  srcDir: '.',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), zodNoEvalProbe()] }),
  manifest: ({ browser }) => ({
    name: 'Second Thought',
    description:
      'A gentle pause before you message an ex. Notices risky drafts on WhatsApp Web and Messenger; nothing leaves your device.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-thought@second-thought.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
