// Two Chromium instances for A/B measurements in one run: the same flags, profile kind, viewport
// and time zone, one with the built extension and one without. Replicas are served at the real
// URLs by the e2e harness's routes (no network).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, EXTENSION_DIR } from '../../../tests/e2e/harness/browser';
import { buildReplicas } from '../../../tests/practice/build';
import { installReplicaRoutes } from '../../../tests/practice/routes';

export type Variant = 'with' | 'without';

export type BenchBrowser = {
  variant: Variant;
  context: BrowserContext;
  close(): Promise<void>;
};

/**
 * A fixed-offset zone where it is now around midday, so the `late-night` rule (quiet hours
 * 22:00-06:00 by default) never flags every draft and the figures do not depend on the hour.
 */
export function middayTimeZone(now = new Date()): string {
  let offset = 12 - now.getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  if (offset === 0) return 'Etc/GMT';
  // POSIX-style names: Etc/GMT-3 is UTC+3.
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

async function launchOne(variant: Variant, timezoneId: string): Promise<BenchBrowser> {
  const extensionDir = variant === 'with' ? EXTENSION_DIR : null;
  const profile = await mkdtemp(join(tmpdir(), `second-thought-bench-${variant}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 800 },
    timezoneId,
  });
  context.setDefaultTimeout(30_000);
  await installReplicaRoutes(context);
  if (extensionDir && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 30_000 });
  }
  return {
    variant,
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** True when the command line asks for an A/A run (see launchPair). */
export const controlRun = process.argv.includes('--control');

/**
 * Builds the replicas and launches both browsers (the extension must be built: `wxt build`).
 * With `control`, the "with" browser is launched WITHOUT the extension too: an A/A run whose
 * differences are pure measurement noise, to judge the A/B differences by.
 */
export async function launchPair(
  control = controlRun,
): Promise<{ with: BenchBrowser; without: BenchBrowser }> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  }
  await buildReplicas();
  const timezoneId = middayTimeZone();
  const withExtension = await launchOne(control ? 'without' : 'with', timezoneId);
  const without = await launchOne('without', timezoneId);
  return { with: withExtension, without };
}
