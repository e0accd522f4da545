// One Firefox per test file: `const firefox = useFirefox()` registers beforeAll/afterAll and
// gives the tests a getter for the session; `useTab(firefox)` one tab shared by a file's tests
// (each test navigates it, which resets the replica).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { type FirefoxSession, launchFirefox } from './browser';

export function useFirefox(): () => FirefoxSession {
  let session: FirefoxSession | null = null;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('Firefox not launched yet (use it inside a test)');
    return session;
  };
}

export function useTab(firefox: () => FirefoxSession): () => Page {
  let page: Page | null = null;
  beforeAll(async () => {
    page = await firefox().newTab();
  });
  return () => {
    if (!page) throw new Error('tab not open yet (use it inside a test)');
    return page;
  };
}
