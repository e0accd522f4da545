// The Telegram Web replica behaves like the real clients (dom-notes-more-sites §3), with no
// extension loaded: WebA at /a/, WebK at /k/. If the replica drifts from the notes, these fail,
// so extension tests never pass against a toy.
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
import { K_SEND, openK, typeK } from './harness/telegram-k';

const browser = useBrowser({ withExtension: false });
const tab = useTab(browser);
const SITE = 'telegram';
let page: Page;

const openA = async (query?: string) => {
  page = tab();
  await gotoSite(page, SITE, { query });
  return page;
};

const openKReplica = async (query?: string) => {
  page = tab();
  await openK(page, query);
  return page;
};

const typeInK = (text: string) => typeK(page, text);

describe('Telegram WebA replica', () => {
  it('has the composer the notes describe, in the active slide, with its non-editable clone', async () => {
    await openA();
    const shape = await composer(page, SITE).evaluate((el) => ({
      id: el.id,
      classes: [...el.classList].filter((c) => c !== 'tt-composer'),
      role: el.getAttribute('role'),
      inActiveSlide: el.closest('.messages-layout .Transition_slide-active') !== null,
      clones: document.querySelectorAll('.input-scroller.clone .form-control.clone').length,
      cloneEditable: document.querySelector('.form-control.clone')?.getAttribute('contenteditable'),
    }));
    expect(shape).toEqual({
      id: 'editable-message-text',
      classes: ['form-control', 'allow-selection'],
      role: 'textbox',
      inActiveSlide: true,
      clones: 1,
      cloneEditable: null,
    });
    expect(await page.locator('#MiddleColumn .ChatInfo .title').textContent()).toBe('Alex Morgan');
  });

  it('shows the record button while empty and the send button with a draft; Enter sends', async () => {
    await openA();
    expect(await page.locator(SEND_CONTROL[SITE]).count()).toBe(0);
    expect(await page.locator('.Composer button.main-button.record').count()).toBe(1);
    await typeDraft(page, SITE, 'see you\nat 6');
    expect(await page.locator(SEND_CONTROL[SITE]).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['see you\nat 6']);
    expect((await outgoingBubbles(page, SITE)).at(-1)).toBe('see you\nat 6');
    expect(await draftText(page, SITE)).toBe('');
  });

  it('sends with Ctrl+Enter in both modes, and plain Enter is a new line in Ctrl+Enter mode', async () => {
    await openA('send=ctrl-enter');
    await typeDraft(page, SITE, 'one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('two');
    expect(await draftText(page, SITE)).toBe('one\ntwo');
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['one\ntwo']);
    await openA();
    await typeDraft(page, SITE, 'three');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['three']);
  });

  it('stores the send setting where telegram-tt keeps it (IndexedDB tt-data)', async () => {
    await openA('send=ctrl-enter');
    const stored = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('tt-data');
          open.onsuccess = () => {
            const get = open.result
              .transaction('store')
              .objectStore('store')
              .get('tt-shared-state');
            get.onsuccess = () => resolve(get.result?.settings?.messageSendKeyCombo);
          };
        }),
    );
    expect(stored).toBe('ctrl-enter');
  });

  it('switches chats through the hash, keeping the old slide a moment beside the new one', async () => {
    await openA();
    // The transition pitfall: for a moment both slides hold an editor. Counted in the page as it
    // happens, so a slow machine cannot miss the moment between two reads from here.
    await page.evaluate(() => {
      const w = window as unknown as { __mostEditors: number };
      w.__mostEditors = 0;
      new MutationObserver(() => {
        const now = document.querySelectorAll('#editable-message-text').length;
        w.__mostEditors = Math.max(w.__mostEditors, now);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('#LeftColumn .ListItem a', { hasText: 'Mum' }).click();
    await expect.poll(() => page.locator('#editable-message-text').count()).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __mostEditors: number }).__mostEditors),
    ).toBe(2);
    expect(await replicaHook(page, 'openChat')).toEqual({ id: '1002', name: 'Mum' });
    expect(new URL(page.url()).hash).toBe('#1002');
    expect(await page.locator('#MiddleColumn .ChatInfo .title').textContent()).toBe('Mum');
  });

  it('has the decoys the notes list: the chat search and the attachment caption', async () => {
    await openA();
    await page.locator('#telegram-search-input').fill('alex');
    await page.getByRole('button', { name: 'Add an attachment' }).click();
    await page.locator('#editable-message-text-modal').click();
    await page.keyboard.type('caption text');
    await page.keyboard.press('Enter');
    expect(await replicaHook(page, 'decoyEvents')).toEqual([
      { kind: 'search', text: 'alex' },
      { kind: 'caption', text: 'caption text' },
    ]);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('ends Alex’s chat with three of the person’s own messages', async () => {
    await openA();
    const own = await page.$$eval('#MiddleColumn .messages-container [id^="message-"]', (rows) =>
      rows.map((r) => r.classList.contains('own')),
    );
    expect(own.slice(-4)).toEqual([false, true, true, true]);
  });
});

describe('Telegram WebK replica', () => {
  it('puts the hidden, editable mirror before the real composer', async () => {
    await openKReplica();
    const shape = await page.evaluate(() => {
      const fields = [...document.querySelectorAll('.chat-input .input-message-input')];
      return fields.map((el) => ({
        fake: el.classList.contains('input-field-input-fake'),
        editable: el.getAttribute('contenteditable'),
        visible: el.checkVisibility({ visibilityProperty: true }),
      }));
    });
    expect(shape).toEqual([
      { fake: true, editable: 'true', visible: false },
      { fake: false, editable: 'true', visible: true },
    ]);
    expect(await page.locator('.chat-info .peer-title[data-dialog="1"]').textContent()).toBe(
      'Alex Morgan',
    );
  });

  it('sends with Enter in Enter mode (the send button too); Ctrl+Enter does not send there', async () => {
    await openKReplica();
    await typeInK('hello');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('there');
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['hello\nthere']);
    await typeInK('by button');
    await page.locator(K_SEND).click();
    await expect.poll(() => sentMessages(page)).toEqual(['hello\nthere', 'by button']);
  });

  it('sends only with Ctrl+Enter in Ctrl+Enter mode; plain Enter is a new line', async () => {
    await openKReplica('send=ctrl-enter');
    await typeInK('one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('two');
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['one\ntwo']);
    await typeInK('by button');
    await page.locator(K_SEND).click();
    await expect.poll(() => sentMessages(page)).toEqual(['one\ntwo', 'by button']);
  });

  it('opens a chat from #@username and switches through the chat list', async () => {
    await openKReplica();
    expect(await replicaHook(page, 'openChat')).toEqual({ id: '1001', name: 'Alex Morgan' });
    await page.locator('.chatlist a', { hasText: 'Mum' }).click();
    await expect.poll(() => replicaHook(page, 'openChat')).toEqual({ id: '1002', name: 'Mum' });
    expect(await page.locator('.chat.active').count()).toBe(1);
  });
});
