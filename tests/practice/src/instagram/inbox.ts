// The inbox column beside the thread (dom-notes-more-sites §1.5): the account's name and a
// "New message" control on top, then `[aria-label="Thread list"][role=navigation]` whose rows are
// `div[role=button][tabindex=0]` with no thread href (OnlyDM; Safari_Automations), each showing
// the last message with "You: " before the person's own (§1.4 signal 4). Opening a row switches
// the thread by history.pushState, as the real SPA does (§1.5).
import { h } from '../shared/dom';
import { svgIcon } from './icons';
import { avatarImage } from './thread-view';
import type { Thread } from './threads';

export const ME = 'sam.rivera';

export type Inbox = { element: HTMLElement; update(openId: string | null): void };

export function buildInbox(
  threads: Thread[],
  open: (thread: Thread) => void,
  newMessage: () => void,
): Inbox {
  const compose = h(
    'div',
    { role: 'button', tabindex: 0, class: 'ig-icon-button' },
    svgIcon('compose', 'New message'),
  );
  compose.addEventListener('click', newMessage);
  const list = h('div', {
    'aria-label': 'Thread list',
    role: 'navigation',
    class: 'ig-thread-list',
  });
  const element = h(
    'div',
    { class: 'ig-inbox' },
    h('div', { class: 'ig-inbox-head' }, h('span', { class: 'ig-me' }, ME), compose),
    h(
      'div',
      { class: 'ig-inbox-tabs' },
      h('h1', {}, 'Messages'),
      h('a', { href: '/direct/requests/', role: 'link', class: 'ig-requests' }, 'Requests'),
    ),
    list,
  );
  const update = (openId: string | null) => {
    list.replaceChildren(
      ...threads.map((thread) => {
        const last = thread.messages.at(-1);
        const preview = last ? `${last.direction === 'out' ? 'You: ' : ''}${last.text}` : '';
        const row = h(
          'div',
          {
            role: 'button',
            tabindex: 0,
            class: `ig-thread-row${thread.id === openId ? ' ig-thread-row-open' : ''}`,
            'aria-current': thread.id === openId ? 'page' : undefined,
          },
          avatarImage(thread.handle, 56),
          h(
            'div',
            { class: 'ig-thread-row-text' },
            h('span', { class: 'ig-thread-row-name' }, thread.name),
            h('span', { class: 'ig-thread-row-preview' }, `${preview} · 1h`),
          ),
        );
        row.addEventListener('click', () => open(thread));
        return row;
      }),
    );
  };
  update(null);
  return { element, update };
}
