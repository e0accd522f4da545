// Issue 12, "The person can correct it" and "Unsent notes come back", on both practice sites:
// - "Not risky" in the dialog → never flag this phrase: the phrase joins the never-flag list,
//   the dialog checks the draft again and, with nothing left, lets it go at once (the pause is
//   5 s, so "Send anyway" would still be locked); Undo takes the phrase and the count back.
// - "Not risky" on the chip → not in this chat: that rule is off for this chat only, the chip
//   goes, Undo brings it back; marked again, Enter sends at once.
// - "Save as unsent note" → a confirmation (role=status) with Undo, which puts the exact draft
//   (line breaks and emoji) back in the box and deletes the note.
// In a chat whose last message is incoming, at an afternoon hour, so only the words count.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-schema';
import { INCOMING_LAST } from './harness/chats';
import { atLocalHour } from './harness/clock';
import { clearStorage } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import {
  chipText,
  clickDialogButton,
  clickOverlayButton,
  dialogState,
  getSettings,
  noticeText,
  readStored,
  storedNotes,
  waitForChip,
  waitForDialog,
  waitForGuardReady,
  waitForNoDialog,
  waitForQuestion,
} from './harness/guard';
import { writeSettings } from './harness/guard-context';
import { draftText, openSite, type Site, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });

const PLEADING = 'please come back to me';
const LETTER = 'please come back 🥺\nI miss us so much\n\nI am begging you ❤️ one more chance';

async function openChat(site: Site): Promise<Page> {
  await clearStorage(browser());
  await writeSettings(browser(), () => ({ ...structuredClone(DEFAULT_SETTINGS), pauseSeconds: 5 }));
  const page = await openSite(browser().context, site, INCOMING_LAST[site].open);
  await atLocalHour(page, 15);
  await waitForGuardReady(page, site);
  return page;
}

async function corrections(): Promise<Record<string, number>> {
  return (
    (await readStored<{ byRule: Record<string, number> }>(browser(), 'corrections'))?.byRule ?? {}
  );
}

describe('"Not risky" (#12)', () => {
  for (const site of [
    'whatsapp',
    'messenger',
    'google-messages',
    'instagram',
    'telegram',
  ] as const) {
    it(`${site}: in the dialog, never flag this phrase; nothing left, it sends at once; Undo takes it back`, async () => {
      const page = await openChat(site);
      await typeDraft(page, site, PLEADING);
      await page.keyboard.press('Enter');
      await waitForDialog(page);

      await clickOverlayButton(page, 'Not risky');
      const choices = await waitForQuestion(page);
      expect(choices).toEqual([
        expect.stringMatching(/^Never flag “.+” again$/),
        'Not in this chat',
        'Cancel',
      ]);
      await clickOverlayButton(page, choices[0]!);

      await expect
        .poll(async () => (await dialogState(page))?.title)
        .toBe('Nothing left to pause for');
      const cleared = (await dialogState(page))!;
      expect(cleared.buttons.find((b) => b.name === 'Send now')?.disabled).toBe(false);
      expect((await getSettings(browser())).engine.neverFlag.length).toBeGreaterThan(0);
      expect(await corrections()).toEqual({ begging: 1 });

      await clickOverlayButton(page, 'Undo');
      await expect
        .poll(async () => (await dialogState(page))?.title)
        .toBe('A second thought before you send');
      expect((await getSettings(browser())).engine.neverFlag).toEqual([]);
      expect(await corrections()).toEqual({});
      expect(await sentMessages(page)).not.toContain(PLEADING);

      await clickOverlayButton(page, 'Not risky');
      await clickOverlayButton(page, (await waitForQuestion(page))[0]!);
      await expect
        .poll(async () => (await dialogState(page))?.title)
        .toBe('Nothing left to pause for');
      await clickOverlayButton(page, 'Send now');
      await waitForNoDialog(page);
      await expect.poll(async () => (await sentMessages(page)).at(-1)).toBe(PLEADING);
      await page.close();
    });

    it(`${site}: on the chip, not in this chat; Undo brings the warning back; marked again, Enter sends`, async () => {
      const page = await openChat(site);
      await typeDraft(page, site, PLEADING);
      await waitForChip(page);
      await clickOverlayButton(page, 'Not risky');
      await waitForQuestion(page);
      await clickOverlayButton(page, 'Not in this chat');

      await expect.poll(() => noticeText(page)).toMatch(/will not be flagged in this chat/);
      const { rulesOffInChats } = await getSettings(browser());
      expect(rulesOffInChats).toEqual([
        { site, title: INCOMING_LAST[site].title, rules: ['begging'] },
      ]);

      await clickOverlayButton(page, 'Undo');
      await expect.poll(() => noticeText(page)).toMatch(/Undone/);
      expect((await getSettings(browser())).rulesOffInChats).toEqual([]);
      // The notice steps aside after a few seconds and the warning is back.
      await expect.poll(() => chipText(page), { timeout: 15_000 }).toMatch(/pleading \(“come back/);

      await clickOverlayButton(page, 'Not risky');
      await waitForQuestion(page);
      await clickOverlayButton(page, 'Not in this chat');
      await expect.poll(() => noticeText(page)).toMatch(/will not be flagged in this chat/);
      await typeDraft(page, site, '');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await sentMessages(page)).at(-1)).toBe(PLEADING);
      expect(await dialogState(page)).toBeNull();
      expect(await corrections()).toEqual({ begging: 1 });
      await page.close();
    });
  }
});

describe('the saved-note confirmation (#12)', () => {
  for (const site of [
    'whatsapp',
    'messenger',
    'google-messages',
    'instagram',
    'telegram',
  ] as const) {
    it(`${site}: says where the note is, and Undo puts the exact draft back and deletes the note`, async () => {
      const page = await openChat(site);
      await typeDraft(page, site, LETTER);
      expect(await draftText(page, site)).toBe(LETTER);
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      await clickDialogButton(page, 'Save as unsent note');
      await waitForNoDialog(page);
      await expect.poll(() => draftText(page, site)).toBe('');
      await expect.poll(() => noticeText(page)).toMatch(/Saved to your unsent notes/);
      expect((await storedNotes(browser())).map((n) => n.text)).toEqual([LETTER]);

      await clickOverlayButton(page, 'Undo');
      await expect.poll(() => draftText(page, site)).toBe(LETTER);
      await expect.poll(async () => (await storedNotes(browser())).length).toBe(0);
      expect(await noticeText(page)).toMatch(/back in the box/);
      expect(await sentMessages(page)).not.toContain(LETTER);
      await page.close();
    });
  }
});
