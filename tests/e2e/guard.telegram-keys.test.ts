// Telegram's own send key, with the extension: each client sends with Enter or with Ctrl+Enter as
// the person chose, and the guard holds the key that sends there and nothing else. The whole
// matrix runs on the A client (tests/e2e/harness/sites.ts); this is K's focused suite (send
// paths, its hidden duplicate composer, both settings, a decoy, fail-open) and A's stored setting.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import {
  chipText,
  dialogIsOpen,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForChip,
  waitForDialog,
} from './harness/guard';
import { draftText, gotoSite, replicaHook, sentMessages, typeDraft } from './harness/sites';
import { draftK, K_SEND, openK, typeK } from './harness/telegram-k';

/** Flagged by `begging`; the rest of the engine stays quiet. */
const RISKY = "please please come back to me, I can't live without you";
const SAFE = 'Could you drop the box at reception by Friday? Thanks';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);
let page: Page;

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

/** Sends a safe draft with plain Enter: in Enter mode it goes, and the guard sees that it did. */
async function sendSafeWithEnter(): Promise<void> {
  await typeK(page, SAFE);
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toEqual([SAFE]);
}

describe('Telegram K, "Send by Enter"', () => {
  it('holds a risky draft sent with Enter once the page has shown that Enter sends', async () => {
    page = tab();
    await openK(page);
    await sendSafeWithEnter();
    await typeK(page, RISKY);
    await waitForChip(page);
    await page.keyboard.press('Enter');
    expect((await waitForDialog(page)).draft).toBe(RISKY);
    expect(await sentMessages(page)).toEqual([SAFE]);
    expect(await draftK(page)).toBe(RISKY);
  });

  it('fails open before the page has shown its send key: the first Enter goes through', async () => {
    page = tab();
    await openK(page);
    await typeK(page, RISKY);
    await waitForChip(page); // The guard is listening and sees a risky draft…
    await page.keyboard.press('Enter');
    // …yet it cannot tell whether Enter sends here, so it never holds that key blind.
    await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
    expect(await dialogIsOpen(page)).toBe(false);
  });

  it('holds a risky draft sent with the send button, setting known or not', async () => {
    page = tab();
    await openK(page);
    await typeK(page, RISKY);
    await waitForChip(page);
    await page.locator(K_SEND).click();
    expect((await waitForDialog(page)).draft).toBe(RISKY);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('lets Ctrl+Enter through there: it makes a new line in Enter mode, no dialog', async () => {
    page = tab();
    await openK(page);
    await sendSafeWithEnter();
    await typeK(page, RISKY);
    await waitForChip(page);
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => draftK(page)).toBe(`${RISKY}\nok`);
    expect(await dialogIsOpen(page)).toBe(false);
    expect(await sentMessages(page)).toEqual([SAFE]);
  });

  it('reads the real composer, never the hidden duplicate before it', async () => {
    page = tab();
    await openK(page);
    await sendSafeWithEnter();
    await typeK(page, SAFE);
    // The mirror says something else (it follows the real field a moment later on the site).
    await page.locator('.chat.active .input-field-input-fake').evaluate((el, text) => {
      el.textContent = text;
    }, RISKY);
    await page.waitForTimeout(400); // past the live check's debounce: no chip comes
    expect(await chipText(page)).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([SAFE, SAFE]);
    expect(await dialogIsOpen(page)).toBe(false);
  });

  it('leaves the media caption alone (a decoy sharing the composer’s class)', async () => {
    page = tab();
    await openK(page);
    await sendSafeWithEnter();
    await page.getByRole('button', { name: 'Attach' }).click();
    await page.locator('.popup-new-media .input-message-input').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    expect(await replicaHook(page, 'decoyEvents')).toEqual([{ kind: 'caption', text: RISKY }]);
    expect(await dialogIsOpen(page)).toBe(false);
  });
});

describe('Telegram K, "Send by Ctrl+Enter"', () => {
  it('lets plain Enter make its new line, then holds the Ctrl+Enter that sends', async () => {
    page = tab();
    await openK(page, 'send=ctrl-enter');
    await typeK(page, 'please come back');
    await waitForChip(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type("I can't live without you");
    await expect.poll(() => draftK(page)).toBe("please come back\nI can't live without you");
    expect(await dialogIsOpen(page)).toBe(false);
    await page.keyboard.press('Control+Enter');
    expect((await waitForDialog(page)).draft).toBe("please come back\nI can't live without you");
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('Telegram K after a rollout the guard does not know', () => {
  it('composer not found: risky + Enter sends', async () => {
    page = tab();
    await page.goto('about:blank');
    await page.goto('https://web.telegram.org/k/?changed=composer#@alexmorgan');
    await page.locator('.chat.active .tt-composer').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
    expect(await dialogIsOpen(page)).toBe(false);
  });

  it('send button not found: risky + Enter sends, though the guard saw the draft', async () => {
    page = tab();
    await openK(page, 'changed=send');
    await sendSafeWithEnter();
    await typeK(page, RISKY);
    await waitForChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([SAFE, RISKY]);
    expect(await dialogIsOpen(page)).toBe(false);
  });
});

describe('Telegram A, the setting it stores', () => {
  it('"Send by Ctrl+Enter": plain Enter is a new line from the start; Ctrl+Enter is held', async () => {
    page = tab();
    await gotoSite(page, 'telegram', { query: 'send=ctrl-enter' });
    await typeDraft(page, 'telegram', 'please come back');
    await waitForChip(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type("I can't live without you");
    await expect
      .poll(() => draftText(page, 'telegram'))
      .toBe("please come back\nI can't live without you");
    expect(await dialogIsOpen(page)).toBe(false);
    await page.keyboard.press('Control+Enter');
    expect((await waitForDialog(page)).draft).toBe("please come back\nI can't live without you");
    expect(await sentMessages(page)).toEqual([]);
  });

  it('"Send by Enter": Ctrl+Enter sends there too, and is held', async () => {
    page = tab();
    await gotoSite(page, 'telegram');
    await typeDraft(page, 'telegram', RISKY);
    await waitForChip(page);
    await page.keyboard.press('Control+Enter');
    expect((await waitForDialog(page)).draft).toBe(RISKY);
    expect(await sentMessages(page)).toEqual([]);
  });
});
