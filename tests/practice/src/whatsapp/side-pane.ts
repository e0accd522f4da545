// The left pane: chat list plus the Lexical search box (`data-tab="3"`), which is a decoy for
// extensions that grab the first `[role=textbox]` on the page.
import { createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import type { Chat } from './chats';
import { WHATSAPP_THEME } from './footer';
import type { Labels } from './i18n';
import { icons } from './icons';

export type SidePane = {
  element: HTMLElement;
  /** Marks the open chat and refreshes previews. */
  update(openChatId: string | null): void;
};

function preview(chat: Chat): string {
  const last = chat.messages[chat.messages.length - 1];
  if (!last) return '';
  const prefix = last.direction === 'out' ? '✓ ' : chat.isGroup ? `${last.author}: ` : '';
  return prefix + last.text.split('\n')[0];
}

export function buildSidePane(
  chats: Chat[],
  labels: Labels,
  onOpen: (chat: Chat) => void,
  onSearch: (query: string) => void,
): SidePane {
  const searchField = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': labels.search,
    'aria-placeholder': labels.searchPlaceholder,
    tabindex: 3,
    'data-tab': 3,
    class: 'wr-editor wr-search-editor',
  });
  const searchPlaceholder = h(
    'div',
    { class: 'wr-placeholder', 'aria-hidden': 'true' },
    labels.searchPlaceholder,
  );
  const list = h('div', { role: 'grid', 'aria-label': 'Chat list', class: 'wr-chat-list' });
  const items = new Map<string, HTMLElement>();
  let query = '';

  const render = (openId: string | null) => {
    list.replaceChildren();
    for (const chat of chats) {
      if (query && !chat.name.toLowerCase().includes(query.toLowerCase())) continue;
      const last = chat.messages[chat.messages.length - 1];
      const item = h(
        'div',
        {
          role: 'listitem',
          tabindex: -1,
          class: `wr-chat-item${chat.id === openId ? ' wr-selected' : ''}`,
          'aria-selected': chat.id === openId ? 'true' : 'false',
        },
        h('div', { class: 'wr-avatar', style: `background:${chat.color}` }, chat.name.slice(0, 1)),
        h(
          'div',
          { class: 'wr-chat-text' },
          h(
            'div',
            { class: 'wr-chat-line' },
            h('span', { dir: 'auto', title: chat.name, class: 'wr-chat-name' }, chat.name),
            h('span', { class: 'wr-chat-time' }, last?.time ?? ''),
          ),
          h('div', { class: 'wr-chat-preview' }, h('span', { dir: 'ltr' }, preview(chat))),
        ),
      );
      item.addEventListener('click', () => onOpen(chat));
      items.set(chat.id, item);
      list.append(item);
    }
  };

  const element = h(
    'div',
    { id: 'side', class: 'wr-side' },
    h(
      'header',
      { class: 'wr-side-header' },
      h('div', { class: 'wr-brand' }, 'WhatsApp'),
      h('button', { type: 'button', 'aria-label': 'Menu', class: 'wr-tool' }, icons.menu()),
    ),
    h(
      'div',
      { class: 'wr-search' },
      icons.search(),
      h('div', { class: 'lexical-rich-text-input' }, searchField, searchPlaceholder),
    ),
    list,
    h(
      'div',
      { class: 'wr-practice-note' },
      'Practice copy of WhatsApp Web for trying Second Thought. No account, nothing is sent anywhere.',
    ),
  );

  let openId: string | null = null;
  createComposer({
    root: searchField,
    namespace: 'WAWebSearch',
    theme: WHATSAPP_THEME,
    onSubmit: (text) => onSearch(text),
    onEmptyChange: (empty) => {
      searchPlaceholder.hidden = !empty;
    },
  }).editor.registerTextContentListener((text) => {
    query = text.trim();
    render(openId);
  });

  return {
    element,
    update: (id) => {
      openId = id;
      render(id);
    },
  };
}
