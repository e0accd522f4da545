// The WhatsApp Web replica behaves like the real site (dom-notes §1), with no extension loaded.
// If the replica drifts from the notes, these fail, so extension tests never pass against a toy.
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
let page: Page;

const open = async (query?: string) => {
  page = tab();
  await gotoSite(page, 'whatsapp', { query });
  return page;
};

describe('WhatsApp replica composer', () => {
  it('is a real Lexical editor with the attributes of the Aug–Sep 2026 snapshot', async () => {
    await open();
    const box = composer(page, 'whatsapp');
    const attrs = await box.evaluate((el) => ({
      role: el.getAttribute('role'),
      lexical: el.getAttribute('data-lexical-editor'),
      tabindex: el.getAttribute('tabindex'),
      owns: el.getAttribute('aria-owns'),
      autocomplete: el.getAttribute('aria-autocomplete'),
      spellcheck: el.getAttribute('spellcheck'),
      label: el.getAttribute('aria-label'),
      placeholder: el.getAttribute('aria-placeholder'),
      hasEditor:
        '__lexicalEditor' in el &&
        (el as unknown as Record<string, unknown>).__lexicalEditor != null,
      inCopyableArea: el.closest('footer div.copyable-area div.lexical-rich-text-input') !== null,
    }));
    expect(attrs).toEqual({
      role: 'textbox',
      lexical: 'true',
      tabindex: '10',
      owns: 'emoji-suggestion',
      autocomplete: 'list',
      spellcheck: 'true',
      label: 'Type to Alex',
      placeholder: 'Type a message',
      hasEditor: true,
      inCopyableArea: true,
    });
  });

  it('sends the exact text on Enter, adds an outgoing row and clears the draft', async () => {
    await open();
    await typeDraft(page, 'whatsapp', 'See you at the Station at 6, OK?');
    expect(await composer(page, 'whatsapp').innerHTML()).toContain(
      '<p class="selectable-text copyable-text" dir="ltr"><span class="selectable-text copyable-text" data-lexical-text="true">See you at the Station at 6, OK?</span></p>',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['See you at the Station at 6, OK?']);
    await expect.poll(() => draftText(page, 'whatsapp')).toBe('');
    expect((await outgoingBubbles(page, 'whatsapp')).at(-1)).toBe(
      'See you at the Station at 6, OK?',
    );
    const lastRow = page
      .locator('#main [data-testid="conversation-panel-messages"] [role=row]')
      .last();
    expect(await lastRow.locator('[data-testid^="conv-msg-"][data-id]').count()).toBe(1);
    expect(await lastRow.locator('[data-icon^="msg-"]').count()).toBe(1);
    expect(await lastRow.locator('.copyable-text').getAttribute('data-pre-plain-text')).toMatch(
      /^\[\d{1,2}:\d{2} [AP]M, \d{1,2}\/\d{1,2}\/\d{4}\] Robin: $/,
    );
  });

  it('Shift+Enter makes a <br> line break and multi-line text with emoji sends intact', async () => {
    await open();
    const text = 'First line 🙂\nSecond line ❤️\n\nAfter a BLANK line.';
    await typeDraft(page, 'whatsapp', text);
    expect(await sentMessages(page)).toEqual([]);
    expect(await composer(page, 'whatsapp').locator('p').count()).toBe(1);
    expect(await composer(page, 'whatsapp').locator('p > br').count()).toBeGreaterThanOrEqual(3);
    expect(await draftText(page, 'whatsapp')).toBe(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([text]);
    expect((await outgoingBubbles(page, 'whatsapp')).at(-1)).toBe(text);
  });

  it('does not send when Enter only ends an IME composition', async () => {
    await open();
    await typeDraft(page, 'whatsapp', 'Arigatou ');
    await commitImeWithEnter(page, 'ありがとう');
    await expect.poll(() => draftText(page, 'whatsapp')).toBe('Arigatou ありがとう');
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Arigatou ありがとう']);
  });

  it('switches the send slot between the voice button and a new Send button', async () => {
    await open();
    const slotVoice = page.locator(
      '#main footer button[aria-label="Voice message"][data-tab="11"] span[data-icon="ptt"]',
    );
    const send = page.locator(
      '#main footer button[aria-label="Send"] > span[data-icon="wds-ic-send-filled"]',
    );
    await expect.poll(() => slotVoice.count()).toBe(1);
    expect(await send.count()).toBe(0);
    await typeDraft(page, 'whatsapp', 'ok');
    await expect.poll(() => send.count()).toBe(1);
    expect(await slotVoice.count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => slotVoice.count()).toBe(1);
    await typeDraft(page, 'whatsapp', 'Clicked, NOT typed');
    await page.locator(SEND_CONTROL.whatsapp).click();
    await expect.poll(() => sentMessages(page)).toEqual(['Clicked, NOT typed']);
    await expect.poll(() => slotVoice.count()).toBe(1);
  });
});

describe('WhatsApp replica emoji suggestions', () => {
  const LIST = '#main footer #emoji-suggestion[role="listbox"]';
  const selected = () =>
    page.locator(`${LIST} [role="option"][aria-selected="true"] .wr-emoji-glyph`).textContent();

  it('opens the list the composer owns after ":" and two letters, not one', async () => {
    await open();
    await typeDraft(page, 'whatsapp', 'see you :s');
    expect(await page.locator('#emoji-suggestion').count()).toBe(0);
    await page.keyboard.type('m');
    await page.locator(LIST).waitFor();
    const owner = await page.locator(LIST).evaluate((el) => {
      const id = document
        .querySelector('#main footer [contenteditable]')
        ?.getAttribute('aria-owns');
      return id === el.id;
    });
    expect(owner).toBe(true);
    expect(await page.locator(`${LIST} [role="option"]`).count()).toBeGreaterThan(1);
    expect(await selected()).toBe('😄');
  });

  it('moves with the arrow keys and picks with Enter into the draft, sending nothing', async () => {
    await open();
    await typeDraft(page, 'whatsapp', 'see you :sm');
    await page.locator(LIST).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toBe('😃');
    await page.keyboard.press('ArrowUp');
    expect(await selected()).toBe('😄');
    await page.keyboard.press('Enter');
    await expect.poll(() => draftText(page, 'whatsapp')).toBe('see you 😄');
    expect(await page.locator('#emoji-suggestion').count()).toBe(0);
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter'); // list closed: Enter sends again
    await expect.poll(() => sentMessages(page)).toEqual(['see you 😄']);
  });

  it('picks with Tab and with a click; Escape closes it and Enter then sends the text', async () => {
    await open();
    await typeDraft(page, 'whatsapp', 'thanks :pr');
    await page.locator(LIST).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => draftText(page, 'whatsapp')).toBe('thanks 🙏');
    await page.keyboard.type(' :he');
    await page.locator(`${LIST} [role="option"]`, { hasText: ':heart_eyes:' }).click();
    await expect.poll(() => draftText(page, 'whatsapp')).toBe('thanks 🙏 😍');
    await page.keyboard.type(' :co');
    await page.locator(LIST).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#emoji-suggestion').count()).toBe(0);
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['thanks 🙏 😍 :co']);
  });
});

describe('WhatsApp replica page', () => {
  it('renders 2026 message rows: no direction classes, tails only on the first bubble of a run', async () => {
    await open();
    const rows = page.locator(
      '[data-testid="conversation-panel-messages"] [role=row] [data-testid^="conv-msg-"][data-id]',
    );
    expect(await rows.count()).toBe(7);
    expect(await page.locator('#main .message-in, #main .message-out').count()).toBe(0);
    // Alex's chat ends with three unanswered outgoing messages: one tail for the run, three status icons.
    const lastThree = await rows.evaluateAll((els) =>
      els.slice(-3).map((el) => ({
        tail: el.querySelector('[data-icon="tail-out"]') !== null,
        status: el.querySelector('[data-icon^="msg-"]') !== null,
        prefixed: /^(true|false)_/.test(el.getAttribute('data-id') ?? ''),
      })),
    );
    expect(lastThree.map((r) => r.tail)).toEqual([true, false, false]);
    expect(lastThree.every((r) => r.status && !r.prefixed)).toBe(true);
    expect(await page.locator('#main header span[title]').first().textContent()).toBe('Alex');
  });

  it('replaces #main and its composer when another chat is opened, and pushes the URL', async () => {
    await open();
    const oldMain = await page.locator('#main').elementHandle();
    const oldBox = await composer(page, 'whatsapp').elementHandle();
    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await expect.poll(() => page.url()).toContain('chat=mum');
    expect(await oldMain!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await oldBox!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await composer(page, 'whatsapp').getAttribute('aria-label')).toBe('Type to Mum');
    await typeDraft(page, 'whatsapp', 'Lunch sounds GOOD');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Lunch sounds GOOD']);
    expect(await replicaHook<string[]>(page, 'sentIn', 'alex')).toEqual([]);
    await page.goBack();
    await expect
      .poll(() => composer(page, 'whatsapp').getAttribute('aria-label'))
      .toBe('Type to Alex');
  });

  it('has decoy editors that never send: search box, media caption, edit dialog', async () => {
    await open();
    const search = page.locator(
      '#side [contenteditable="true"][data-tab="3"][aria-label="Search input textbox"][data-lexical-editor="true"]',
    );
    await search.click();
    await page.keyboard.type('Jor');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#side [role=listitem]').count()).toBe(1);

    await page.locator('#main footer button[aria-label="Attach"]').click();
    const caption = page.locator(
      '[data-testid="media-editor"] [role=textbox][data-lexical-editor="true"]',
    );
    await caption.click();
    await page.keyboard.type('holiday photo');
    await page.keyboard.press('Enter');
    await expect.poll(() => caption.isVisible()).toBe(false);
    await page.locator('#main footer button[aria-label="Attach"]').click();
    await caption.click();
    await page.keyboard.type('beach');
    await page.locator('[data-testid="media-editor"] div[role=button][aria-label="Send"]').click();
    expect(await page.locator('footer [data-testid="media-editor"]').count()).toBe(0);

    const lastMessage = page.locator('#main [role=row] [data-testid^="conv-msg-"]').last();
    await lastMessage.hover();
    await lastMessage.locator('[role=button][aria-label="Edit message"]').click();
    const dialog = page.locator(
      '[role=dialog][aria-label="Edit message"] [role=textbox][data-lexical-editor="true"]',
    );
    await dialog.click();
    await page.keyboard.type(' please');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => replicaHook<Array<{ kind: string }>>(page, 'decoyEvents'))
      .toEqual([
        { kind: 'search', text: 'Jor' },
        { kind: 'caption-send', text: 'holiday photo' },
        { kind: 'caption-send', text: 'beach' },
        { kind: 'edit-save', text: 'are you awake? please' },
      ]);
    expect(await sentMessages(page)).toEqual([]);
    expect(await replicaHook<number>(page, 'messageCount')).toBe(7);
  });
});

describe('WhatsApp replica rollout variants', () => {
  it('legacy: _amjv rows with true_/false_ ids, .message-out and a "send" icon button', async () => {
    await open('variant=legacy');
    expect(
      await page
        .locator('#main div._amjv[data-id^="true_447700900123@c.us_"] .message-out')
        .count(),
    ).toBe(5);
    expect(
      await page
        .locator('#main div._amjv[data-id^="false_447700900123@c.us_"] .message-in')
        .count(),
    ).toBe(2);
    await typeDraft(page, 'whatsapp', 'Legacy Send');
    await expect
      .poll(() => page.locator('#main footer button > span[data-icon="send"]').count())
      .toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Legacy Send']);
    expect(await outgoingBubbles(page, 'whatsapp')).toEqual([
      'ok thanks',
      'can we talk at some point?',
      'I get it',
      'I just miss how things were',
      'are you awake?',
      'Legacy Send',
    ]);
  });

  it('divbutton: the Send control is a div[role=button] that sends when clicked', async () => {
    await open('variant=divbutton');
    await typeDraft(page, 'whatsapp', 'Div Button Send');
    const send = page.locator('#main footer div[role="button"][aria-label="Send"]');
    await expect.poll(() => send.count()).toBe(1);
    expect(await page.locator('#main footer button[aria-label="Send"]').count()).toBe(0);
    await send.click();
    await expect.poll(() => sentMessages(page)).toEqual(['Div Button Send']);
  });

  it('lang=pt: translated labels (Enviar, Escreva…)', async () => {
    await open('lang=pt');
    expect(await composer(page, 'whatsapp').getAttribute('aria-label')).toMatch(/^Escreva /);
    expect(await composer(page, 'whatsapp').getAttribute('aria-placeholder')).toBe(
      'Digite uma mensagem',
    );
    await typeDraft(page, 'whatsapp', 'oi');
    await expect
      .poll(() => page.locator('#main footer button[aria-label="Enviar"]').count())
      .toBe(1);
  });

  it('busy=1: 5,000 messages, a bounded DOM window, and a stream of incoming messages', async () => {
    await open('busy=1');
    expect(await replicaHook<number>(page, 'messageCount')).toBe(5000);
    const rows = page.locator('#main [data-testid="conversation-panel-messages"] [role=row]');
    const before = await rows.count();
    expect(before).toBeLessThanOrEqual(100);
    expect(await replicaHook<number>(page, 'startIncoming', 40, 0.5)).toBe(20);
    expect(await replicaHook<number>(page, 'messageCount')).toBe(5020);
    expect(await rows.count()).toBe(before);
    await typeDraft(page, 'whatsapp', 'Still Fast');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Still Fast']);
  });

  it('keeps every request on the machine', () => {
    expect(browser().routing.blocked).toEqual([]);
  });
});
