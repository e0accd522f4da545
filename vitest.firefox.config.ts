import { defineConfig } from 'vitest/config';
import { pinTestTimeZone } from './tests/time-zone.js';

// Local night at every run, for the tests, Firefox and the add-on alike (why: tests/time-zone.ts;
// Firefox inherits TZ from the environment like Chromium does).
pinTestTimeZone();

// The Firefox suite: Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core) with the
// Firefox build installed as a temporary add-on, against the practice replicas served at the
// real sites' URLs. One browser per file, files one after another (2-core machines). Waits are
// for conditions, with generous ceilings, so a slow machine only makes the suite slower.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
