// What the dialog says in the harder moments: the care variant for a self-harm draft (support
// first, the person still decides), repeat attempts to the same chat, and messages already
// waiting for a reply (the adapters count the replica's trailing outgoing rows).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import { clickGuardButton, readGuard, writeSettings } from './harness/guard-context';
import {
  draftText,
  gotoSite,
  replicaHook,
  type Site,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

const RISKY = 'please just talk to me, I am begging you';
const CRISIS = 'I just want to die, there is no point anymore';
/** Reads as everyday logistics: only the unanswered messages before it make it risky. */
const LOGISTICS = 'are you free to pick up the hoodie on saturday?';
const JORDAN_LEE = 'https://www.facebook.com/messages/t/100071234567890/';
/** Ends with two outgoing messages and no reply (the replica's default thread). */
const ALEX_MESSENGER = 'https://www.facebook.com/messages/e2ee/t/100064581234567/';

beforeAll(async () => {
  await writeSettings(browser());
});

async function open(site: Site, options: { query?: string; url?: string }): Promise<Page> {
  const page = tab();
  await gotoSite(page, site, options);
  return page;
}

async function openedDialog(page: Page) {
  await expect.poll(async () => (await readGuard(page)).dialog?.title ?? null).toBeTruthy();
  return (await readGuard(page)).dialog!;
}

describe('self-harm: the care variant', () => {
  for (const [site, options] of [
    ['whatsapp', { query: 'chat=jordan' }],
    ['messenger', { url: JORDAN_LEE }],
  ] as const) {
    it(`${site}: leads with where to find support now, then lets the person choose`, async () => {
      const page = await open(site, options);
      await typeDraft(page, site, CRISIS);
      await expect.poll(async () => (await readGuard(page)).chip).toMatch(/support/);
      await page.keyboard.press('Enter');
      const dialog = await openedDialog(page);
      expect(await sentMessages(page)).toEqual([]);

      expect(dialog.title).toBe("You don't have to carry this alone");
      const { text } = dialog;
      const at = (needle: string) => {
        const i = text.indexOf(needle);
        expect(i, `"${needle}" in the dialog`).toBeGreaterThanOrEqual(0);
        return i;
      };
      // Support comes before anything else: before the draft and before any choice.
      const support = Math.max(at('988'), at('116 123'), at('findahelpline.com'));
      expect(support).toBeLessThan(at(CRISIS));
      expect(at('Samaritans')).toBeLessThan(at('Keep editing'));
      expect(text).not.toMatch(/are you sure/i);

      // The person still decides: all three ways out are there, and sending works once.
      expect(dialog.buttons).toEqual([
        { name: 'Keep editing', disabled: false },
        { name: 'Save as unsent note', disabled: false },
        { name: 'Send anyway', disabled: false },
      ]);
      await clickGuardButton(page, 'Send anyway');
      await expect.poll(() => sentMessages(page)).toEqual([CRISIS]);
      await expect.poll(() => readGuard(page)).toEqual({ chip: null, dialog: null });
      expect(await sentMessages(page)).toEqual([CRISIS]);
    });
  }

  it('an ordinary risky draft gets the ordinary dialog, with no crisis lines', async () => {
    const page = await open('whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    const dialog = await openedDialog(page);
    expect(dialog.title).toBe('A second thought before you send');
    expect(dialog.text).not.toContain('988');
  });
});

describe('repeat attempts', () => {
  it('several risky sends to the same chat in a short time: the dialog says so gently', async () => {
    const page = await open('whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', RISKY);
    const notices: boolean[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.keyboard.press('Enter');
      const dialog = await openedDialog(page);
      notices.push(/try number \d/i.test(dialog.text));
      if (attempt === 3) {
        expect(dialog.text).toContain('This is try number 3 in the last few minutes');
        expect(dialog.text).toMatch(/stepping away/i);
      }
      await clickGuardButton(page, 'Keep editing');
      await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    }
    expect(notices).toEqual([false, false, true]);
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
    expect(await sentMessages(page)).toEqual([]);

    // Counted per chat: the first risky send in another chat gets no such note.
    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    expect((await openedDialog(page)).text).not.toMatch(/try number/i);
  });
});

describe('double-text: unanswered outgoing messages', () => {
  // Timing and sending patterns are about the relationship, not the words: they pause only in
  // the chats the person listed (guidance.md, "Where a pause belongs").
  beforeAll(async () => {
    await writeSettings(browser(), (s) => ({
      ...s,
      guardedChats: [
        { site: 'whatsapp', title: 'Alex' },
        { site: 'messenger', title: 'Alex' },
      ],
    }));
  });

  it('WhatsApp, Alex listed: a safe-looking draft after 3 unanswered messages is held; after a reply it is not', async () => {
    const page = await open('whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', LOGISTICS);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([LOGISTICS]);

    await page.locator('#side [role=listitem]', { hasText: 'Alex' }).click();
    await typeDraft(page, 'whatsapp', LOGISTICS);
    await expect
      .poll(async () => (await readGuard(page)).chip)
      .toBe('Second thought: earlier messages still unanswered.');
    await page.keyboard.press('Enter');
    expect((await openedDialog(page)).text).toContain(
      '3 of your messages here are still waiting for a reply',
    );
    await clickGuardButton(page, 'Keep editing');
    expect(await sentMessages(page)).toEqual([]);

    // Alex answers: nothing is unanswered now, so the same draft goes through at once.
    await replicaHook(page, 'receive', 'yes, saturday works');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([LOGISTICS]);
  });

  it('WhatsApp legacy rows (.message-out, true_ ids) are counted too', async () => {
    const page = await open('whatsapp', { query: 'chat=alex&variant=legacy' });
    await typeDraft(page, 'whatsapp', LOGISTICS);
    await page.keyboard.press('Enter');
    expect((await openedDialog(page)).text).toContain('3 of your messages here');
  });

  it('Messenger, Alex listed: two unanswered messages in the thread feed double-text', async () => {
    const page = await open('messenger', { url: ALEX_MESSENGER });
    await typeDraft(page, 'messenger', LOGISTICS);
    await expect.poll(async () => (await readGuard(page)).chip).toMatch(/unanswered/);
    await page.keyboard.press('Enter');
    expect((await openedDialog(page)).text).toContain('2 of your messages here');
    await clickGuardButton(page, 'Keep editing');
    expect(await sentMessages(page)).toEqual([]);

    await page.locator('[role=navigation] a[role=link]', { hasText: 'Jordan Lee' }).click();
    await typeDraft(page, 'messenger', LOGISTICS);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([LOGISTICS]);
  });

  it('Messenger: in a chat that is not listed, unanswered messages hold nothing', async () => {
    await writeSettings(browser());
    const page = await open('messenger', { url: ALEX_MESSENGER });
    await typeDraft(page, 'messenger', RISKY); // the guard is running in this tab
    await expect.poll(async () => (await readGuard(page)).chip).toMatch(/^Second thought:/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await typeDraft(page, 'messenger', LOGISTICS);
    await page.waitForTimeout(400); // past the live check's debounce: no chip comes
    expect((await readGuard(page)).chip).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([LOGISTICS]);
    expect((await readGuard(page)).dialog).toBeNull();
  });
});
