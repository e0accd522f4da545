// `#main`: header, message list and footer for one chat. Opening another chat builds a whole new
// `#main` (new composer element, new Lexical editor), as the real site does (dom-notes §3).
import { h } from '../shared/dom';
import { type Chat, ME, type Message } from './chats';
import { buildFooter } from './footer';
import type { Labels } from './i18n';
import { icons } from './icons';
import { MessageList } from './message-list';
import type { WhatsAppOptions } from './options';

export type Conversation = {
  element: HTMLElement;
  chat: Chat;
  /** Texts sent from this composer while the chat was open, oldest first. */
  sent: string[];
  receive(text: string, author?: string): void;
  setTyping(typing: boolean): void;
  destroy(): void;
};

export type ConversationHooks = {
  /** Where this chat's sends are recorded; kept by the page so it survives chat switches. */
  sentLog: string[];
  onAttach: () => void;
  /** A message was added (the chat list refreshes its preview). */
  onActivity: () => void;
  onEdit: (message: Message, list: MessageList) => void;
};

function nowParts(): { time: string; date: string } {
  const now = new Date();
  const time = now.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  const date = now.toLocaleDateString('en-US');
  return { time, date };
}

function groupMembers(chat: Chat): string {
  const names = new Set(chat.messages.filter((m) => m.direction === 'in').map((m) => m.author));
  return [...names, 'You'].join(', ');
}

function header(chat: Chat, labels: Labels): { element: HTMLElement; subtitle: HTMLElement } {
  // Groups list their members where people show "online"; both are subtitle lines to skip.
  const idle = chat.isGroup ? groupMembers(chat) : labels.online;
  const subtitle = h('span', { class: 'wr-subtitle', title: idle }, idle);
  const element = h(
    'header',
    { class: 'wr-header', 'data-testid': 'conversation-header' },
    h(
      'div',
      { class: 'wr-avatar', style: `background:${chat.color}`, 'aria-hidden': 'true' },
      chat.name.slice(0, 1),
    ),
    h(
      'div',
      { class: 'wr-header-info', role: 'button', 'data-testid': 'conversation-info-header' },
      h(
        'div',
        { class: '_amig' },
        h(
          'span',
          {
            dir: 'auto',
            title: chat.name,
            class: 'wr-title',
            'data-testid': 'conversation-info-header-chat-title',
          },
          chat.name,
        ),
      ),
      h('div', { class: 'wr-subtitle-line' }, subtitle),
    ),
    h(
      'div',
      { class: 'wr-header-tools' },
      h('button', { type: 'button', 'aria-label': 'Video call', class: 'wr-tool' }, icons.video()),
      h('button', { type: 'button', 'aria-label': 'Search', class: 'wr-tool' }, icons.search()),
      h('button', { type: 'button', 'aria-label': 'Menu', class: 'wr-tool' }, icons.menu()),
    ),
  );
  return { element, subtitle };
}

export function buildConversation(
  chat: Chat,
  options: WhatsAppOptions,
  labels: Labels,
  hooks: ConversationHooks,
): Conversation {
  const sent = hooks.sentLog;
  const head = header(chat, labels);
  const list: MessageList = new MessageList({
    chat,
    legacy: options.variant === 'legacy',
    windowSize: options.busy ? 80 : 400,
    editedLabel: labels.edited,
    editLabel: labels.editMessage,
    onEdit: (message) => hooks.onEdit(message, list),
  });
  let counter = 0;
  const nextId = () => `${chat.id}-live-${Date.now()}-${counter++}`;

  const footer = buildFooter(
    chat,
    options,
    labels,
    (text) => {
      sent.push(text);
      list.append({
        id: nextId(),
        direction: 'out',
        text,
        author: ME,
        status: 'sent',
        ...nowParts(),
      });
      hooks.onActivity();
    },
    hooks.onAttach,
  );

  // WhatsApp keeps each chat's unsent draft: switching away and back brings the text back.
  if (chat.draft) footer.composer.setText(chat.draft);

  const element = h(
    'div',
    { id: 'main', class: 'wr-main' },
    head.element,
    h('div', { class: 'wr-panel-body' }, list.element),
    footer.element,
  );

  return {
    element,
    chat,
    sent,
    receive: (text, author) => {
      list.append({
        id: nextId(),
        direction: 'in',
        text,
        author: author ?? chat.name,
        ...nowParts(),
      });
      hooks.onActivity();
    },
    setTyping: (typing) => {
      const label = typing ? labels.typing : chat.isGroup ? groupMembers(chat) : labels.online;
      head.subtitle.textContent = label;
      head.subtitle.title = label;
    },
    destroy: () => {
      chat.draft = footer.composer.text();
      footer.destroy();
      element.remove();
    },
  };
}
