// Issue 12, "Where a pause belongs", at a pinned local night time (23:xx, inside the default
// quiet hours 22:00–06:00), on both practice sites with the default settings (no pause delay):
// - a chat nobody listed: a safe message sends at once, even at night and with two of the
//   person's messages unanswered there; a risky draft in the same chat still pauses;
// - the same chat once listed: the same safe message pauses, for the hour and for the
//   unanswered messages.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-schema';
import { UNANSWERED } from './harness/chats';
import { atLocalHour } from './harness/clock';
import { clearStorage } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import {
  clickDialogButton,
  dialogState,
  waitForChip,
  waitForDialog,
  waitForGuardReady,
  waitForNoDialog,
} from './harness/guard';
import { writeSettings } from './harness/guard-context';
import { composer, openSite, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });

const SAFE = 'ok, thanks! see you Monday';
const RISKY = 'please come back to me, I am begging you';

describe('at night, timing pauses only in listed chats (#12)', () => {
  for (const site of [
    'whatsapp',
    'messenger',
    'google-messages',
    'instagram',
    'telegram',
  ] as const) {
    it(`${site}: unlisted, safe sends at once and risky pauses; listed, safe pauses for the hour and the unanswered messages`, async () => {
      await clearStorage(browser());
      await writeSettings(browser(), () => ({
        ...structuredClone(DEFAULT_SETTINGS),
        pauseSeconds: 0,
      }));
      const { title, open } = UNANSWERED[site];
      const page = await openSite(browser().context, site, open);
      await atLocalHour(page, 23);
      await waitForGuardReady(page, site);

      // Unlisted: the safe message goes at once, at 23:xx with messages unanswered.
      const before = (await sentMessages(page)).length;
      await typeDraft(page, site, SAFE);
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toHaveLength(before + 1);
      expect(await dialogState(page)).toBeNull();

      // The same chat, a risky draft: the words pause anywhere.
      await typeDraft(page, site, RISKY);
      await page.keyboard.press('Enter');
      const risky = await waitForDialog(page);
      expect(risky.highlighted.join(' ')).toMatch(/come back|begging/i);
      expect(risky.reasons.join(' ')).not.toMatch(/quiet hours|waiting for a reply/);
      await clickDialogButton(page, 'Keep editing');
      await waitForNoDialog(page);
      await composer(page, site).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => composer(page, site).textContent()).toBe('');

      // Listed: the same safe message pauses for the hour and for the unanswered messages.
      await writeSettings(browser(), () => ({
        ...structuredClone(DEFAULT_SETTINGS),
        pauseSeconds: 0,
        guardedChats: [{ site, title }],
      }));
      const sent = (await sentMessages(page)).length;
      await typeDraft(page, site, SAFE);
      // The chip shows once the tab has the new settings (they reach open tabs live).
      await waitForChip(page);
      await page.keyboard.press('Enter');
      const reasons = (await waitForDialog(page)).reasons.join(' ');
      expect(reasons).toMatch(/quiet hours/);
      expect(reasons).toMatch(/waiting for a reply/);
      expect(await sentMessages(page)).toHaveLength(sent);
      await page.close();
    });
  }
});
