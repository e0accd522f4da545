// The conversation list beside the open chat: a search field (a decoy text field) and one
// mws-conversation-list-item per conversation, each showing a snippet of its last message
// (§2.7: those snippets are not the thread). Links go to /web/conversations/<id> (§2.1).
import { h } from '../shared/dom';
import { type Conversation, conversationName } from './conversations';

export type ConversationList = { element: HTMLElement; update(openId: string | null): void };

export function conversationPath(id: string): string {
  return `/web/conversations/${id}`;
}

export function buildConversationList(
  conversations: Conversation[],
  open: (conversation: Conversation) => void,
  onSearch: (text: string) => void,
): ConversationList {
  const search = h('input', {
    type: 'search',
    class: 'gm-search',
    'aria-label': 'Search conversations',
    placeholder: 'Search conversations',
  });
  let shownFor: string | null = null;
  search.addEventListener('input', () => {
    onSearch(search.value);
    update(shownFor);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') onSearch(search.value);
  });
  const nav = h('nav', { class: 'gm-nav', 'aria-label': 'Conversations' });
  const element = h(
    'mws-conversations-list',
    { class: 'gm-list' },
    h('div', { class: 'gm-list-top' }, h('span', { class: 'gm-brand' }, 'Messages'), search),
    nav,
  );
  function update(openId: string | null): void {
    shownFor = openId;
    const query = search.value.trim().toLowerCase();
    const shown = conversations.filter((c) => conversationName(c).toLowerCase().includes(query));
    nav.replaceChildren(
      ...shown.map((conversation) => {
        const last = conversation.messages.at(-1);
        const snippet = last ? `${last.direction === 'out' ? 'You: ' : ''}${last.text}` : '';
        const link = h(
          'a',
          {
            href: conversationPath(conversation.id),
            class: 'gm-item',
            'data-e2e-conversation': true,
            'aria-current': conversation.id === openId ? 'page' : undefined,
          },
          h('span', { class: 'gm-item-name' }, conversationName(conversation)),
          h(
            'mws-conversation-snippet',
            {},
            // §2.7 says to exclude the sidebar's snippets; their markup is not in the notes, so
            // the replica uses the thread's row element here, the harder case for an adapter.
            h(
              'mws-message-wrapper',
              { 'is-outgoing': String(last?.direction === 'out'), class: 'gm-snippet' },
              snippet,
            ),
          ),
        );
        link.addEventListener('click', (event) => {
          event.preventDefault();
          open(conversation);
        });
        return h('mws-conversation-list-item', {}, link);
      }),
    );
  }
  update(null);
  return { element, update };
}
