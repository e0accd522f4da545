import { defineConfig } from 'vitest/config';

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
