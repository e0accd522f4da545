// Driving many sends quickly and controlling the service worker, for the counting tests.
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsToStored,
} from '../../../src/storage/settings-schema';
import type { LaunchedBrowser } from './browser';
import { writeStorage } from './extension-pages';
import { composer, type Site } from './sites';

/**
 * Settings under which a long run of everyday messages stays safe at any hour: the rules about
 * timing and volume (late-night, frequency, double-text) are off, everything else is default.
 */
export function settingsForBulkSends(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    engine: {
      ...DEFAULT_SETTINGS.engine,
      enabledRules: {
        ...DEFAULT_SETTINGS.engine.enabledRules,
        'late-night': false,
        frequency: false,
        'double-text': false,
      },
    },
  };
}

/** Writes settings the way the extension stores them (value plus WXT's version record). */
export async function storeSettings(browser: LaunchedBrowser, settings: Settings): Promise<void> {
  await writeStorage(browser, {
    settings: settingsToStored(settings),
    settings$: { v: SETTINGS_VERSION },
  });
}

/**
 * Sends `count` safe messages from the open chat, one after another, each with Enter, waiting
 * for the replica to have sent each before typing the next (as a person would).
 */
export async function sendSafeMessages(
  page: Page,
  site: Site,
  count: number,
  label: string,
  /** Runs at the same time as the Enter of send number `n` (1-based). */
  duringSend?: (n: number) => Promise<void>,
): Promise<void> {
  const before = await sentCount(page);
  await composer(page, site).click();
  for (let i = 1; i <= count; i++) {
    await page.keyboard.insertText(`${label} ${i}: the boxes are by the door`);
    await Promise.all([page.keyboard.press('Enter'), duringSend?.(i)]);
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __replica: { sent(): string[] } }).__replica.sent().length >= n,
      before + i,
    );
  }
}

function sentCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __replica: { sent(): string[] } }).__replica.sent().length,
  );
}

/**
 * Stops the extension's MV3 service worker the way Chrome stops an idle one, through the
 * DevTools protocol from an extension page (same storage partition), and counts how often a
 * stopped worker was started again (by the next message), so a test can show the stops were real.
 * Counted by transitions: a worker stopped again while still starting (common when stops come
 * every few milliseconds) never reports "running", yet each stop and each start was real.
 */
export async function workerStopper(extensionPage: Page) {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  let stopped = 0;
  let restarted = 0;
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { runningStatus } of versions) {
      if (runningStatus === 'stopped' && status !== 'stopped') stopped++;
      if (runningStatus === 'starting' && status === 'stopped') restarted++;
      status = runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const stop = () => cdp.send('ServiceWorker.stopAllWorkers');
  return {
    stop,
    /**
     * Stops the worker and waits (up to 5 s) until Chromium reports it stopped, so the next
     * message must start it again, however fast the sends run between stops.
     */
    async stopAndWait(): Promise<void> {
      await stop();
      const deadline = Date.now() + 5_000;
      while (status !== 'stopped' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    counts: () => ({ stopped, restarted }),
    dispose: () => cdp.detach().catch(() => undefined),
  };
}
