// WebA (web.telegram.org/a/, telegram-tt), as dom-notes-more-sites §3.2 describes it:
// - #MiddleColumn with the header's `.ChatInfo .title`, and `.messages-layout` whose chat view is
//   a `.Transition_slide`; on a chat switch the old slide stays for a moment beside the new, active
//   one, with its own `#editable-message-text` (the pitfall the notes name);
// - the composer `div#editable-message-text.form-control.allow-selection[contenteditable]
//   [role=textbox]`, `span.placeholder-text`, and the non-editable `.form-control.clone` inside
//   `.input-scroller.clone` that measures height;
// - the main button `button.Button.main-button` with `send` while there is a draft (`record`
//   while empty, a microphone);
// - rows `[id^="message-"]` in `.messages-container`, `.own` when outgoing, `.text-content`;
// - decoys: the chat search field, and the attachment caption `#editable-message-text-modal`.
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
/** How long the old slide stays beside the new one on a chat switch. */
const TRANSITION_MS = 250;

function row(message: Message): HTMLElement {
  const own = message.direction === 'out';
  return h(
    'div',
    {
      id: `message-${message.id}`,
      class: `Message message-list-item${own ? ' own' : ''}`,
      'data-message-id': message.id,
    },
    h(
      'div',
      { class: 'message-content-wrapper' },
      h(
        'div',
        { class: 'message-content text' },
        h('div', { class: 'text-content clearfix', dir: 'auto' }, message.text),
        h('span', { class: 'MessageMeta' }, h('span', { class: 'message-time' }, message.time)),
      ),
    ),
  );
}

function chatView(chat: Chat, options: TelegramOptions, world: ReplicaWorld): HTMLElement {
  const container = h('div', { class: 'messages-container' });
  for (const message of chat.messages) container.append(row(message));
  const list = h('div', { class: 'MessageList custom-scroll' }, container);
  const scrollDown = () => {
    list.scrollTop = list.scrollHeight;
  };

  const changedComposer = options.changed === 'composer';
  const changedSend = options.changed === 'send';
  const input = h('div', {
    id: changedComposer ? 'message-input-editable' : 'editable-message-text',
    class: changedComposer ? 'text-input tt-composer' : 'form-control allow-selection tt-composer',
    contenteditable: 'true',
    role: 'textbox',
    dir: 'auto',
    tabindex: 0,
    'aria-label': 'Message',
  });
  const placeholder = h('span', { class: 'placeholder-text' }, 'Message');
  const clone = h('div', { class: 'form-control clone', dir: 'auto' });
  const button = h(
    'button',
    {
      type: 'button',
      class: `Button ${changedSend ? 'primary-action' : 'main-button'} default secondary round record tt-send`,
      'aria-label': 'Record Voice Message',
      title: 'Record Voice Message',
    },
    icon('send', SEND_ICON),
    icon('microphone', MIC_ICON),
  );
  const sendState = changedSend ? 'submit' : 'send';
  const update = (text: string) => {
    const empty = text.trim() === '';
    button.classList.toggle(sendState, !empty);
    button.classList.toggle('record', empty);
    // The rollout relabels the button too (the adapter's last layer reads that label).
    const label = empty ? 'Record Voice Message' : changedSend ? 'Send' : 'Send Message';
    button.setAttribute('aria-label', label);
    button.title = label;
    placeholder.hidden = text !== '';
    clone.textContent = text;
  };
  const send = (text: string) => {
    const message = world.recordSent(chat, text);
    container.append(row(message));
    scrollDown();
  };
  const editor = attachEditor(input, {
    client: 'a',
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
    { type: 'button', class: 'Button AttachMenu--button round', 'aria-label': 'Add an attachment' },
    icon('attach', CLIP_ICON),
  );
  attach.addEventListener('click', () => world.openCaptionModal());

  const composer = h(
    'div',
    { class: 'Composer shown' },
    h(
      'div',
      { id: 'message-compose' },
      h(
        'div',
        { class: 'message-input-wrapper' },
        h(
          'div',
          { id: 'message-input-text' },
          h(
            'div',
            { class: 'custom-scroll input-scroller' },
            h('div', { class: 'input-scroller-content' }, input, placeholder),
          ),
          h('div', { class: 'custom-scroll input-scroller clone', 'aria-hidden': 'true' }, clone),
        ),
        attach,
      ),
    ),
    button,
  );
  const slide = h(
    'div',
    { class: 'Transition_slide Transition_slide-active' },
    list,
    h('div', { class: 'middle-column-footer' }, composer),
  );
  (slide as HTMLElement & { receive?: (text: string) => void }).receive = (text) => {
    container.append(row(world.recordReceived(chat, text)));
    scrollDown();
  };
  requestAnimationFrame(scrollDown);
  return slide;
}

export function mountA(root: HTMLElement, options: TelegramOptions, world: ReplicaWorld): void {
  const search = h('input', {
    id: 'telegram-search-input',
    class: 'form-control',
    type: 'text',
    placeholder: 'Search',
    autocomplete: 'off',
  });
  search.addEventListener('input', () => world.decoy('search', search.value));
  const list = h('div', { class: 'chat-list custom-scroll' });
  const left = h(
    'div',
    { id: 'LeftColumn' },
    h('div', { class: 'LeftMainHeader' }, h('div', { class: 'SearchInput' }, search)),
    list,
  );
  const title = h('h3', { class: 'fullName' });
  const header = h(
    'div',
    { class: 'MiddleHeader' },
    h(
      'div',
      { class: 'ChatInfo' },
      h(
        'div',
        { class: 'info' },
        h('div', { class: 'title' }, title),
        h('span', { class: 'status' }, 'last seen recently'),
      ),
    ),
  );
  const transition = h('div', { class: 'Transition' });
  const empty = h('div', { class: 'tt-empty' }, 'Select a chat to start messaging');
  const middle = h(
    'div',
    { id: 'MiddleColumn' },
    header,
    h('div', { class: 'messages-layout' }, transition),
  );
  root.append(h('div', { id: 'Main', class: 'tt-a' }, left, middle));

  const renderList = (open: Chat | null) => {
    list.replaceChildren(
      ...world.chats.map((chat) =>
        h(
          'div',
          { class: `ListItem Chat chat-item-clickable${chat === open ? ' selected' : ''}` },
          h(
            'a',
            { class: 'ListItem-button', href: `#${chat.id}` },
            h(
              'div',
              { class: 'info' },
              h('h3', { class: 'fullName' }, chat.name),
              h('p', { class: 'last-message' }, chat.messages.at(-1)?.text ?? ''),
            ),
          ),
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
    const old = transition.querySelector('.Transition_slide-active');
    if (old) {
      old.classList.replace('Transition_slide-active', 'Transition_slide-from');
      setTimeout(() => old.remove(), TRANSITION_MS);
    }
    header.hidden = !chat;
    if (!chat) {
      transition.append(empty);
      return;
    }
    empty.remove();
    title.textContent = chat.name;
    const slide = chatView(chat, options, world);
    world.setOpen(chat, (text) =>
      (slide as HTMLElement & { receive: (t: string) => void }).receive(text),
    );
    transition.append(slide);
  };
  window.addEventListener('hashchange', open);
  open();
}
