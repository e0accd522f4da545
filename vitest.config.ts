import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pinTestTimeZone } from './tests/time-zone.js';

// Local night at every run, whatever the machine's zone and hour (why: tests/time-zone.ts).
pinTestTimeZone();

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // browser.i18n answers from the locale files (English unless a test picks another).
    setupFiles: ['tests/i18n-setup.ts'],
    // Inlined so each test file's i18n reads that file's fake browser, not the first one's.
    server: { deps: { inline: ['@wxt-dev/i18n', '@wxt-dev/browser'] } },
  },
});
