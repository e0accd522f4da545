// What the options page and the popup's quick controls change really reaches an open practice
// tab without a reload, and a bad settings file changes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../src/sites/lookup';
import {
  type Settings,
  settingsFromStored,
  storedSettingsSchema,
} from '../../src/storage/settings-schema';
import { holdRiskyDraft, RISKY_BEGGING, RISKY_PAST } from './harness/activity';
import { settingsForBulkSends, storeSettings } from './harness/counting';
import { clearStorage, openOptions, openPopup, readStorage } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { chipText, dialogIsOpen, waitForNoDialog } from './harness/guard';
import { composer, openSite, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const SETTINGS: Settings = { ...settingsForBulkSends(), pauseSeconds: 0 };

/** The stored settings as the pages read them (storage holds the switches as overrides). */
async function storedSettings(): Promise<Settings> {
  return settingsFromStored(storedSettingsSchema.parse((await readStorage(browser())).settings));
}

/**
 * Waits until the guard in `page` has stopped acting on the risky draft in its composer: each
 * try makes a real edit (a space) and the warning must stay away. Settings reach a tab through
 * the background, so there is no other signal to wait for.
 */
async function waitUntilGuardStandsAside(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.keyboard.type(' ');
        await new Promise((resolve) => setTimeout(resolve, 200)); // past the live check's debounce
        return chipText(page);
      },
      { timeout: 10_000 },
    )
    .toBe('');
}

/** The tab was not reloaded: a marker set in the page before is still there. */
async function markPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
    );
}

describe('options page', () => {
  it('a site switched off there stops the guard in an open tab, without a reload', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), SETTINGS);
    const site = await openSite(browser().context, 'whatsapp');
    const sameDocument = await markPage(site);
    await holdRiskyDraft(site, 'whatsapp', RISKY_BEGGING); // guarded before the change
    await site.keyboard.press('Escape');
    await waitForNoDialog(site);

    const options = await openOptions(browser());
    const whatsapp = options.getByRole('switch', { name: 'Guard on WhatsApp Web' });
    expect(await whatsapp.isChecked()).toBe(true);
    await whatsapp.click();
    await expect
      .poll(async () => (await storedSettings()).sites)
      .toEqual({
        whatsapp: false,
        messenger: true,
        'google-messages': true,
        instagram: true,
        telegram: true,
      });
    expect(await whatsapp.isChecked()).toBe(false);

    await site.bringToFront();
    await composer(site, 'whatsapp').click();
    await site.keyboard.press('End');
    await waitUntilGuardStandsAside(site);
    await site.keyboard.press('Enter');
    await expect
      .poll(() => sentMessages(site))
      .toEqual([expect.stringMatching(/^please come back to me, I am begging you\s*$/)]);
    expect(await dialogIsOpen(site)).toBe(false);
    expect(await sameDocument()).toBe(true);
    await Promise.all([site.close(), options.close()]);
  });

  it('a bad settings file is refused with a message naming what is wrong; a good one applies', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), SETTINGS);
    const options = await openOptions(browser());
    const before = await storedSettings();
    const input = options.locator('#backup input[type="file"]');
    const status = options.locator('#backup .status-line');
    const importFile = async (name: string, text: string) => {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => status.textContent()).toContain(name);
      return (await status.textContent()) ?? '';
    };

    const broken = await importFile('broken.json', '{"format": "second-thought-settings", "ver');
    expect(broken).toContain('broken.json was not imported, and nothing changed.');
    expect(broken).toContain('not valid JSON');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await storedSettings()).toEqual(before);

    const file = (settings: unknown) =>
      JSON.stringify({ format: 'second-thought-settings', version: 2, settings });
    const invalid = await importFile('invalid.json', file({ ...before, pauseSeconds: 999 }));
    expect(invalid).toContain('invalid.json was not imported, and nothing changed.');
    expect(invalid).toMatch(/pauseSeconds: .*60/);
    expect(await storedSettings()).toEqual(before);
    expect(await options.locator('#limits').textContent()).toContain('0 seconds');

    const wanted: Settings = {
      ...before,
      pauseSeconds: 12,
      engine: { ...before.engine, neverFlag: ['see you at pickup'] },
    };
    const good = await importFile('good.json', file(wanted));
    expect(good).toBe('Settings imported from good.json.');
    expect(await storedSettings()).toEqual(wanted);
    await expect.poll(() => options.locator('#limits').textContent()).toContain('12 seconds');
    expect(await options.locator('#phrases').textContent()).toContain('see you at pickup');
    await options.close();
  });
});

describe('popup quick controls', () => {
  it('explain what the extension does on first run', async () => {
    await clearStorage(browser());
    const popup = await openPopup(browser());
    await popup.getByRole('heading', { name: 'A moment to think before you send' }).waitFor();
    expect(await popup.locator('table.stats').count()).toBe(0);
    // Not over a chat site: every site's switch, and a hint how to guard a chat.
    expect(await popup.getByRole('switch').count()).toBe(SITE_IDS.length);
    expect(await popup.getByText('Open one of these sites to guard a chat').count()).toBe(1);
    await popup.close();
  });

  it('"Guard this chat" lists the open chat and leaves the others guarded; "Don\'t guard this chat" leaves it alone', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), SETTINGS);
    const site = await openSite(browser().context, 'whatsapp');
    const title = (await site.evaluate(
      () =>
        (window as unknown as { __replica: { openChat(): { name: string } } }).__replica.openChat()
          .name,
    )) as string;
    const popup = await openPopup(browser(), site);
    // The popup asks the tab which chat is open; the chat's switches appear with the answer.
    const guardThisChat = popup.getByRole('switch', { name: 'Guard this chat', exact: true });
    const leaveAlone = popup.getByRole('switch', { name: "Don't guard this chat", exact: true });
    await guardThisChat.waitFor();
    expect(await leaveAlone.isChecked()).toBe(false);
    expect(await popup.getByRole('switch', { name: /^Guard on / }).count()).toBe(1); // the tab's site
    await guardThisChat.click();
    await expect
      .poll(async () => {
        const s = await storedSettings();
        return { mode: s.guardMode, chats: s.guardedChats, alone: s.unguardedChats };
      })
      .toEqual({ mode: 'all', chats: [{ site: 'whatsapp', title }], alone: [] });
    await expect.poll(() => guardThisChat.isChecked()).toBe(true);

    // Listing one chat does not stop the guard in the others: Mum's chat is still guarded.
    await site.bringToFront();
    await site.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await holdRiskyDraft(site, 'whatsapp', RISKY_PAST);
    await site.keyboard.press('Escape');
    await waitForNoDialog(site);
    await site.locator('#side [role=listitem]', { hasText: title }).click();
    await holdRiskyDraft(site, 'whatsapp', RISKY_PAST);
    await site.keyboard.press('Escape');
    await waitForNoDialog(site);
    await composer(site, 'whatsapp').click();
    await site.keyboard.press('ControlOrMeta+A');
    await site.keyboard.press('Backspace');

    // "Don't guard this chat" turns listing off and leaves the chat alone, live in the tab.
    await popup.bringToFront();
    await leaveAlone.click();
    await expect
      .poll(async () => {
        const s = await storedSettings();
        return { chats: s.guardedChats, alone: s.unguardedChats };
      })
      .toEqual({ chats: [], alone: [{ site: 'whatsapp', title }] });
    await expect.poll(() => guardThisChat.isChecked()).toBe(false);
    expect(await leaveAlone.isChecked()).toBe(true);
    await site.bringToFront();
    await typeDraft(site, 'whatsapp', RISKY_PAST);
    await waitUntilGuardStandsAside(site);
    await site.keyboard.press('Enter');
    await expect.poll(() => sentMessages(site)).toHaveLength(1);
    expect(await dialogIsOpen(site)).toBe(false);

    await Promise.all([site.close(), popup.close()]);
  });

  it('switch the current site off and snooze for an hour, and undo both', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), SETTINGS);
    const site = await openSite(browser().context, 'messenger');
    const popup = await openPopup(browser(), site);
    await popup.getByRole('switch', { name: 'Guard this chat', exact: true }).waitFor(); // the tab answered
    const messenger = popup.getByRole('switch', { name: 'Guard on Messenger' });
    await messenger.click();
    await expect.poll(async () => (await storedSettings()).sites.messenger).toBe(false);
    await messenger.click();
    await expect.poll(async () => (await storedSettings()).sites.messenger).toBe(true);

    const clickedAt = Date.now();
    await popup.getByRole('button', { name: 'Snooze for 1 hour' }).click();
    await expect.poll(async () => (await storedSettings()).snoozeUntil).not.toBeNull();
    const until = (await storedSettings()).snoozeUntil!;
    expect(until).toBeGreaterThanOrEqual(clickedAt + 60 * 60 * 1000 - 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + 60 * 60 * 1000);
    await popup.getByText(/^Snoozed until /).waitFor();

    // Snoozed: a risky message goes out at once in the open tab.
    await site.bringToFront();
    await typeDraft(site, 'messenger', RISKY_BEGGING);
    await waitUntilGuardStandsAside(site);
    await site.keyboard.press('Enter');
    await expect.poll(() => sentMessages(site)).toHaveLength(1);

    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await storedSettings()).snoozeUntil).toBeNull();
    await popup.getByRole('button', { name: 'Snooze for 1 hour' }).waitFor();
    await holdRiskyDraft(site, 'messenger', RISKY_BEGGING);
    await Promise.all([site.close(), popup.close()]);
  });
});
