// One browser per test file: `const browser = useBrowser({ withExtension: true })` registers
// beforeAll/afterAll and gives the tests a getter for the launched browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedBrowser, type LaunchOptions, launchBrowser } from './browser';

export function useBrowser(options: LaunchOptions): () => LaunchedBrowser {
  let launched: LaunchedBrowser | null = null;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('browser not launched yet (use it inside a test)');
    return launched;
  };
}

/** Requests made by the extension itself (service worker or extension pages). */
export function extensionRequests(browser: LaunchedBrowser) {
  return browser.routing.requests.filter((r) => r.initiator?.startsWith('chrome-extension://'));
}

/** One tab shared by a file's tests (each test navigates it, which resets the replica). */
export function useTab(browser: () => LaunchedBrowser): () => Page {
  let page: Page | null = null;
  beforeAll(async () => {
    page = await browser().context.newPage();
  });
  return () => {
    if (!page) throw new Error('tab not open yet (use it inside a test)');
    return page;
  };
}
