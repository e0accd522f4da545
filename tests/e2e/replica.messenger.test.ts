// The Messenger replica behaves like facebook.com/messages (dom-notes §2), with no extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import {
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
let page: Page;

const open = async (options: { query?: string; url?: string } = {}) => {
  page = tab();
  await gotoSite(page, 'messenger', options);
  return page;
};
const CONVERSATION = 'div[role="main"][aria-label^="Conversation"]';
const ROWS = `${CONVERSATION} [role=grid][aria-label^="Messages in conversation"] [role=row]:has([data-scope="messages_table"])`;
const likeButton = (p: Page) =>
  p.locator('div[aria-label="Thread composer"] div[role=button][aria-label="Send a Like"]');

describe('Messenger replica composer', () => {
  it('is a real Lexical textbox inside the Thread composer of the conversation', async () => {
    await open();
    const box = composer(page, 'messenger');
    const attrs = await box.evaluate((el) => ({
      label: el.getAttribute('aria-label'),
      placeholder: el.getAttribute('aria-placeholder'),
      lexical: el.getAttribute('data-lexical-editor'),
      hasEditor: (el as unknown as Record<string, unknown>).__lexicalEditor != null,
      conversation: el.closest('[role=main]')?.getAttribute('aria-label'),
    }));
    expect(attrs).toEqual({
      label: 'Message',
      placeholder: 'Aa',
      lexical: 'true',
      hasEditor: true,
      conversation: 'Conversation titled Alex',
    });
    expect(await page.locator(`${CONVERSATION} a[aria-label="Alex"]`).count()).toBe(1);
  });

  it('sends the exact text on Enter as a right-aligned blue "You sent" bubble', async () => {
    await open();
    await typeDraft(page, 'messenger', 'Did you get home OK? Text me!');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Did you get home OK? Text me!']);
    await expect.poll(() => draftText(page, 'messenger')).toBe('');
    const last = page.locator(ROWS).last();
    const bubble = last.locator('[aria-label^="You sent"]');
    expect(await bubble.textContent()).toBe('Did you get home OK? Text me!');
    const look = await bubble.evaluate((el) => {
      const grid = el.closest('[role=grid]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        color: getComputedStyle(el).backgroundColor,
        rightHalf: box.left > grid.left + grid.width / 2,
      };
    });
    expect(look).toEqual({ color: 'rgb(0, 132, 255)', rightHalf: true });
  });

  it('Shift+Enter starts a new line and multi-line text with emoji sends intact', async () => {
    await open();
    const text = 'Line One 😅\nLine Two, 💙 & more';
    await typeDraft(page, 'messenger', text);
    expect(await sentMessages(page)).toEqual([]);
    expect(await composer(page, 'messenger').locator('p').count()).toBe(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([text]);
    expect(await page.locator(ROWS).last().locator('[aria-label^="You sent"]').textContent()).toBe(
      text,
    );
  });

  it('switches the send slot between "Send a Like" and "Press enter to send"', async () => {
    await open();
    await expect.poll(() => likeButton(page).count()).toBe(1);
    await typeDraft(page, 'messenger', 'Clicked, NOT typed');
    await expect.poll(() => page.locator(SEND_CONTROL.messenger).count()).toBe(1);
    expect(await likeButton(page).count()).toBe(0);
    await page.locator(SEND_CONTROL.messenger).click();
    await expect.poll(() => sentMessages(page)).toEqual(['Clicked, NOT typed']);
    await expect.poll(() => likeButton(page).count()).toBe(1);
    await likeButton(page).click();
    await expect.poll(() => sentMessages(page)).toEqual(['Clicked, NOT typed', '👍']);
  });
});

describe('Messenger replica edit mode (a guess: no public source shows its DOM)', () => {
  const BANNER = `${CONVERSATION} .mr-composer-row :text-is("Editing message")`;
  const lastSent = () =>
    page
      .locator(ROWS)
      .filter({ has: page.locator('[aria-label^="You sent"]') })
      .last();

  /** Hovers the last sent message and chooses "Edit", as a person does. */
  const editLastSent = async () => {
    await lastSent().hover();
    await lastSent().locator('[role=button][aria-label="Edit"]').click();
    await page.locator(BANNER).waitFor();
  };

  it('puts the message in the composer with a banner; Enter saves it in place, sending nothing', async () => {
    await open();
    await editLastSent();
    expect(await draftText(page, 'messenger')).toBe('are you awake?');
    const beside = await page
      .locator(`${CONVERSATION} .mr-composer-row [role=button][aria-label="Exit edit mode"]`)
      .count();
    expect(beside).toBe(1);
    // Everything else is as for a new message, send control included.
    expect(await page.locator(SEND_CONTROL.messenger).count()).toBe(1);
    await composer(page, 'messenger').press('ControlOrMeta+A');
    await page.keyboard.type('are you still awake?');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => lastSent().locator('[aria-label^="You sent"]').textContent())
      .toBe('are you still awake?');
    expect(await lastSent().locator('.mr-edited').textContent()).toBe('Edited');
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await draftText(page, 'messenger')).toBe('');
    expect(await sentMessages(page)).toEqual([]);
    expect(await replicaHook<number>(page, 'messageCount')).toBe(5);
    expect(await replicaHook<unknown[]>(page, 'decoyEvents')).toEqual([
      { kind: 'edit-save', text: 'are you still awake?' },
    ]);
  });

  it('saves with the send control too; Escape cancels and gives the earlier draft back', async () => {
    await open();
    await typeDraft(page, 'messenger', 'half a thought');
    await editLastSent();
    await page.keyboard.press('Escape');
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await draftText(page, 'messenger')).toBe('half a thought');
    await editLastSent();
    await page.keyboard.type('!');
    await page.locator(SEND_CONTROL.messenger).click();
    await expect
      .poll(() => lastSent().locator('[aria-label^="You sent"]').textContent())
      .toBe('are you awake?!');
    expect(await draftText(page, 'messenger')).toBe('half a thought');
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter'); // out of edit mode, Enter sends a new message again
    await expect.poll(() => sentMessages(page)).toEqual(['half a thought']);
  });
});

describe('Messenger replica page', () => {
  it('opens another thread with a new composer and pushes /messages/t/<id>', async () => {
    await open();
    const oldBox = await composer(page, 'messenger').elementHandle();
    await page.locator('[role=navigation] a[role=link]', { hasText: 'Jordan Lee' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/messages/t/100071234567890/');
    expect(await oldBox!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator(CONVERSATION).getAttribute('aria-label')).toBe(
      'Conversation titled Jordan Lee',
    );
    await typeDraft(page, 'messenger', 'Yes Please!');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Yes Please!']);
    await page.locator('[role=navigation] a[role=link]', { hasText: 'Sam Taylor' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/messages/e2ee/t/100059876543210/');
    await page.goBack();
    await expect
      .poll(() => page.locator(CONVERSATION).getAttribute('aria-label'))
      .toBe('Conversation titled Jordan Lee');
  });

  it('has a Lexical "Comment as …" box that is not the composer and never sends', async () => {
    await open();
    const comment = page.locator(
      '[role=textbox][data-lexical-editor="true"][aria-label^="Comment as"]',
    );
    expect(await comment.evaluate((el) => el.closest('[aria-label="Thread composer"]'))).toBeNull();
    await comment.click();
    await page.keyboard.type('so lovely');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => replicaHook<unknown[]>(page, 'decoyEvents'))
      .toEqual([{ kind: 'comment', text: 'so lovely' }]);
    expect(await sentMessages(page)).toEqual([]);
    expect(await replicaHook<number>(page, 'messageCount')).toBe(5);
  });

  it('is also served at messenger.com/t/<id>', async () => {
    await open({ url: 'https://www.messenger.com/t/100071234567890/' });
    expect(await page.locator(CONVERSATION).getAttribute('aria-label')).toBe(
      'Conversation titled Jordan Lee',
    );
    await typeDraft(page, 'messenger', 'From Messenger.com');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['From Messenger.com']);
    expect(await outgoingBubbles(page, 'messenger')).toEqual([
      'honestly up and down',
      'From Messenger.com',
    ]);
  });

  it('popup=1: a pop-up chat window whose composer is "Write to <name>"', async () => {
    page = tab();
    await page.goto('https://www.facebook.com/messages/?popup=1');
    const box = page.locator(
      '[tabindex="-1"] div[aria-label="Thread composer"] [role=textbox][aria-label="Write to Alex"]',
    );
    await box.click();
    expect(await page.locator(CONVERSATION).count()).toBe(0);
    await page.keyboard.type('Hey Alex');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Hey Alex']);
  });

  it('keeps every request on the machine', () => {
    expect(browser().routing.blocked).toEqual([]);
  });
});
