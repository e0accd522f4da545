import { defineConfig } from 'vitest/config';
import { pinTestTimeZone } from './tests/time-zone.js';

// Local night at every run, for the tests, Chromium and the extension alike (why:
// tests/time-zone.ts). Drafts a test means to be safe must turn the time rules off
// (TEXT_ONLY_SETTINGS in tests/e2e/harness/guard.ts).
pinTestTimeZone();

// End-to-end tests: real Chromium with the built extension, against the practice replicas served
// at the real sites' URLs. One browser per file, files one after another (2-core machines).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
