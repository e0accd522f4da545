// Where the guard acts and where it must stay out: decoy editors (search, media caption, edit
// dialog, comment boxes), chat switches that replace the composer, SPA navigation between
// threads, and facebook.com pop-up chats. Risky text is used everywhere, so a guard that acted
// in the wrong place would show itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import { clickGuardButton, readGuard, writeSettings } from './harness/guard-context';
import {
  composer,
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
const SAFE = 'ok see you then';

async function open(site: Site, query?: string): Promise<Page> {
  const page = tab();
  await gotoSite(page, site, { query });
  return page;
}

/** Waits for the live warning, so a later "no chip" is not just the debounce not having run. */
async function expectChip(page: Page): Promise<void> {
  await expect.poll(async () => (await readGuard(page)).chip).toMatch(/^Second thought:/);
}

async function expectNoGuardUi(page: Page): Promise<void> {
  // The chip is debounced; give it time to appear if the guard (wrongly) watched this field.
  await page.waitForTimeout(400);
  expect(await readGuard(page)).toEqual({ chip: null, dialog: null });
}

describe('decoy editors are left alone', () => {
  it('WhatsApp: search box, media caption and edit-message dialog behave as without the extension', async () => {
    await writeSettings(browser());
    const page = await open('whatsapp', 'chat=jordan');
    // A risky draft waits in the chat composer: its chip steps aside while another field is used.
    await typeDraft(page, 'whatsapp', RISKY);
    await expectChip(page);
    const search = page.locator('#side [contenteditable="true"][data-tab="3"]');
    await search.click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await expectNoGuardUi(page);

    await page.locator('#main footer button[aria-label="Attach"]').click();
    const caption = page.locator('[data-testid="media-editor"] [role=textbox]');
    await caption.click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => caption.isVisible()).toBe(false);

    // Jordan's last message is incoming; our own earlier one has the edit button.
    const ownMessage = page
      .locator('#main [role=row] [data-testid^="conv-msg-"]:has([aria-label="Edit message"])')
      .last();
    await ownMessage.hover();
    await ownMessage.locator('[role=button][aria-label="Edit message"]').click();
    await page.locator('[role=dialog][aria-label="Edit message"] [role=textbox]').click();
    await page.keyboard.type(` ${RISKY}`);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');

    await expect
      .poll(() => replicaHook<unknown[]>(page, 'decoyEvents'))
      .toEqual([
        { kind: 'search', text: RISKY },
        { kind: 'caption-send', text: RISKY },
        { kind: 'edit-save', text: `honestly up and down ${RISKY}` },
      ]);
    expect(await sentMessages(page)).toEqual([]);
    expect(await readGuard(page)).toEqual({ chip: null, dialog: null });

    // Back in the chat composer the chip returns, and its draft is still guarded.
    await composer(page, 'whatsapp').click();
    await expectChip(page);
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);
  });

  it('Messenger: "Comment as …" and "Search Messenger" take risky text with no chip and no dialog', async () => {
    const page = await open('messenger');
    await page.locator('[role=textbox][aria-label^="Comment as"]').click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await page.locator('input[aria-label="Search Messenger"]').click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => replicaHook<unknown[]>(page, 'decoyEvents'))
      .toEqual([
        { kind: 'comment', text: RISKY },
        { kind: 'search', text: RISKY },
      ]);
    expect(await readGuard(page)).toEqual({ chip: null, dialog: null });
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('chat switches and SPA navigation', () => {
  it('WhatsApp: after switching chat the new composer is found; safe sends, risky is held', async () => {
    const page = await open('whatsapp', 'chat=jordan');
    const before = await composer(page, 'whatsapp').elementHandle();
    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    await typeDraft(page, 'whatsapp', SAFE);
    await page.keyboard.press('Enter');
    await expect.poll(() => replicaHook<string[]>(page, 'sentIn', 'mum')).toEqual([SAFE]);

    await typeDraft(page, 'whatsapp', RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', 'mum')).toEqual([SAFE]);
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
  });

  it('WhatsApp: from no open chat to a chat, and a chip for one chat goes when another opens', async () => {
    const page = tab();
    await page.goto('https://web.whatsapp.com/?chat=none');
    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await typeDraft(page, 'whatsapp', RISKY);
    await expectChip(page);
    await page.locator('#side [role=listitem]', { hasText: 'Jordan' }).click();
    await expect.poll(async () => (await readGuard(page)).chip).toBeNull();
    await typeDraft(page, 'whatsapp', RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', 'jordan')).toEqual([]);
  });

  it('WhatsApp: a dialog open when the chat switches closes; the draft stays in its chat, unsent', async () => {
    const page = await open('whatsapp', 'chat=jordan');
    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();

    // The chat changes under the dialog (history back: the site's SPA router swaps #main).
    await page.goBack();
    await expect
      .poll(() => composer(page, 'whatsapp').getAttribute('aria-label'))
      .toBe('Type to Jordan');
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await draftText(page, 'whatsapp')).toBe('');

    // Back in Mum's chat the text is where the site keeps drafts, and nothing was sent anywhere.
    await page.goForward();
    await expect
      .poll(() => composer(page, 'whatsapp').getAttribute('aria-label'))
      .toBe('Type to Mum');
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
    expect(await replicaHook<string[]>(page, 'sentIn', 'mum')).toEqual([]);
    expect(await replicaHook<string[]>(page, 'sentIn', 'jordan')).toEqual([]);

    // And the guard still holds it there.
    await composer(page, 'whatsapp').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    await clickGuardButton(page, 'Keep editing');
    expect(await replicaHook<string[]>(page, 'sentIn', 'mum')).toEqual([]);
  });

  it('Messenger: pushState navigation between threads on facebook.com/messages keeps guarding', async () => {
    const page = await open('messenger');
    await page.locator('[role=navigation] a[role=link]', { hasText: 'Jordan Lee' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/messages/t/100071234567890/');
    await typeDraft(page, 'messenger', SAFE);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([SAFE]);

    await page.locator('[role=navigation] a[role=link]', { hasText: 'Weekend hikers' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/messages/t/6543210987654321/');
    await typeDraft(page, 'messenger', RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);

    // A dialog open when the thread changes closes; nothing is sent to either thread.
    await page.goBack();
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await replicaHook<string[]>(page, 'sentIn', '6543210987654321')).toEqual([]);
    expect(await replicaHook<string[]>(page, 'sentIn', '100071234567890')).toEqual([SAFE]);
  });

  it('Messenger: a facebook.com pop-up chat ("Write to …") is guarded; closing it closes the dialog', async () => {
    const page = tab();
    await page.goto('https://www.facebook.com/messages/?popup=1');
    const box = page.locator('[tabindex="-1"] [role=textbox][aria-label="Write to Alex"]');
    await box.click();
    await page.keyboard.type(RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);
    await clickGuardButton(page, 'Keep editing');
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    // Risky send through the pop-up's own send button is held too. (Mouse at the button's
    // place: once the guard holds the pointerdown, its dialog covers the page, as it should.)
    const send = await page
      .locator('[tabindex="-1"] [role=button][aria-label="Press enter to send"]')
      .boundingBox();
    await page.mouse.click(send!.x + send!.width / 2, send!.y + send!.height / 2);
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);

    // The site closes the pop-up under the dialog (no URL change): the dialog must not stay
    // open for a chat that is gone, where "Send anyway" could act on another conversation.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[tabindex="-1"] [aria-label="Close chat"]')!.click(),
    );
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('several facebook.com pop-up chats at once', () => {
  it('the dialog acts on the pop-up it was opened from, never on another one', async () => {
    const page = tab();
    await page.goto('https://www.facebook.com/messages/?popup=2');
    const alex = page.locator('[tabindex="-1"] [role=textbox][aria-label="Write to Alex"]');
    const jordan = page.locator('[tabindex="-1"] [role=textbox][aria-label="Write to Jordan Lee"]');
    // An unsent draft waits in Alex's window; the risky one is typed to Jordan Lee.
    await alex.click();
    await page.keyboard.type(SAFE);
    await jordan.click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();

    await clickGuardButton(page, 'Keep editing');
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await jordan.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBeTruthy();
    await clickGuardButton(page, 'Send anyway');
    await expect
      .poll(() => replicaHook<string[]>(page, 'sentIn', '100071234567890'))
      .toEqual([RISKY]);
    expect(await replicaHook<string[]>(page, 'sentIn', '100064581234567')).toEqual([]);
    expect(await alex.textContent()).toBe(SAFE);
  });
});
