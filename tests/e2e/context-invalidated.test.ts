// The extension is reloaded (as on an update) while a tab has a draft, and while the pause dialog
// is open. The content script left in the tab has lost its extension: it must get out of the way
// at once. The page stays usable, the typed text is intact, Enter sends as without the extension,
// and no overlay is left covering the page or holding focus.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './harness/fixture';
import {
  dialogIsOpen,
  OVERLAY_HOST,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForChip,
  waitForDialog,
} from './harness/guard';
import { composer, draftText, openSite, type Site, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const RISKY = 'I miss you so much, please come back to me';

/**
 * Restarts the extension the way an update does: its old context in open tabs is invalidated and
 * a new one starts. Done by turning it off and on in chrome://extensions (in this headless setup
 * `chrome.runtime.reload()` unloads an unpacked extension without loading it again).
 */
async function reloadExtension(): Promise<void> {
  const page = await browser().context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(async (id) => {
    const management = (
      globalThis as unknown as {
        chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } };
      }
    ).chrome.management;
    await management.setEnabled(id, false);
    await management.setEnabled(id, true);
  }, browser().extensionId!);
  await page.close();
}

function overlayMounted(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, OVERLAY_HOST);
}

async function riskyDraftWithGuardWatching(site: Site): Promise<Page> {
  const page = await openSite(browser().context, site);
  await typeDraft(page, site, RISKY);
  await waitForChip(page);
  return page;
}

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const)(
  '%s, after the extension is reloaded under an open tab',
  (site) => {
    it('a tab with a risky draft: the text stays, Enter sends, nothing is held', async () => {
      const page = await riskyDraftWithGuardWatching(site);
      await reloadExtension();

      expect(await draftText(page, site)).toBe(RISKY);
      await composer(page, site).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await dialogIsOpen(page)).toBe(false);
      await expect.poll(() => overlayMounted(page)).toBe(false);
      await page.close();
    });

    it('a tab with the pause dialog open: the dialog goes, focus is free, Enter sends', async () => {
      const page = await riskyDraftWithGuardWatching(site);
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      await reloadExtension();

      // No one touches the page: the orphaned overlay must still go away by itself.
      await expect.poll(() => overlayMounted(page), { timeout: 10_000 }).toBe(false);
      expect(await draftText(page, site)).toBe(RISKY);
      await composer(page, site).click();
      const focusedComposer = await composer(page, site).evaluate(
        (box) => document.activeElement === box,
      );
      expect(focusedComposer).toBe(true);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      await page.close();
    });
  },
);
