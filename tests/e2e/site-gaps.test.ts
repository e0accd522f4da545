// Enters that are not new sends, with the extension loaded (issue #13, "the two known gaps"):
// on WhatsApp, Enter while the emoji suggestion list is open picks an emoji; on Messenger, Enter
// (or the send control) in edit mode saves the edit. Both reach the site untouched, open no
// dialog and count nothing; once the list is closed or the edit is left, Enter on a risky
// draft is held as always.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import {
  chipText,
  dialogIsOpen,
  outcomeTotals,
  pressSendButton,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForChip,
  waitForCount,
  waitForDialog,
  waitForGuardReady,
} from './harness/guard';
import { composer, draftText, gotoSite, sentMessages, typeDraft } from './harness/sites';

/** Flagged by `begging` (checked with `npm run rules`); the rest of the engine stays quiet. */
const RISKY = "please please come back to me, I can't live without you";
/** Flagged by nothing. */
const SAFE = 'Could you drop the box at reception by Friday? Thanks';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);
let page: Page;

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

describe('WhatsApp: the emoji suggestion list owns Enter while it is open', () => {
  const LIST = '#main footer #emoji-suggestion[role="listbox"]';
  const open = async () => {
    page = tab();
    await gotoSite(page, 'whatsapp');
  };

  it('Enter picks the emoji into a risky draft: no dialog, nothing sent; the next Enter is held', async () => {
    await open();
    const before = await outcomeTotals(browser());
    await typeDraft(page, 'whatsapp', `${RISKY} :sm`);
    await waitForChip(page); // the guard is listening and finds the draft risky
    await page.locator(LIST).waitFor();
    await page.keyboard.press('Enter');
    // Had the guard held this Enter, the site would never have picked the emoji.
    await expect.poll(() => draftText(page, 'whatsapp')).toBe(`${RISKY} 😄`);
    expect(await dialogIsOpen(page)).toBe(false);
    expect(await sentMessages(page)).toEqual([]);

    await page.keyboard.press('Enter'); // the list is closed: this one would send
    const dialog = await waitForDialog(page);
    expect(dialog.draft).toBe(`${RISKY} 😄`);
    await waitForCount(browser(), 'paused', before.paused + 1);
    const after = await outcomeTotals(browser());
    expect(after.paused).toBe(before.paused + 1); // the emoji's Enter paused nothing
    expect(after['safe-send']).toBe(before['safe-send']);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('the Enter that picks is not counted as a send, even in a safe draft', async () => {
    await open();
    await waitForGuardReady(page, 'whatsapp');
    const before = await outcomeTotals(browser());
    await typeDraft(page, 'whatsapp', `${SAFE} :pr`);
    await page.locator(LIST).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => draftText(page, 'whatsapp')).toBe(`${SAFE} 🙏`);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([`${SAFE} 🙏`]);
    await waitForCount(browser(), 'safe-send', before['safe-send'] + 1);
    expect((await outcomeTotals(browser()))['safe-send']).toBe(before['safe-send'] + 1);
  });

  it('once Escape closed the list, Enter on the risky draft opens the dialog', async () => {
    await open();
    await typeDraft(page, 'whatsapp', `${RISKY} :sm`);
    await waitForChip(page);
    await page.locator(LIST).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#emoji-suggestion').count()).toBe(0);
    await page.keyboard.press('Enter');
    const dialog = await waitForDialog(page);
    expect(dialog.draft).toBe(`${RISKY} :sm`);
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('Messenger: saving an edit to a sent message is not a new send', () => {
  const CONVERSATION = 'div[role="main"][aria-label^="Conversation"]';
  const lastSent = () =>
    page
      .locator(`${CONVERSATION} [role=grid] [role=row]`)
      .filter({ has: page.locator('[aria-label^="You sent"]') })
      .last();
  const lastSentText = () => lastSent().locator('[aria-label^="You sent"]').textContent();

  const open = async () => {
    page = tab();
    await gotoSite(page, 'messenger');
  };
  /** Hovers the last sent message, chooses "Edit", and writes `text` over it. */
  const editLastSentTo = async (text: string) => {
    await lastSent().hover();
    await lastSent().locator('[role=button][aria-label="Edit"]').click();
    await page.locator(`${CONVERSATION} :text-is("Editing message")`).waitFor();
    await composer(page, 'messenger').press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };

  it('Enter saves a risky edit in place: no dialog, nothing sent, nothing counted', async () => {
    await open();
    await waitForGuardReady(page, 'messenger');
    const before = await outcomeTotals(browser());
    await editLastSentTo(RISKY);
    await waitForChip(page); // the guard reads the box and finds the text risky…
    await page.keyboard.press('Enter');
    // …yet the edit went to the site: it saved it in the same bubble.
    await expect.poll(lastSentText).toBe(RISKY);
    expect(await dialogIsOpen(page)).toBe(false);
    expect(await sentMessages(page)).toEqual([]);
    expect(await draftText(page, 'messenger')).toBe('');
    await expect.poll(() => chipText(page)).toBe('');

    // A new safe message afterwards is counted once; the edit added nothing before it.
    await typeDraft(page, 'messenger', SAFE);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([SAFE]);
    await waitForCount(browser(), 'safe-send', before['safe-send'] + 1);
    const after = await outcomeTotals(browser());
    expect(after['safe-send']).toBe(before['safe-send'] + 1);
    expect(after.paused).toBe(before.paused);
  });

  it('the send control saves a risky edit untouched too', async () => {
    await open();
    await editLastSentTo(RISKY);
    await waitForChip(page);
    await pressSendButton(page, 'messenger');
    await expect.poll(lastSentText).toBe(RISKY);
    expect(await dialogIsOpen(page)).toBe(false);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('after Escape leaves edit mode, Enter on a risky draft opens the dialog', async () => {
    await open();
    await editLastSentTo('are you awake??');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator(`${CONVERSATION} :text-is("Editing message")`).count())
      .toBe(0);
    await typeDraft(page, 'messenger', RISKY);
    await waitForChip(page);
    await page.keyboard.press('Enter');
    const dialog = await waitForDialog(page);
    expect(dialog.draft).toBe(RISKY);
    expect(await sentMessages(page)).toEqual([]);
    expect(await lastSentText()).toBe('are you awake?');
  });
});
