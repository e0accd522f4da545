// WebK (web.telegram.org/k/, tweb), as dom-notes-more-sites §3.1 describes it (classic build,
// before the Tiptap engine, which the replica does not load):
// - `#column-center .chats-container > .chat.active`; the chat header's
//   `.chat-info .peer-title[data-peer-id][data-dialog="1"]`;
// - bubbles `.bubble[data-mid][data-peer-id]`, `.is-out` / `.is-in`, `.service` date bubbles,
//   the text in `.message` with its `.time`;
// - the composer `div.input-message-input.scrollable.scrollable-y.no-scrollbar[contenteditable]
//   [data-peer-id]` in `.input-message-container` in `.new-message-wrapper`, with
//   `span.input-field-placeholder`; BEFORE it the hidden mirror
//   `div.input-message-input.input-field-input-fake`, also contenteditable (the trap);
// - one button `button.btn-icon.rp.btn-circle.btn-send.animated-button-icon` in
//   `.btn-send-container`, classed `send` with a draft and `record` without;
// - a Shift+click preview chat (`.chat.chat-preview.active`) kept beside the real one is left out
//   (not needed); decoys: the search field and the media caption popup.
import { h, icon } from '../shared/dom';
import { type Chat, chatForHash, type Message } from './chats';
import { attachEditor } from './editor';
import type { TelegramOptions } from './options';
import type { ReplicaWorld } from './world';

const SEND_ICON = 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z';
const MIC_ICON =
  'M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11z';
const CLIP_ICON =
  'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z';

function bubble(message: Message, chat: Chat): HTMLElement {
  return h(
    'div',
    {
      class: `bubble ${message.direction === 'out' ? 'is-out' : 'is-in'} hide-name`,
      'data-mid': message.id,
      'data-peer-id': chat.id,
    },
    h(
      'div',
      { class: 'bubble-content-wrapper' },
      h(
        'div',
        { class: 'bubble-content' },
        h(
          'div',
          { class: 'message spoilers-container', dir: 'auto' },
          message.text,
          h('span', { class: 'time' }, message.time),
        ),
      ),
    ),
  );
}

function chatView(chat: Chat, options: TelegramOptions, world: ReplicaWorld): HTMLElement {
  const group = h(
    'section',
    { class: 'bubbles-date-group' },
    h(
      'div',
      { class: 'bubble service is-date' },
      h('div', { class: 'bubble-content' }, h('div', { class: 'service-msg' }, 'Today')),
    ),
  );
  for (const message of chat.messages) group.append(bubble(message, chat));
  const bubbles = h(
    'div',
    { class: 'bubbles scrollable scrollable-y' },
    h('div', { class: 'bubbles-inner' }, group),
  );
  const scrollDown = () => {
    bubbles.scrollTop = bubbles.scrollHeight;
  };

  const changedComposer = options.changed === 'composer';
  const changedSend = options.changed === 'send';
  const inputClass = changedComposer
    ? 'message-field tt-composer'
    : 'input-message-input scrollable scrollable-y no-scrollbar tt-composer';
  const fake = h('div', {
    class: `${changedComposer ? 'message-field' : 'input-message-input'} input-field-input-fake`,
    contenteditable: 'true',
    dir: 'auto',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  const input = h('div', {
    class: inputClass,
    contenteditable: 'true',
    dir: 'auto',
    tabindex: -1,
    'data-peer-id': chat.id,
  });
  const placeholder = h('span', { class: 'input-field-placeholder' }, 'Message');
  const sendState = changedSend ? 'submit' : 'send';
  const button = h(
    'button',
    {
      class: `btn-icon rp btn-circle ${changedSend ? 'btn-primary-action' : 'btn-send'} animated-button-icon record tt-send`,
    },
    icon('send', SEND_ICON),
    icon('microphone', MIC_ICON),
  );
  const update = (text: string) => {
    const empty = text.trim() === '';
    button.classList.toggle(sendState, !empty);
    button.classList.toggle('record', empty);
    placeholder.hidden = text !== '';
    fake.textContent = text;
  };
  const send = (text: string) => {
    group.append(bubble(world.recordSent(chat, text), chat));
    scrollDown();
  };
  const editor = attachEditor(input, {
    client: 'k',
    combo: options.send,
    onSend: send,
    onChange: update,
  });
  button.addEventListener('click', () => {
    const text = editor.text();
    if (text.trim() === '') return;
    editor.clear();
    send(text);
    editor.focus();
  });
  const attach = h(
    'button',
    { class: 'btn-icon tgico-attach attach-file', 'aria-label': 'Attach' },
    icon('attach', CLIP_ICON),
  );
  attach.addEventListener('click', () => world.openCaptionModal());

  const chatInput = h(
    'div',
    { class: 'chat-input' },
    h(
      'div',
      { class: 'chat-input-container' },
      h(
        'div',
        { class: 'rows-wrapper-wrapper' },
        h(
          'div',
          { class: 'rows-wrapper' },
          h(
            'div',
            { class: 'new-message-wrapper' },
            h('div', { class: 'input-message-container' }, fake, input, placeholder),
            attach,
          ),
        ),
      ),
      h('div', { class: 'btn-send-container' }, button),
    ),
  );
  const title = h(
    'span',
    { class: 'peer-title', 'data-peer-id': chat.id, 'data-dialog': '1' },
    chat.name,
  );
  const view = h(
    'div',
    { class: 'chat tabs-tab active', 'data-type': 'chat' },
    h(
      'div',
      { class: 'sidebar-header topbar' },
      h(
        'div',
        { class: 'chat-info' },
        h(
          'div',
          { class: 'person' },
          h(
            'div',
            { class: 'content' },
            h('div', { class: 'user-title' }, title),
            h('div', { class: 'info' }, 'last seen recently'),
          ),
        ),
      ),
    ),
    bubbles,
    chatInput,
  );
  (view as HTMLElement & { receive?: (text: string) => void }).receive = (text) => {
    group.append(bubble(world.recordReceived(chat, text), chat));
    scrollDown();
  };
  requestAnimationFrame(scrollDown);
  return view;
}

export function mountK(root: HTMLElement, options: TelegramOptions, world: ReplicaWorld): void {
  const search = h('input', {
    class: 'input-field-input input-search-input',
    type: 'text',
    placeholder: 'Search',
    dir: 'auto',
  });
  search.addEventListener('input', () => world.decoy('search', search.value));
  const list = h('ul', { class: 'chatlist' });
  const left = h(
    'div',
    { id: 'column-left', class: 'tabs-tab' },
    h('div', { class: 'sidebar-header' }, h('div', { class: 'input-search' }, search)),
    h('div', { class: 'chatlist-container scrollable' }, list),
  );
  const chats = h('div', { class: 'chats-container tabs-container' });
  const empty = h('div', { class: 'tt-empty' }, 'Select a chat to start messaging');
  root.append(
    h('div', { id: 'main-columns', class: 'tt-k' }, left, h('div', { id: 'column-center' }, chats)),
  );

  const renderList = (open: Chat | null) => {
    list.replaceChildren(
      ...world.chats.map((chat) =>
        h(
          'a',
          {
            class: `chatlist-chat row${chat === open ? ' active' : ''}`,
            'data-peer-id': chat.id,
            href: chat.username ? `#@${chat.username}` : `#${chat.id}`,
          },
          h(
            'div',
            { class: 'user-title' },
            h(
              'span',
              { class: 'peer-title', 'data-peer-id': chat.id, 'data-dialog': '1' },
              chat.name,
            ),
          ),
          h('p', { class: 'dialog-subtitle' }, chat.messages.at(-1)?.text ?? ''),
        ),
      ),
    );
  };

  let current: Chat | null = null;
  const open = () => {
    const chat = chatForHash(world.chats, location.hash);
    if (chat === current) return;
    current = chat;
    world.setOpen(chat, null);
    renderList(chat);
    chats.querySelector('.chat.active')?.remove();
    if (!chat) {
      chats.append(empty);
      return;
    }
    empty.remove();
    const view = chatView(chat, options, world);
    world.setOpen(chat, (text) =>
      (view as HTMLElement & { receive: (t: string) => void }).receive(text),
    );
    chats.append(view);
  };
  window.addEventListener('hashchange', open);
  open();
}
