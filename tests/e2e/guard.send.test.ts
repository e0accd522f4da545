// The send path with the extension loaded, on every practice site: safe drafts go at once, risky
// ones are held (Enter and a real click on the send button), Shift+Enter and IME commits are
// left alone, the live warning comes and goes without covering the site's controls, and a
// second Enter while the dialog is open adds nothing.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPLICA_URLS } from '../practice/routes';
import { useBrowser, useTab } from './harness/fixture';
import {
  chipBox,
  chipText,
  clickDialogButton,
  composerHasFocus,
  dialogIsOpen,
  dialogState,
  outcomeTotals,
  pressSendButton,
  sendAndWaitForDialog,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForChip,
  waitForCount,
  waitForDialog,
  waitForGuardReady,
  waitForNoDialog,
  waitForSendAnywayEnabled,
} from './harness/guard';
import {
  clickSend,
  commitImeWithEnter,
  composer,
  draftText,
  gotoSite,
  type OpenOptions,
  outgoingBubbles,
  SEND_CONTROL,
  type Site,
  sentMessages,
  typeDraft,
} from './harness/sites';

/** Flagged by `begging` (checked with `npm run rules`); the rest of the engine stays quiet. */
const RISKY = "please please come back to me, I can't live without you";
/** Flagged by nothing. Mixed case and punctuation, so a send that alters text is caught. */
const SAFE = 'Could you drop the box at reception by Friday? Thanks';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const)(
  'guard on %s: sending',
  (site: Site) => {
    let page: Page;
    const open = async () => {
      page = tab();
      await gotoSite(page, site);
    };
    const timesSent = async (text: string) =>
      (await outgoingBubbles(page, site)).filter((t) => t === text).length;

    it.each(['Enter', 'send button'] as const)(
      'sends a safe draft at once with %s',
      async (via) => {
        await open();
        await waitForGuardReady(page, site);
        const before = await outcomeTotals(browser());
        await typeDraft(page, site, SAFE);
        if (via === 'Enter') await page.keyboard.press('Enter');
        else await clickSend(page, site);
        await expect.poll(() => sentMessages(page)).toEqual([SAFE]);
        expect(await timesSent(SAFE)).toBe(1);
        expect(await dialogIsOpen(page)).toBe(false);
        expect(await chipText(page)).toBe('');
        // The guard saw the send and let it through: counted as a safe send, no pause.
        await waitForCount(browser(), 'safe-send', before['safe-send'] + 1);
        const after = await outcomeTotals(browser());
        expect(after['safe-send']).toBe(before['safe-send'] + 1); // one send, counted once
        expect(after.paused).toBe(before.paused);
      },
    );

    it.each(['Enter', 'send button'] as const)(
      'holds a risky draft sent with %s and opens the dialog',
      async (via) => {
        await open();
        const before = await outcomeTotals(browser());
        const dialog = await sendAndWaitForDialog(
          page,
          site,
          RISKY,
          via === 'Enter' ? 'Enter' : 'button',
        );
        expect(dialog.draft).toBe(RISKY);
        await waitForCount(browser(), 'paused', before.paused + 1);
        expect(await sentMessages(page)).toEqual([]);
        expect(await timesSent(RISKY)).toBe(0);
        expect(await draftText(page, site)).toBe(RISKY);
        // The site's send control is still there with the draft behind the dialog.
        expect(await page.locator(SEND_CONTROL[site]).count()).toBe(1);
      },
    );

    it('lets Shift+Enter make a new line, without the dialog', async () => {
      await open();
      await typeDraft(page, site, 'please come back');
      await waitForChip(page); // The guard is listening and sees a risky draft…
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('to me');
      // …yet Shift+Enter is the site's new line, not a send.
      await expect.poll(() => draftText(page, site)).toBe('please come back\nto me');
      expect(await dialogIsOpen(page)).toBe(false);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('lets the Enter that commits an IME composition through, then guards the next Enter', async () => {
      await open();
      await typeDraft(page, site, 'please come back ');
      await waitForChip(page);
      await commitImeWithEnter(page, 'ありがとう');
      await expect.poll(() => draftText(page, site)).toBe('please come back ありがとう');
      expect(await dialogIsOpen(page)).toBe(false);
      expect(await sentMessages(page)).toEqual([]);
      await page.keyboard.press('Enter');
      expect((await waitForDialog(page)).draft).toBe('please come back ありがとう');
      expect(await sentMessages(page)).toEqual([]);
    });

    it('shows a warning chip that names what it saw, covers nothing, and goes when the draft is fine', async () => {
      await open();
      const before = await outcomeTotals(browser());
      await typeDraft(page, site, 'See you soon, ');
      const send = page.locator(SEND_CONTROL[site]);
      const composerBefore = await composer(page, site).boundingBox();
      const sendBefore = await send.boundingBox();
      expect(await chipText(page)).toBe('');

      await page.keyboard.type('please come back');
      const text = await waitForChip(page);
      expect(text).toContain('pleading');
      expect(text).toContain('“please come back”');
      await waitForCount(browser(), 'warned', before.warned + 1);
      const chip = (await chipBox(page))!;
      expect(chip.width).toBeGreaterThan(0);
      // It floats above the composer: the site's controls neither move nor get covered.
      expect(await composer(page, site).boundingBox()).toEqual(composerBefore);
      expect(await send.boundingBox()).toEqual(sendBefore);
      expect(overlaps(chip, sendBefore!)).toBe(false);
      expect(overlaps(chip, composerBefore!)).toBe(false);

      for (let i = 0; i < 'please come back'.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => chipText(page)).toBe('');
      expect(await chipBox(page)).toBeNull();
      expect(await draftText(page, site)).toBe('See you soon, ');
      expect(await dialogIsOpen(page)).toBe(false);

      // Undo (handled by the editor on keydown, with no input event) brings the words and the chip back.
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => draftText(page, site)).toBe('See you soon, please come back');
      expect(await waitForChip(page)).toContain('pleading');
    });

    it('warns about a pasted draft (no typing) and holds it', async () => {
      await open();
      await composer(page, site).click();
      // A paste from the context menu: no key is pressed, and the editor inserts the text itself.
      await composer(page, site).evaluate((el, text) => {
        if (el instanceof HTMLTextAreaElement) {
          // A textarea pastes natively (a synthetic paste event inserts nothing there): the text
          // goes in as an edit with its `input` event and no key, as insertText does.
          document.execCommand('insertText', false, text);
          return;
        }
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, RISKY);
      await expect.poll(() => draftText(page, site)).toBe(RISKY);
      expect(await waitForChip(page)).toContain('pleading');
      await page.keyboard.press('Enter');
      expect((await waitForDialog(page)).draft).toBe(RISKY);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('ignores a held-down Enter while the dialog is open (no button pressed, nothing sent)', async () => {
      await open();
      const before = await outcomeTotals(browser());
      await typeDraft(page, site, RISKY);
      await waitForChip(page);
      await page.keyboard.down('Enter');
      await expect.poll(async () => (await dialogState(page))?.focused).toBe('Keep editing');
      // Key auto-repeat: more keydowns of the same press, now landing in the dialog.
      await page.keyboard.down('Enter');
      await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      await waitForCount(browser(), 'paused', before.paused + 1);
      expect(await dialogIsOpen(page)).toBe(true);
      expect(await sentMessages(page)).toEqual([]);
      const after = await outcomeTotals(browser());
      expect(after.paused).toBe(before.paused + 1);
      expect(after['kept-editing']).toBe(before['kept-editing']);
    });

    it('holds an Enter pressed in the composer while the dialog is already open', async () => {
      await open();
      const before = await outcomeTotals(browser());
      await sendAndWaitForDialog(page, site, RISKY);
      await expect.poll(async () => (await dialogState(page))?.focused).toBe('Keep editing');
      // The site may pull focus back to its composer (WhatsApp does on some events).
      await composer(page, site).evaluate((el) => (el as HTMLElement).focus());
      expect(await composerHasFocus(page, site)).toBe(true);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      expect(await dialogIsOpen(page)).toBe(true);
      expect(await sentMessages(page)).toEqual([]);
      expect(await draftText(page, site)).toBe(RISKY);
      await waitForCount(browser(), 'paused', before.paused + 1);
      expect((await outcomeTotals(browser())).paused).toBe(before.paused + 1);
    });
  },
);

// The send control changes shape, icon and label between rollouts and languages, and Messenger
// also runs on messenger.com and in facebook.com pop-up chats: the click is held and Send anyway
// goes through the site's own button on each.
const VARIANTS: Array<{ name: string; site: Site; open: OpenOptions }> = [
  {
    name: 'WhatsApp, div[role=button] send control',
    site: 'whatsapp',
    open: { query: 'variant=divbutton' },
  },
  {
    name: 'WhatsApp, legacy rows and "send" icon',
    site: 'whatsapp',
    open: { query: 'variant=legacy' },
  },
  { name: 'WhatsApp in Portuguese ("Enviar")', site: 'whatsapp', open: { query: 'lang=pt' } },
  {
    name: 'WhatsApp, Shift+Enter makes paragraphs',
    site: 'whatsapp',
    open: { query: 'lines=paragraphs' },
  },
  { name: 'messenger.com', site: 'messenger', open: { url: REPLICA_URLS.messengerDotCom } },
  {
    name: 'facebook.com pop-up chat',
    site: 'messenger',
    open: { url: 'https://www.facebook.com/messages/?popup=1' },
  },
  {
    name: 'Google Messages, a group conversation',
    site: 'google-messages',
    open: { url: 'https://messages.google.com/web/conversations/1003' },
  },
  {
    name: 'Instagram, a group thread',
    site: 'instagram',
    open: { url: 'https://www.instagram.com/direct/t/340282366841710303/' },
  },
];

// A person who tabs to WhatsApp's send <button> and presses Enter or Space sends with the
// keyboard; the button's click is held like a mouse click. (The Messenger replica's
// div[role=button] only listens for clicks, so it has no keyboard path to test.)
describe('guard on whatsapp: the send button pressed from the keyboard', () => {
  it.each(['Enter', 'Space'] as const)(
    'holds a risky draft sent with %s on the focused button',
    async (key) => {
      const page = tab();
      await gotoSite(page, 'whatsapp');
      await typeDraft(page, 'whatsapp', RISKY);
      await waitForChip(page);
      await page.locator(SEND_CONTROL.whatsapp).focus();
      await page.keyboard.press(key);
      expect((await waitForDialog(page)).draft).toBe(RISKY);
      expect(await sentMessages(page)).toEqual([]);
      expect(await draftText(page, 'whatsapp')).toBe(RISKY);
    },
  );
});

describe.each(VARIANTS)('guard on $name', ({ site, open }) => {
  it('holds a click on the send button, then Send anyway sends the exact text once', async () => {
    const page = tab();
    await gotoSite(page, site, open);
    const text = "please come back 🙏\nI can't live without you";
    await typeDraft(page, site, text);
    await waitForChip(page);
    // Whatever the layout (a narrow pop-up too), the chip leaves the send button uncovered.
    const send = (await page.locator(SEND_CONTROL[site]).boundingBox())!;
    expect(overlaps((await chipBox(page))!, send)).toBe(false);
    await pressSendButton(page, site);
    const dialog = await waitForDialog(page);
    expect(dialog.draft).toBe(text);
    expect(await sentMessages(page)).toEqual([]);
    await waitForSendAnywayEnabled(page);
    await clickDialogButton(page, 'Send anyway');
    await waitForNoDialog(page);
    await expect.poll(() => sentMessages(page)).toEqual([text]);
    expect(await draftText(page, site)).toBe('');
  });
});
