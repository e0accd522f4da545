// One open conversation: header title, the message list (only its latest 25 messages rendered,
// §2.5) and the compose bar. Opening another conversation replaces all of it, composer included.
import { h, icon } from '../shared/dom';
import { buildCompose } from './compose';
import { type Conversation, conversationName, type Message } from './conversations';
import type { GoogleMessagesOptions } from './options';

const RENDERED = 25;
const INFO_ICON =
  'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z';
const DATE = 'December 7, 2026';

export type OpenConversation = {
  conversation: Conversation;
  element: HTMLElement;
  receive(text: string): void;
  destroy(): void;
};

function row(message: Message, conversation: Conversation, pending: boolean): HTMLElement {
  const out = message.direction === 'out';
  const who = out ? 'You' : (conversation.participants[0] ?? '');
  const label = `${who} said: ${message.text}. ${out ? 'Sent' : 'Received'} on ${DATE} at ${message.time}. RCS.`;
  const id = pending ? `tmp_${message.id}` : message.id;
  return h(
    'mws-message-wrapper',
    {
      'msg-id': id,
      'is-outgoing': String(out),
      'is-unread': 'false',
      'is-last': 'false',
      class: out ? 'outgoing' : 'incoming',
      'data-e2e-message-wrapper': true,
    },
    h(
      'div',
      { class: 'gm-bubble', 'data-e2e-message-wrapper-core': true, 'data-e2e-message-id': id },
      h(
        'mws-text-message-part',
        { 'aria-label': label, tabindex: -1 },
        h('div', { class: 'text-msg-container' }, h('div', { class: 'text-msg' }, message.text)),
      ),
    ),
  );
}

export function openConversation(
  conversation: Conversation,
  options: GoogleMessagesOptions,
  hooks: { sentLog: string[]; onActivity: () => void },
): OpenConversation {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const list = h('div', { class: 'content', role: 'list' });
  const scroller = h('mws-messages-list', { class: 'gm-messages' }, list);

  const markLast = () => {
    const rows = list.querySelectorAll('mws-message-wrapper');
    rows.forEach((r, i) => {
      r.setAttribute('is-last', String(i === rows.length - 1));
    });
    scroller.scrollTop = scroller.scrollHeight;
  };
  const append = (message: Message, pending = false) => {
    const el = row(message, conversation, pending);
    list.append(el);
    // What is rendered stays the latest window, as on the real page.
    const rows = list.querySelectorAll('mws-message-wrapper');
    if (rows.length > RENDERED) rows[0]!.remove();
    markLast();
    if (pending) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        el.setAttribute('msg-id', message.id);
        el.querySelector('[data-e2e-message-id]')?.setAttribute('data-e2e-message-id', message.id);
      }, 300);
      timers.add(timer);
    }
  };

  list.append(h('mws-tombstone-message-wrapper', { 'data-e2e-message-tombstone': true }, 'Today'));
  for (const message of conversation.messages.slice(-RENDERED)) append(message);

  const add = (direction: Message['direction'], text: string): Message => {
    const message: Message = {
      id: `${conversation.id}-${conversation.messages.length}`,
      direction,
      text,
      time: '11:59 PM',
    };
    conversation.messages.push(message);
    return message;
  };

  const compose = buildCompose(options, (text) => {
    hooks.sentLog.push(text);
    append(add('out', text), true);
    hooks.onActivity();
  });

  const title = h(
    'div',
    { class: 'gm-title', 'data-e2e-header-title': true },
    ...conversation.participants.map((name, i, all) =>
      h('h2', {}, i < all.length - 1 ? `${name},` : name),
    ),
  );
  const header = h(
    'mws-conversation-header',
    { class: 'gm-header' },
    title,
    h(
      'button',
      { type: 'button', class: 'gm-icon', 'aria-label': 'Details' },
      icon('info', INFO_ICON),
    ),
  );
  const element = h(
    'mws-conversation-container',
    { class: 'gm-conversation', 'aria-label': conversationName(conversation) },
    header,
    scroller,
    compose.element,
  );
  return {
    conversation,
    element,
    receive(text) {
      append(add('in', text));
      hooks.onActivity();
    },
    destroy() {
      for (const timer of timers) clearTimeout(timer);
      element.remove();
    },
  };
}
