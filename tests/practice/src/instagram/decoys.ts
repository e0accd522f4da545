// The other editable fields Instagram shows around DMs (dom-notes-more-sites §1.1, "Other
// editable fields to avoid"): the search panel's field, the new-message dialog's
// `input[name="queryBox"]`, and, on a post off /direct/, the comment box
// `textarea[aria-label="Add a comment…"]`. Each one logs what reaches it, so a test can tell
// that the extension left it alone.
import { h } from '../shared/dom';
import { svgIcon } from './icons';
import { avatarImage } from './thread-view';

export type DecoyEvent = { kind: 'search' | 'query' | 'comment'; text: string };
type Log = (event: DecoyEvent) => void;

export function buildSearchPanel(log: Log): HTMLElement {
  const input = h('input', {
    type: 'text',
    'aria-label': 'Search input',
    placeholder: 'Search',
    autocapitalize: 'none',
    class: 'ig-search-input',
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') log({ kind: 'search', text: input.value });
  });
  return h('div', { class: 'ig-search-panel', hidden: true }, h('h2', {}, 'Search'), input);
}

export function buildNewMessageDialog(log: Log): { element: HTMLElement; show(): void } {
  const query = h('input', {
    name: 'queryBox',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'Search...',
    class: 'ig-query',
  });
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') log({ kind: 'query', text: query.value });
  });
  const close = h('div', { role: 'button', tabindex: 0, class: 'ig-dialog-close' }, '✕');
  const element = h(
    'div',
    { class: 'ig-dialog-backdrop', hidden: true },
    h(
      'div',
      { role: 'dialog', 'aria-label': 'New message', class: 'ig-dialog' },
      h('div', { class: 'ig-dialog-head' }, h('h1', {}, 'New message'), close),
      h('label', { class: 'ig-dialog-to' }, h('span', {}, 'To:'), query),
      h('div', { role: 'button', 'aria-disabled': 'true', class: 'ig-dialog-chat' }, 'Chat'),
    ),
  );
  close.addEventListener('click', () => {
    element.hidden = true;
  });
  return {
    element,
    show: () => {
      element.hidden = false;
      query.focus();
    },
  };
}

/** A post on the feed (any path but /direct/), with its comment box. Enter posts the comment. */
export function buildFeedPost(log: Log): HTMLElement {
  const comments = h('div', { class: 'ig-comments' });
  const box = h('textarea', {
    'aria-label': 'Add a comment…',
    placeholder: 'Add a comment…',
    autocomplete: 'off',
    class: 'ig-comment-box',
  });
  const post = () => {
    const text = box.value;
    if (text.trim() === '') return;
    log({ kind: 'comment', text });
    comments.append(h('div', { class: 'ig-comment' }, h('b', {}, 'sam.rivera'), ` ${text}`));
    box.value = '';
  };
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      post();
    }
  });
  const postButton = h('div', { role: 'button', tabindex: 0, class: 'ig-comment-post' }, 'Post');
  postButton.addEventListener('click', post);
  return h(
    'article',
    { class: 'ig-post' },
    h(
      'div',
      { class: 'ig-post-head' },
      avatarImage('priya.shah', 32),
      h('b', {}, 'priya.shah'),
      h('span', {}, ' · 2h'),
    ),
    h('div', { class: 'ig-post-image', role: 'img', 'aria-label': 'Photo by priya.shah' }),
    h('div', { class: 'ig-post-tools' }, svgIcon('heart', 'Like'), svgIcon('messenger', 'Share')),
    h(
      'div',
      { class: 'ig-post-caption' },
      h('b', {}, 'priya.shah'),
      ' three years since our first hike!',
    ),
    comments,
    h('div', { class: 'ig-comment-row' }, box, postButton),
  );
}
