/**
 * Google Messages for Web selectors, layered newest first. Sources and dates:
 * shared/docs/dom-notes-more-sites.md §2. The page marks its parts with `data-e2e-*` attributes
 * (Google's own end-to-end test hooks) and `mws-*` element names, both stable for years; labels
 * and placeholders are translated ("Mensagem RCS"), so no selector here reads English text.
 */

/** The message composer: a real `<textarea>` inside `mws-autosize-textarea` (§2.2). */
export const COMPOSER = [
  'textarea[data-e2e-message-input-box]',
  '[data-e2e-message-input] textarea',
  'mws-message-compose mws-autosize-textarea textarea',
  'mws-message-compose .input-box textarea',
] as const;

/** The send button, disabled while the draft is empty (§2.3). */
export const SEND = [
  'button[data-e2e-send-text-button]',
  'mws-message-send-button button',
] as const;

/**
 * Where the composer and its send button live together. (`[data-e2e-message-input]` wraps only
 * the textarea, so it is no such area; without this element the adapter walks up to the button.)
 */
export const COMPOSE_AREA = 'mws-message-compose';

/** How far up from the composer its send button may be when no compose area is recognised. */
export const MAX_LEVELS_TO_SEND = 6;

/** The chat title; its `h2` children are the participants (§2.4). */
export const TITLE = ['[data-e2e-header-title]', 'mws-conversation-header h2'] as const;

/** Message rows, newest structure first (§2.5). */
export const ROWS = [
  'mws-message-wrapper[msg-id]',
  '[data-e2e-message-wrapper]',
  'mws-message-wrapper',
] as const;

/** Rows that are no message: date and system separators (§2.5). */
export const TOMBSTONE = 'mws-tombstone-message-wrapper, [data-e2e-message-tombstone]';

/** The conversation list: its rows show snippets of the last message, never the thread (§2.7). */
export const CONVERSATION_LIST_ITEM = 'mws-conversation-list-item';

/** The message text part, whose `aria-label` says who sent it (English only, §2.5). */
export const TEXT_PART = 'mws-text-message-part';
