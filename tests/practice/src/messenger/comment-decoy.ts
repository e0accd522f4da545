// A Facebook post with a Lexical comment box ("Comment as …"): also a `[role=textbox]` with
// `data-lexical-editor`, which an extension must never mistake for the chat composer.
import { createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import { ME } from './threads';

/**
 * What happened outside new sends: a comment posted, a search run from the "Search Messenger"
 * box, or an edit to a sent message saved from the composer.
 */
export type CommentEvent = { kind: 'comment' | 'search' | 'edit-save'; text: string };

export function buildCommentDecoy(log: (event: CommentEvent) => void): HTMLElement {
  const comments = h('div', { class: 'mr-comments' });
  const field = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': `Comment as ${ME}`,
    'aria-placeholder': `Comment as ${ME}`,
    class: 'mr-editor mr-comment-editor notranslate',
  });
  const placeholder = h(
    'div',
    { class: 'mr-placeholder', 'aria-hidden': 'true' },
    `Comment as ${ME}`,
  );
  const post = (text: string) => {
    log({ kind: 'comment', text });
    comments.append(h('div', { class: 'mr-comment' }, h('b', {}, ME), ' ', text));
    composer.clear();
  };
  const composer = createComposer({
    root: field,
    namespace: 'CometUFIComment',
    onSubmit: post,
    onEmptyChange: (empty) => {
      placeholder.hidden = !empty;
    },
  });
  const button = h(
    'div',
    { role: 'button', tabindex: 0, 'aria-label': 'Comment', class: 'mr-comment-send' },
    'Post',
  );
  button.addEventListener('click', () => {
    const text = composer.text();
    if (text.trim() !== '') post(text);
  });
  return h(
    'div',
    { role: 'article', 'aria-label': 'Post by Priya Shah', class: 'mr-post' },
    h('div', { class: 'mr-post-author' }, h('b', {}, 'Priya Shah'), h('span', {}, ' · 2h')),
    h('div', { class: 'mr-post-body', dir: 'auto' }, 'Three years since our first hike together!'),
    comments,
    h(
      'div',
      { class: 'mr-comment-row' },
      h('div', { class: 'mr-input-inner mr-comment-input' }, field, placeholder),
      button,
    ),
  );
}
