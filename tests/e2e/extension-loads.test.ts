// The harness loads the built MV3 extension into Chromium, finds its id, and the replicas are
// still served at the real URLs with the extension present. Nothing the extension does may reach
// the network.
import { describe, expect, it } from 'vitest';
import { extensionRequests, useBrowser } from './harness/fixture';
import { openSite, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });

describe('extension under test', () => {
  it('loads, with an id read from its service worker', () => {
    const { extensionId, serviceWorker } = browser();
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(serviceWorker?.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  });

  it('leaves the replicas working and makes no network request', async () => {
    // Jordan's chat: Alex's ends with 3 unanswered messages, so the guard rightly holds any
    // draft there (double-text).
    const page = await openSite(browser().context, 'whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', 'see you at 6');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['see you at 6']);
    await page.close();
    expect(extensionRequests(browser())).toEqual([]);
    expect(browser().routing.blocked).toEqual([]);
  });

  it('would record and block a request made by the extension', async () => {
    const result = await browser().serviceWorker!.evaluate(() =>
      fetch('https://example.invalid/probe').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(result).toBe('blocked');
    expect(extensionRequests(browser()).map((r) => r.url)).toEqual([
      'https://example.invalid/probe',
    ]);
    browser().routing.requests.length = 0;
    browser().routing.blocked.length = 0;
  });
});
