// The thread list. Its items are `[role=row]` too (inside a `[role=grid][aria-label=Chats]`),
// which is why message rows must be recognised by their `messages_table` scope, not by role.
import { h } from '../shared/dom';
import { threadPath } from './options';
import type { Thread } from './threads';

export type ChatList = { element: HTMLElement; update(openId: string | null): void };

export function buildChatList(
  threads: Thread[],
  base: string,
  onOpen: (thread: Thread) => void,
  onSearch: (query: string) => void = () => undefined,
): ChatList {
  const grid = h('div', { role: 'grid', 'aria-label': 'Chats', class: 'mr-chat-grid' });
  const update = (openId: string | null) => {
    grid.replaceChildren();
    for (const thread of threads) {
      const last = thread.messages[thread.messages.length - 1];
      const preview = last ? `${last.direction === 'out' ? 'You: ' : ''}${last.text}` : '';
      const link = h(
        'a',
        {
          role: 'link',
          href: threadPath(base, thread),
          class: `mr-chat-link${thread.id === openId ? ' mr-selected' : ''}`,
          'aria-current': thread.id === openId ? 'page' : undefined,
        },
        h(
          'div',
          { class: 'mr-avatar mr-avatar-lg', style: `background:${thread.color}` },
          thread.name[0],
        ),
        h(
          'div',
          { class: 'mr-chat-text' },
          h('span', { dir: 'auto', class: 'mr-chat-name' }, thread.name),
          h('span', { class: 'mr-chat-preview' }, `${preview} · ${last?.time ?? ''}`),
        ),
      );
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onOpen(thread);
      });
      grid.append(h('div', { role: 'row' }, h('div', { role: 'gridcell' }, link)));
    }
  };
  // "Search Messenger" is a plain <input type=search>, not Lexical; Enter runs the search.
  const search = h('input', {
    type: 'search',
    'aria-label': 'Search Messenger',
    placeholder: 'Search Messenger',
    class: 'mr-search',
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onSearch(search.value);
  });
  const element = h(
    'div',
    { role: 'navigation', 'aria-label': 'Thread list', class: 'mr-side' },
    h('h1', { class: 'mr-side-title' }, 'Chats'),
    search,
    grid,
  );
  return { element, update };
}
