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
  },
});
