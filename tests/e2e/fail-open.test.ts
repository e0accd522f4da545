// Fail open on a site that changed. The replicas' `changed=` variants stand for a rollout the
// adapters do not know: the composer moved or relabelled, or the send control renamed. Then a
// risky draft sends with Enter (and with the renamed button) exactly as without the extension,
// no dialog opens, and the popup tells the person the guard is off on that site.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SITE_LABELS } from '../../src/sites/lookup';
import { REPLICA_URLS } from '../practice/routes';
import { useBrowser } from './harness/fixture';
import {
  dialogIsOpen,
  readStored,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForChip,
} from './harness/guard';
import { type Site, sentMessages } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const RISKY = 'I miss you so much, please come back to me';
const SITE_NAME: Record<Site, string> = SITE_LABELS;

/** The composer and send control found by what the changed replicas still share. */
const EDITOR: Record<Site, string> = {
  whatsapp: '#main [contenteditable="true"][data-tab="10"]',
  messenger: '[role="group"][aria-label$="composer"] [role="textbox"][contenteditable="true"]',
  'google-messages': 'textarea.gm-composer',
  instagram: '[role="textbox"][data-lexical-editor="true"].ig-editor',
  telegram: '#MiddleColumn .tt-composer',
};
const SEND: Record<Site, string> = {
  whatsapp: '#main .wr-send',
  messenger: '.mr-send',
  'google-messages': 'button.gm-send',
  instagram: '.ig-send',
  telegram: '#MiddleColumn .tt-send',
};

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

beforeEach(async () => {
  await browser().serviceWorker!.evaluate(() => chrome.storage.local.remove('health'));
});

async function openChanged(site: Site, change: 'composer' | 'send'): Promise<Page> {
  const page = await browser().context.newPage();
  const url = new URL(REPLICA_URLS[site]);
  url.searchParams.set('changed', change);
  await page.goto(url.toString());
  await page.locator(EDITOR[site]).waitFor();
  return page;
}

async function type(page: Page, site: Site, text: string): Promise<void> {
  await page.locator(EDITOR[site]).click();
  await page.keyboard.type(text);
}

async function healthOf(site: Site): Promise<{ status: string; detail: string } | null> {
  const health = await readStored<Record<Site, { status: string; detail: string } | null>>(
    browser(),
    'health',
  );
  return health?.[site] ?? null;
}

/** What the popup says about the site. */
async function popupLine(site: Site): Promise<string> {
  const popup = await browser().context.newPage();
  await popup.goto(`chrome-extension://${browser().extensionId}/popup.html`);
  const line = popup.getByRole('list', { name: 'Status on each site' }).getByText(SITE_NAME[site]);
  const text = (await line.textContent()) ?? '';
  await popup.close();
  return text.trim();
}

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const)(
  '%s after a rollout the guard does not know',
  (site) => {
    it('composer not found: risky + Enter sends, the popup says the guard is off', async () => {
      const page = await openChanged(site, 'composer');
      // The guard runs on the page (it reported), so what follows is its doing, not its absence.
      await expect
        .poll(() => healthOf(site), { timeout: 10_000 })
        .toEqual({
          site,
          status: 'broken',
          detail: 'composer not found in an open chat',
          at: expect.any(Number),
        });
      await type(page, site, RISKY);
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await dialogIsOpen(page)).toBe(false);
      expect(await popupLine(site)).toBe(
        `${SITE_NAME[site]} changed: the guard is off until an update`,
      );
      await page.close();
    });

    it('send control not found: risky + Enter and risky + click send, the popup says the guard is off', async () => {
      const page = await openChanged(site, 'send');
      await type(page, site, RISKY);
      // The guard sees the draft (its warning shows), yet must not hold a send it cannot carry out.
      await waitForChip(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await dialogIsOpen(page)).toBe(false);

      await type(page, site, `${RISKY} again`);
      await waitForChip(page);
      await page.locator(SEND[site]).click();
      await expect.poll(() => sentMessages(page)).toEqual([RISKY, `${RISKY} again`]);
      expect(await dialogIsOpen(page)).toBe(false);

      await expect
        .poll(() => healthOf(site))
        .toMatchObject({
          status: 'broken',
          detail: 'send button not found',
        });
      expect(await popupLine(site)).toBe(
        `${SITE_NAME[site]} changed: the guard is off until an update`,
      );
      await page.close();
    });
  },
);
