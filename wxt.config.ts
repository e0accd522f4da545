import preact from '@preact/preset-vite';
import type { AliasOptions, InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { preactNoInnerHtml } from './scripts/vite/preact-no-inner-html';
import { zodNoEvalProbe } from './scripts/vite/zod-no-eval-probe';
import { SITE_ORIGIN_MATCHES } from './src/sites/lookup';

function toAliasArray(alias: AliasOptions | undefined) {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

/** The on-demand half of the content scripts (entrypoints/guard-chunk.ts), loaded with import(). */
const GUARD_CHUNK = 'guard-chunk';

/**
 * WXT builds unlisted scripts as IIFEs; the guard chunk must be an ES module so `import()` hands
 * its exports to the content script. Its return-value footer (for executeScript) is dropped too:
 * in a module it would name an undeclared variable. Vite keeps whitespace in ES library builds
 * (for the consumers' tree-shaking); this module is the end product, so it is fully minified.
 */
function buildAsModule(config: InlineConfig): void {
  const lib = config.build?.lib;
  if (lib) lib.formats = ['es'];
  const output = config.build?.rollupOptions?.output;
  if (output && !Array.isArray(output)) output.minify = true;
  config.plugins = (config.plugins ?? []).filter(
    (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'),
  );
}

// Host access is limited to the supported sites (src/sites/table.ts: each content script's
// `matches`); `storage` is the only API permission.
export default defineConfig({
  srcDir: '.',
  imports: false,
  // Interface words live in locales/*.yml (en, es, pt_BR); the module turns them into _locales
  // and gives typed keys (`import { i18n } from '#i18n'`). The browser's language picks one.
  modules: ['@wxt-dev/i18n/module'],
  hooks: {
    // webextension-polyfill gives the pages and the background promise-based `browser` APIs on
    // every browser. Content scripts leave it out: they use only runtime messaging and
    // storage.onChanged (promise-based in Chrome and Firefox alike), and every kilobyte there is
    // parsed on each chat site's page load (budget: 50 kB per content script).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]?.name === GUARD_CHUNK) buildAsModule(config);
      // The guard chunk runs in the content scripts' world: no polyfill there either.
      if (entrypoints.every((e) => e.type === 'content-script' || e.name === GUARD_CHUNK)) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' },
        ...toAliasArray(config.resolve.alias),
      ];
    },
  },
  vite: () => ({ plugins: [preact(), zodNoEvalProbe(), preactNoInnerHtml()] }),
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    // Each locale's extDescription names every site of the table in at most 132 characters
    // (Chrome's limit): tests/unit/i18n/manifest-messages.test.ts checks it against SITES.
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    // Only the sites may load the guard chunk (their origins: Chrome takes no narrower path here);
    // on Chrome under a per-session URL, so no page can probe for the extension. (Firefox's
    // moz-extension URLs are already per-install.)
    web_accessible_resources: [
      {
        resources: [`${GUARD_CHUNK}.js`],
        matches: SITE_ORIGIN_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
