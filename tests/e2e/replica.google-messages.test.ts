// The Google Messages for Web replica behaves like the real site (dom-notes-more-sites §2), with
// no extension loaded. If the replica drifts from the notes, these fail, so extension tests never
// pass against a toy.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import {
  commitImeWithEnter,
  composer,
  draftText,
  gotoSite,
  outgoingBubbles,
  replicaHook,
  SEND_CONTROL,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: false });
const tab = useTab(browser);
const SITE = 'google-messages';
let page: Page;

const open = async (options: { query?: string; url?: string } = {}) => {
  page = tab();
  await gotoSite(page, SITE, options);
  return page;
};

const sendButton = () => page.locator('mws-message-compose button[data-e2e-send-text-button]');

describe('Google Messages replica composer', () => {
  it('is a plain textarea inside mws-message-compose / mws-autosize-textarea', async () => {
    await open();
    const shape = await composer(page, SITE).evaluate((el) => ({
      tag: el.tagName,
      inAutosize: el.parentElement?.tagName,
      inInput: el.closest('[data-e2e-message-input]') !== null,
      inCompose: el.closest('mws-message-compose') !== null,
      contentEditable: el.closest('[contenteditable="true"]') !== null,
    }));
    expect(shape).toEqual({
      tag: 'TEXTAREA',
      inAutosize: 'MWS-AUTOSIZE-TEXTAREA',
      inInput: true,
      inCompose: true,
      contentEditable: false,
    });
  });

  it('keeps the send button disabled while the draft is empty or blank', async () => {
    await open();
    expect(await sendButton().isDisabled()).toBe(true);
    await typeDraft(page, SITE, '   ');
    expect(await sendButton().isDisabled()).toBe(true);
    await page.keyboard.type('hi');
    expect(await sendButton().isDisabled()).toBe(false);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    expect(await sendButton().isDisabled()).toBe(true);
  });

  it('sends the exact text on Enter, adds an outgoing row and empties the textarea', async () => {
    await open();
    await typeDraft(page, SITE, 'See you at the Station at 6, OK?');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['See you at the Station at 6, OK?']);
    expect(await draftText(page, SITE)).toBe('');
    expect(await sendButton().isDisabled()).toBe(true);
    expect((await outgoingBubbles(page, SITE)).at(-1)).toBe('See you at the Station at 6, OK?');
    const last = page.locator('mws-messages-list mws-message-wrapper').last();
    expect(await last.getAttribute('is-outgoing')).toBe('true');
    expect(await last.getAttribute('class')).toBe('outgoing');
    expect(await last.getAttribute('is-last')).toBe('true');
    // Pending ids start with tmp_ and become final, as the notes' bridge code waits for.
    await expect.poll(() => last.getAttribute('msg-id')).not.toMatch(/^tmp_/);
    expect(await last.locator('mws-text-message-part').getAttribute('aria-label')).toMatch(
      /^You said: See you at the Station at 6, OK\?\. Sent on .+ at .+\. RCS\.$/,
    );
  });

  it('Shift+Enter makes a line break; multi-line text with emoji is sent with the button', async () => {
    await open();
    const text = 'Line one 👋\n\nline three ❤️';
    await typeDraft(page, SITE, text);
    expect(await draftText(page, SITE)).toBe(text);
    expect(await sentMessages(page)).toEqual([]);
    await page.locator(SEND_CONTROL[SITE]).click();
    await expect.poll(() => sentMessages(page)).toEqual([text]);
  });

  it('does not send when Enter only ends an IME composition', async () => {
    await open();
    await composer(page, SITE).click();
    await commitImeWithEnter(page, 'ありがとう');
    expect(await draftText(page, SITE)).toBe('ありがとう');
    expect(await sentMessages(page)).toEqual([]);
  });

  it('ignores a synthetic Enter (the notes infer it may not send); the button still sends', async () => {
    await open();
    await typeDraft(page, SITE, 'typed');
    await composer(page, SITE).evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
      ),
    );
    expect(await sentMessages(page)).toEqual([]);
    await sendButton().evaluate((el) => (el as HTMLButtonElement).click());
    await expect.poll(() => sentMessages(page)).toEqual(['typed']);
  });
});

describe('Google Messages replica page', () => {
  it('marks rows outgoing/incoming, renders only the latest 25, and titles the chat with h2s', async () => {
    await open({ url: 'https://messages.google.com/web/conversations/1004' });
    expect(await replicaHook<number>(page, 'messageCount')).toBe(40);
    expect(await page.locator('mws-messages-list mws-message-wrapper[msg-id]').count()).toBe(25);
    expect(await page.locator('mws-tombstone-message-wrapper').count()).toBe(1);
    expect(await page.locator('[data-e2e-header-title] h2').allTextContents()).toEqual(['Jordan']);
    // The phone-connection banner (§2.7) has an h2 of its own, and goes once "connected".
    expect(await page.locator('.information-banner h2.title').textContent()).toBe('Connecting');
    await expect.poll(() => page.locator('.information-banner').isHidden()).toBe(true);
    await open({ url: 'https://messages.google.com/web/conversations/1003' });
    expect(await page.locator('[data-e2e-header-title] h2').allTextContents()).toEqual([
      'Sam,',
      'Priya',
    ]);
    const rows = page.locator('mws-messages-list mws-message-wrapper');
    expect(
      await rows.evaluateAll((els) => els.map((el) => el.getAttribute('is-outgoing'))),
    ).toEqual(['false', 'true', 'false']);
    await replicaHook(page, 'receive', 'See you there');
    expect(await rows.last().getAttribute('class')).toBe('incoming');
    expect(await rows.last().locator('mws-text-message-part').getAttribute('aria-label')).toMatch(
      /^Sam said: See you there\. Received on /,
    );
  });

  it('replaces the conversation and its composer when another is opened, and pushes the URL', async () => {
    await open();
    const oldBox = await composer(page, SITE).elementHandle();
    await page.locator('mws-conversation-list-item a', { hasText: 'Mum' }).click();
    await expect.poll(() => page.url()).toBe('https://messages.google.com/web/conversations/1002');
    expect(await oldBox!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('[data-e2e-header-title]').textContent()).toBe('Mum');
    await typeDraft(page, SITE, 'Lunch sounds GOOD');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Lunch sounds GOOD']);
    expect(await replicaHook<string[]>(page, 'sentIn', '1001')).toEqual([]);
    await page.goBack();
    await expect
      .poll(() => page.locator('[data-e2e-header-title]').textContent())
      .toBe('Alex Morgan');
    await composer(page, SITE).waitFor();
  });

  it('shows the inbox, with no composer, at /web/conversations', async () => {
    page = tab();
    await page.goto('https://messages.google.com/web/conversations');
    await page.locator('mws-conversation-list-item').first().waitFor();
    expect(await composer(page, SITE).count()).toBe(0);
    expect(await page.locator('[data-e2e-header-title]').count()).toBe(0);
  });

  it('has a search field (a decoy) that filters the list and never sends', async () => {
    await open();
    await page.locator('input[type=search][aria-label="Search conversations"]').click();
    await page.keyboard.type('Mu');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mws-conversation-list-item').count()).toBe(1);
    expect(await replicaHook<Array<{ kind: string }>>(page, 'decoyEvents')).toContainEqual({
      kind: 'search',
      text: 'Mu',
    });
    expect(await sentMessages(page)).toEqual([]);
    // The list's snippets are not thread rows: they carry no msg-id.
    expect(
      await page.locator('mws-conversation-list-item mws-message-wrapper[msg-id]').count(),
    ).toBe(0);
  });
});

describe('Google Messages replica rollout variants', () => {
  it('changed=composer: the textarea loses its data-e2e and mws-* wrappers, and still sends', async () => {
    page = tab();
    await page.goto('https://messages.google.com/web/conversations/1001?changed=composer');
    const box = page.locator('textarea.gm-composer');
    await box.waitFor();
    expect(await page.locator('textarea[data-e2e-message-input-box]').count()).toBe(0);
    expect(await page.locator('mws-message-compose').count()).toBe(0);
    await box.click();
    await page.keyboard.type('still works');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['still works']);
  });

  it('changed=send: the send button loses its data-e2e attribute and element, and still sends', async () => {
    await open({ query: 'changed=send' });
    expect(await page.locator('[data-e2e-send-text-button], mws-message-send-button').count()).toBe(
      0,
    );
    await typeDraft(page, SITE, 'via button');
    await page.locator('button.gm-send').click();
    await expect.poll(() => sentMessages(page)).toEqual(['via button']);
  });

  it('keeps every request on the machine', () => {
    expect(browser().routing.blocked).toEqual([]);
  });
});
