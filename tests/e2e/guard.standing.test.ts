// Issue 17 on both practice sites: in an unlisted chat, plain affection sends at once while
// lingering love pauses; once the chat is listed from the popup ("Guard this chat") the warm
// message pauses too; with "Don't guard this chat" nothing does. At an afternoon hour (the page's
// time zone is chosen so that it is mid-afternoon now, so `late-night` cannot be what pauses),
// in a chat whose last message is incoming (so nothing is unanswered), with default settings.
//
// The warm message pausing in a listed chat rests on the engine's `longing` rule (plain
// affection, reach `listed`).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings-schema';
import { INCOMING_LAST } from './harness/chats';
import { clearStorage, openPopup } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import {
  chipText,
  clickDialogButton,
  dialogState,
  getSettings,
  waitForDialog,
  waitForGuardReady,
  waitForNoDialog,
} from './harness/guard';
import { writeSettings } from './harness/guard-context';
import {
  composer,
  openSite,
  replicaHook,
  type Site,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: true });

const WARM = 'love you, miss you! call me when you land';
const LINGERING = "I still love you and I can't stop thinking about us";

/** An IANA zone where it is now 15:xx (`Etc/GMT-N` is N hours ahead of UTC). */
function afternoonZone(now = new Date()): string {
  let offset = 15 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** Pins the tab's clock to the afternoon (the time zone applies to the content script too). */
async function inTheAfternoon(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: afternoonZone() });
  const hour = await page.evaluate(() => new Date().getHours());
  expect(hour).toBeGreaterThanOrEqual(14);
  expect(hour).toBeLessThanOrEqual(16);
}

async function emptyComposer(page: Page, site: Site): Promise<void> {
  await composer(page, site).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => composer(page, site).textContent()).toBe('');
}

/** Enter sends the draft at once: it is in the thread and no dialog opened. */
async function sendsAtOnce(page: Page, site: Site, text: string, sentBefore: number) {
  await typeDraft(page, site, text);
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toHaveLength(sentBefore + 1);
  expect((await sentMessages(page)).at(-1)).toBe(text);
  expect(await dialogState(page)).toBeNull();
  // The chat ends with an incoming message again, so nothing is unanswered.
  await replicaHook(page, 'receive', 'safe travels!');
}

/** Enter opens the pause dialog and nothing is sent; "Keep editing" then clears the way. */
async function pauses(page: Page, site: Site, text: string): Promise<string> {
  const sentBefore = (await sentMessages(page)).length;
  await typeDraft(page, site, text);
  await page.keyboard.press('Enter');
  const dialog = await waitForDialog(page);
  expect(await sentMessages(page)).toHaveLength(sentBefore);
  await clickDialogButton(page, 'Keep editing');
  await waitForNoDialog(page);
  await emptyComposer(page, site);
  return JSON.stringify(dialog);
}

/** Flips one of the popup's chat switches over the site's tab and waits for it to be saved. */
async function popupSwitch(
  site: Page,
  name: 'Guard this chat' | "Don't guard this chat",
  saved: (s: Settings) => boolean,
): Promise<{ guard: boolean; leave: boolean }> {
  const popup = await openPopup(browser(), site);
  const control = popup.getByRole('switch', { name, exact: true });
  await control.waitFor();
  await control.click();
  await expect.poll(async () => saved(await getSettings(browser()))).toBe(true);
  await expect.poll(() => control.isChecked()).toBe(true);
  const state = {
    guard: await popup.getByRole('switch', { name: 'Guard this chat', exact: true }).isChecked(),
    leave: await popup
      .getByRole('switch', { name: "Don't guard this chat", exact: true })
      .isChecked(),
  };
  await popup.close();
  await site.bringToFront();
  return state;
}

describe('plain affection pauses only in the chats the person listed (#17)', () => {
  for (const site of [
    'whatsapp',
    'messenger',
    'google-messages',
    'instagram',
    'telegram',
  ] as const) {
    it(`${site}: unlisted, warm sends and lingering pauses; listed, warm pauses; left alone, lingering sends`, async () => {
      await clearStorage(browser());
      await writeSettings(browser(), () => ({
        ...structuredClone(DEFAULT_SETTINGS),
        pauseSeconds: 0,
      }));
      const { title, open } = INCOMING_LAST[site];
      const page = await openSite(browser().context, site, open);
      await inTheAfternoon(page);
      await waitForGuardReady(page, site);

      // Unlisted (the default for every chat): lingering love pauses, plain affection does not.
      const lingering = await pauses(page, site, LINGERING);
      expect(lingering).not.toMatch(/quiet hours|unanswered/i);
      await sendsAtOnce(page, site, WARM, 0);

      // "Guard this chat" from the popup: the chat is listed, the guard mode stays "all".
      const listed = await popupSwitch(page, 'Guard this chat', (s) =>
        s.guardedChats.some((c) => c.site === site && c.title === title),
      );
      expect(listed).toEqual({ guard: true, leave: false });
      expect((await getSettings(browser())).guardMode).toBe('all');
      const warm = await pauses(page, site, WARM);
      expect(warm).not.toMatch(/quiet hours|unanswered/i);

      // "Don't guard this chat": the guard stays out, even for lingering love.
      const alone = await popupSwitch(
        page,
        "Don't guard this chat",
        (s) =>
          s.unguardedChats.some((c) => c.site === site && c.title === title) &&
          !s.guardedChats.some((c) => c.site === site),
      );
      expect(alone).toEqual({ guard: false, leave: true });
      await typeDraft(page, site, LINGERING);
      await expect.poll(() => chipText(page)).toBe('');
      await emptyComposer(page, site);
      await sendsAtOnce(page, site, LINGERING, 1);
      await page.close();
    });
  }
});
