// The Telegram Web adapter against the DOM that dom-notes-more-sites §3 describes for both
// clients: WebA (`#editable-message-text`, `.own` rows, `.ChatInfo .title`) and WebK (the hidden
// `.input-field-input-fake` mirror before the real `.input-message-input`, `.bubble.is-out`,
// the active chat scoping). And which Enter sends, as the person's Telegram setting says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAdapter as tg } from '../../../src/sites/telegram/adapter';
import { enterSendsIn, forgetSendCombo } from '../../../src/sites/telegram/send-key';

function pageA(rows: Array<{ own: boolean; text: string }>, draft = ''): void {
  document.body.innerHTML = `
    <div id="LeftColumn"><input id="telegram-search-input" type="text" placeholder="Search" /></div>
    <div id="MiddleColumn">
      <div class="MiddleHeader"><div class="ChatInfo"><div class="info"><div class="title"><h3>Alex Morgan</h3></div></div></div></div>
      <div class="messages-layout"><div class="Transition"><div class="Transition_slide Transition_slide-active">
        <div class="MessageList"><div class="messages-container">
          ${rows.map((r, i) => `<div id="message-${i + 1}" class="Message message-list-item${r.own ? ' own' : ''}"><div class="text-content">${r.text}</div></div>`).join('')}
        </div></div>
        <div class="Composer">
          <div class="message-input-wrapper">
            <div class="input-scroller"><div id="editable-message-text" class="form-control allow-selection" contenteditable="true" role="textbox" dir="auto" tabindex="0">${draft}</div></div>
            <div class="input-scroller clone"><div class="form-control clone" dir="auto">${draft}</div></div>
          </div>
          <button class="Button main-button ${draft ? 'send' : 'record'}" aria-label="${draft ? 'Send Message' : 'Record Voice Message'}"><i></i></button>
        </div>
      </div></div></div>
    </div>
    <div class="Modal"><div id="editable-message-text-modal" contenteditable="true"></div></div>`;
}

function pageK(
  rows: Array<{ out: boolean; text: string; mid?: string; service?: boolean }>,
  options: { draft?: string; state?: string } = {},
): void {
  const draft = options.draft ?? '';
  const state = options.state ?? (draft ? 'send' : 'record');
  document.body.innerHTML = `
    <div id="column-left"><input class="input-search-input" type="text" /></div>
    <div id="column-center"><div class="chats-container">
      <div class="chat chat-preview active"><div class="chat-info"><span class="peer-title" data-peer-id="9" data-dialog="1">Preview Person</span></div>
        <div class="bubbles"><div class="bubble is-out" data-mid="99" data-peer-id="9"><div class="message">preview</div></div></div></div>
      <div class="chat active">
        <div class="sidebar-header"><div class="chat-info"><span class="peer-title" data-peer-id="1" data-dialog="1">Alex Morgan</span></div></div>
        <div class="bubbles"><div class="bubbles-inner">
          ${rows.map((r, i) => `<div class="bubble${r.service ? ' service' : r.out ? ' is-out' : ' is-in'}" data-mid="${r.mid ?? i + 1}" data-peer-id="1"><div class="message">${r.text}</div></div>`).join('')}
        </div></div>
        <div class="chat-input"><div class="new-message-wrapper"><div class="input-message-container">
          <div class="input-message-input input-field-input-fake" contenteditable="true" dir="auto" tabindex="-1">${draft}</div>
          <div class="input-message-input scrollable scrollable-y no-scrollbar" contenteditable="true" dir="auto" tabindex="-1" data-peer-id="1">${draft}</div>
        </div></div>
        <div class="btn-send-container"><button class="btn-icon rp btn-circle btn-send animated-button-icon ${state}"></button></div></div>
      </div>
    </div></div>
    <div class="popup popup-new-media"><div class="input-message-input" contenteditable="true"></div></div>`;
}

const enter = (init: KeyboardEventInit, target?: Element | null) => {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
};

beforeEach(() => forgetSendCombo());
afterEach(() => forgetSendCombo());

describe('Telegram WebA layer', () => {
  it('finds the composer in the active slide, not the clone or the caption editor', () => {
    pageA([], 'hi');
    const composer = tg.findComposer(document)!;
    expect(composer.id).toBe('editable-message-text');
    expect(tg.composerFor(document.querySelector('.form-control.clone'))).toBeNull();
    expect(tg.composerFor(document.getElementById('editable-message-text-modal'))).toBeNull();
    expect(tg.composerFor(document.getElementById('telegram-search-input'))).toBeNull();
    expect(tg.composerFor(composer.firstChild)).toBe(composer);
  });

  it('reads the draft with its line breaks', () => {
    pageA([], 'please<br>come back<br>');
    expect(tg.readDraft(tg.findComposer(document)!)).toBe('please\ncome back');
  });

  it('finds the send button only while it sends (record while empty)', () => {
    pageA([]);
    expect(tg.findSendButton(tg.findComposer(document)!)).toBeNull();
    pageA([], 'hello');
    const button = tg.findSendButton(tg.findComposer(document)!)!;
    expect(button.classList.contains('send')).toBe(true);
    expect(tg.sendButtonFor(button.querySelector('i'))).toBe(button);
  });

  it('reads the title and counts trailing own messages', () => {
    pageA([
      { own: false, text: 'hey' },
      { own: true, text: 'one' },
      { own: true, text: 'two' },
    ]);
    expect(tg.chatTitle(document)).toBe('Alex Morgan');
    expect(tg.countUnanswered(document)).toBe(2);
    expect(tg.threadRoot(document)?.classList.contains('messages-container')).toBe(true);
  });
});

describe('Telegram WebK layer', () => {
  it('skips the hidden duplicate composer and caption popups', () => {
    pageK([], { draft: 'hi' });
    const composer = tg.findComposer(document)!;
    expect(composer.classList.contains('input-field-input-fake')).toBe(false);
    expect(composer.getAttribute('data-peer-id')).toBe('1');
    expect(tg.composerFor(document.querySelector('.input-field-input-fake'))).toBeNull();
    expect(tg.composerFor(document.querySelector('.popup .input-message-input'))).toBeNull();
    expect(tg.composerFor(composer)).toBe(composer);
  });

  it('reads the Tiptap build’s paragraphs, without its trailing placeholder paragraph', () => {
    pageK([]);
    const composer = tg.findComposer(document)!;
    composer.setAttribute('data-chat-input-editor', 'tiptap');
    composer.innerHTML = '<p>please</p><p>come back</p><p></p>';
    expect(tg.readDraft(composer)).toBe('please\ncome back');
  });

  it('finds the send button in its send state only, and knows the edit state', () => {
    pageK([]);
    expect(tg.findSendButton(tg.findComposer(document)!)).toBeNull();
    pageK([], { draft: 'hello' });
    const composer = tg.findComposer(document)!;
    expect(tg.findSendButton(composer)?.classList.contains('btn-send')).toBe(true);
    expect(tg.editingSentMessage?.(composer, document)).toBe(false);
    pageK([], { draft: 'fixed', state: 'edit' });
    expect(tg.editingSentMessage?.(tg.findComposer(document)!, document)).toBe(true);
  });

  it('reads the active chat, not the preview, and skips service and temporary bubbles', () => {
    pageK([
      { out: false, text: 'hey' },
      { out: true, text: 'one' },
      { out: true, text: 'joined', service: true },
      { out: true, text: 'two' },
      { out: true, text: 'pending', mid: '5.0001' },
    ]);
    expect(tg.chatTitle(document)).toBe('Alex Morgan');
    expect(tg.countUnanswered(document)).toBe(2);
    expect(tg.threadRoot(document)?.classList.contains('bubbles')).toBe(true);
  });
});

describe('which Enter sends', () => {
  it('holds plain Enter only once the page has shown Send by Enter', async () => {
    pageA([], 'hello');
    const composer = tg.findComposer(document)!;
    expect(tg.enterSends?.(enter({}, composer), document)).toBe(false); // unknown: fail open
    composer.innerHTML = ''; // the site sent it
    await expect.poll(() => tg.enterSends?.(enter({}, composer), document)).toBe(true);
    expect(tg.enterSends?.(enter({ shiftKey: true }, composer), document)).toBe(false);
  });

  it('learns Send by Ctrl+Enter when plain Enter made a new line', async () => {
    pageK([], { draft: 'hello' });
    const composer = tg.findComposer(document)!;
    expect(tg.enterSends?.(enter({ ctrlKey: true }, composer), document)).toBe(false);
    expect(tg.enterSends?.(enter({}, composer), document)).toBe(false);
    composer.innerHTML = 'hello<br><br>'; // the site let the browser add a line
    await expect
      .poll(() => tg.enterSends?.(enter({ ctrlKey: true }, composer), document))
      .toBe(true);
    expect(tg.enterSends?.(enter({}, composer), document)).toBe(false);
  });

  it('says for each client what sends in each mode (the clients’ code, §3)', () => {
    const key = (init: KeyboardEventInit) =>
      new KeyboardEvent('keydown', { key: 'Enter', ...init });
    // A: Ctrl/Cmd+Enter sends in both modes, even before the mode is known.
    for (const combo of ['enter', 'ctrl-enter', null] as const) {
      expect(enterSendsIn('a', key({ ctrlKey: true }), combo)).toBe(true);
      expect(enterSendsIn('a', key({ shiftKey: true }), combo)).toBe(false);
    }
    expect(enterSendsIn('a', key({}), 'enter')).toBe(true);
    expect(enterSendsIn('a', key({}), 'ctrl-enter')).toBe(false);
    expect(enterSendsIn('a', key({}), null)).toBe(false);
    // K: Ctrl+Enter sends only in Ctrl+Enter mode.
    expect(enterSendsIn('k', key({ ctrlKey: true }), 'enter')).toBe(false);
    expect(enterSendsIn('k', key({ ctrlKey: true }), null)).toBe(false);
    expect(enterSendsIn('k', key({ ctrlKey: true }), 'ctrl-enter')).toBe(true);
    expect(enterSendsIn('k', key({}), 'ctrl-enter')).toBe(false);
    expect(enterSendsIn('k', key({ altKey: true }), 'enter')).toBe(false);
  });
});

describe('the send key WebA stores (IndexedDB tt-data)', () => {
  it('is read without creating the database when the page has none', async () => {
    const { storedSendCombo } = await import('../../../src/sites/telegram/stored-setting');
    const opened: string[] = [];
    const fake = {
      open(name: string) {
        opened.push(name);
        const request = {
          result: null,
          transaction: { abort: () => opened.push('aborted') },
        } as unknown as IDBOpenDBRequest;
        queueMicrotask(() => {
          request.onupgradeneeded?.({} as IDBVersionChangeEvent);
          request.onerror?.({} as Event);
        });
        return request;
      },
    };
    const original = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: fake, configurable: true });
    try {
      expect(storedSendCombo(() => {})).toBeNull();
      await expect.poll(() => opened).toEqual(['tt-data', 'aborted']);
      expect(storedSendCombo(() => {})).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });
});
