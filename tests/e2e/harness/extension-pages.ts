// The extension's own pages and storage, as the e2e tests reach them: the popup and options page
// opened as tabs, and chrome.storage.local read and written through the service worker (the only
// context that always exists). Stats are read from the stored counters, the background's truth.
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser';

export type StoredItems = Record<string, unknown>;

function worker(browser: LaunchedBrowser) {
  if (!browser.serviceWorker) throw new Error('launch the browser with the extension');
  return browser.serviceWorker;
}

/**
 * The service worker currently running, for evaluation. Stopping the worker (as some tests do)
 * makes the handle from launch stale; this waits for the one Chromium starts next.
 */
export async function liveWorker(browser: LaunchedBrowser) {
  const running = browser.context
    .serviceWorkers()
    .filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  for (const candidate of running.reverse()) {
    const alive = await candidate.evaluate(() => true).catch(() => false);
    if (alive) {
      browser.serviceWorker = candidate;
      return candidate;
    }
  }
  return worker(browser);
}

/**
 * Everything in chrome.storage.local, keys as stored (WXT's `local:x` is stored as `x`). Read in
 * the service worker, or in `via`, an open extension page (needed once the worker has been
 * stopped: Playwright does not attach to the worker Chromium starts again).
 */
export async function readStorage(browser: LaunchedBrowser, via?: Page): Promise<StoredItems> {
  if (via) return via.evaluate(() => chrome.storage.local.get(null));
  return (await liveWorker(browser)).evaluate(() => chrome.storage.local.get(null));
}

export async function writeStorage(browser: LaunchedBrowser, items: StoredItems): Promise<void> {
  await (await liveWorker(browser)).evaluate((i) => chrome.storage.local.set(i), items);
}

export async function clearStorage(browser: LaunchedBrowser): Promise<void> {
  await (await liveWorker(browser)).evaluate(() => chrome.storage.local.clear());
}

export function popupUrl(browser: LaunchedBrowser): string {
  return `chrome-extension://${browser.extensionId}/popup.html`;
}

export function optionsUrl(browser: LaunchedBrowser): string {
  return `chrome-extension://${browser.extensionId}/options.html`;
}

/** Page errors (uncaught exceptions) collected from a page, to assert a page never crashed. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl(browser));
  return page;
}

/**
 * Opens the popup as a tab whose "active tab" is `over`, as when the toolbar button is clicked
 * on that tab: the popup tab is created first and the practice tab brought to the front before
 * the popup loads, so the popup's own `tabs.query({active, currentWindow})` finds `over`, and
 * its `getCurrentChat` goes to the real content script there. Without `over`, the popup itself
 * is the active tab (like opening it over a page that is not a chat site). The popup is 360 ×
 * 600 px: Chrome's popup is at most 800 × 600, and this one is 360 wide.
 */
export async function openPopup(
  browser: LaunchedBrowser,
  over?: Page,
  options: {
    /** The time the popup's own clock shows (Playwright's clock; the rest of the browser keeps real time). */
    at?: Date;
  } = {},
): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  if (options.at) await popup.clock.setFixedTime(options.at);
  if (over) await over.bringToFront();
  await popup.goto(popupUrl(browser));
  return popup;
}

/** Counts per outcome kind (and per site) summed over every period in the stored counters. */
export type StoredTotals = {
  kinds: Record<string, number>;
  sites: Record<string, Record<string, number>>;
};

type StoredBucket = {
  kinds: Record<string, number>;
  sites: Record<string, Record<string, number>>;
};

export async function storedTotals(browser: LaunchedBrowser, via?: Page): Promise<StoredTotals> {
  const { counters } = (await readStorage(browser, via)) as {
    counters?: {
      days: Record<string, StoredBucket>;
      months: Record<string, StoredBucket>;
      earlier: StoredBucket;
    };
  };
  const totals: StoredTotals = { kinds: {}, sites: {} };
  if (!counters) return totals;
  const buckets = [
    ...Object.values(counters.days),
    ...Object.values(counters.months),
    counters.earlier,
  ];
  for (const bucket of buckets) {
    for (const [kind, n] of Object.entries(bucket.kinds)) {
      totals.kinds[kind] = (totals.kinds[kind] ?? 0) + n;
    }
    for (const [site, kinds] of Object.entries(bucket.sites)) {
      const siteTotals = totals.sites[site] ?? {};
      totals.sites[site] = siteTotals;
      for (const [kind, n] of Object.entries(kinds)) siteTotals[kind] = (siteTotals[kind] ?? 0) + n;
    }
  }
  return totals;
}

/**
 * Sends one protocol message (src/messaging/protocol.ts) to the background from an extension
 * page, in @webext-core/messaging's wire format, and returns its answer (throws its error).
 */
export async function messageBackground<T>(via: Page, type: string, data?: unknown): Promise<T> {
  const answer = await via.evaluate(
    ([t, d]) =>
      chrome.runtime.sendMessage({
        id: Math.floor(Math.random() * 1e6),
        type: t,
        data: d,
        timestamp: Date.now(),
      }) as Promise<{ res?: unknown; err?: { message: string } }>,
    [type, data] as const,
  );
  if (answer?.err) throw new Error(answer.err.message);
  return answer?.res as T;
}
