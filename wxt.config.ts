import preact from '@preact/preset-vite';
import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { preactNoInnerHtml } from './scripts/vite/preact-no-inner-html';
import { zodNoEvalProbe } from './scripts/vite/zod-no-eval-probe';

function toAliasArray(alias: AliasOptions | undefined) {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

// Host access is limited to the two supported sites; `storage` is the only API permission.
export default defineConfig({
  srcDir: '.',
  imports: false,
  hooks: {
    // webextension-polyfill gives the pages and the background promise-based `browser` APIs on
    // every browser. Content scripts leave it out: they use only runtime messaging and
    // storage.onChanged (promise-based in Chrome and Firefox alike), and every kilobyte there is
    // parsed on each WhatsApp and Messenger page load (budget: 50 kB per content script).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' },
        ...toAliasArray(config.resolve.alias),
      ];
    },
  },
  vite: () => ({ plugins: [preact(), zodNoEvalProbe(), preactNoInnerHtml()] }),
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
              // 140 is the first desktop Firefox that reads data_collection_permissions (142 on
              // Android); stores require that declaration, so older versions are not targeted.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
