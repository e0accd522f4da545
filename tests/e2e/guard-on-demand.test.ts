// The content script is split (issue #6, 50 kB budget): the always-loaded entry waits for a chat
// composer and only then imports the guard chunk (rule engine + overlay). These tests check both
// halves of that promise in real Chromium: no chunk on a page without a composer, and a working
// guard as soon as a composer shows up.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPLICA_URLS } from '../practice/routes';
import { useBrowser, useTab } from './harness/fixture';
import { composer, draftText, gotoSite, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

/** The overlay's shadow host (src/guard/mount-overlay.tsx): it exists once the chunk has run. */
const OVERLAY_HOST = 'second-thought-guard';
/** Risky on any day and in any chat (a plea to come back), so the guard must hold it. */
const RISKY = 'I miss you so much, please come back to me';
/** Longer than the entry's discovery poll (2 s), so a poll-triggered load would have happened. */
const LONGER_THAN_ONE_POLL_MS = 3000;

const overlayMounted = (page: Page) => page.locator(OVERLAY_HOST).count();

describe('guard chunk loaded on demand', () => {
  it('is not loaded while WhatsApp shows no chat, even when another editable is used', async () => {
    const page = tab();
    await page.goto(`${REPLICA_URLS.whatsapp}?chat=none`);
    await page.locator('.wr-intro').waitFor({ state: 'visible' });
    const search = page.locator('[contenteditable="true"][data-tab="3"]');
    await search.click();
    await page.keyboard.type('alex');
    // Absence can only be seen over time: wait past one discovery poll, then look.
    await page.waitForTimeout(LONGER_THAN_ONE_POLL_MS);
    expect(await overlayMounted(page)).toBe(0);
  });

  it('loads when a chat is opened, and then holds a risky send', async () => {
    const page = tab();
    await page.goto(`${REPLICA_URLS.whatsapp}?chat=none`);
    await page.locator('.wr-intro').waitFor({ state: 'visible' });
    expect(await overlayMounted(page)).toBe(0);
    await page.locator('.wr-chat-item').first().click();
    await composer(page, 'whatsapp').waitFor({ state: 'visible' });
    await typeDraft(page, 'whatsapp', RISKY);
    await expect.poll(() => overlayMounted(page), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Enter');
    expect(await sentMessages(page)).toEqual([]);
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
  });

  it('is loaded at once on a page that opens with a composer (Messenger)', async () => {
    const page = tab();
    await gotoSite(page, 'messenger');
    await expect.poll(() => overlayMounted(page), { timeout: 10_000 }).toBe(1);
    await typeDraft(page, 'messenger', RISKY);
    await page.keyboard.press('Enter');
    expect(await sentMessages(page)).toEqual([]);
  });
});
