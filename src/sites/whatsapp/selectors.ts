/**
 * WhatsApp Web selectors, layered newest first. Sources and dates: shared/docs/dom-notes.md §1.
 * Class names are atomic CSS that change per build, so none are used except the long-lived
 * `message-in`/`message-out` and `_amjv` row markers of the pre-2026 builds.
 */

/** The open chat. Switching chats replaces it with its composer. */
export const MAIN = '#main';

/** The message composer: a Lexical editor inside `#main footer` (never the first textbox). */
export const COMPOSER = [
  '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
  '#main footer div[contenteditable="true"][data-tab="10"]',
  '#main footer [data-testid="conversation-compose-box-input"][contenteditable="true"]',
  '#main footer [data-testid="compose-box"] [contenteditable="true"]',
  '#main footer div[contenteditable="true"][role="textbox"]',
] as const;

/** Where a composer may live; a contenteditable outside these is a decoy (search, caption…). */
export const COMPOSER_SCOPE = '#main footer';

/** Icons of the send control, newest first; the button is the icon's closest button. */
export const SEND_ICONS = [
  'span[data-icon="wds-ic-send-filled"]',
  'span[data-icon="send"]',
  '[data-testid="send"]',
  '[data-icon="send-light"]',
] as const;

/** Labels of the send control when no icon is recognised (translated; see SEND_LABELS). */
export const SEND_BY_LABEL = 'button[aria-label], [role="button"][aria-label]';

/** Chat title, newest first. */
export const TITLE = [
  '#main header [data-testid="conversation-info-header-chat-title"]',
  '#main header span[title]',
  '#main header ._amig span',
  '#main header span[dir="auto"]',
] as const;

/** Header lines that are status, not the name. */
export const SUBTITLE_TEXT = /^(online|typing…|typing\.\.\.|last seen|click here|recording audio)/i;

/** The message list (for a narrow MutationObserver), newest first. */
export const THREAD = [
  '[data-testid="conversation-panel-messages"]',
  '[data-scrolltracepolicy="wa.web.conversation.messages"]',
  '#main [role="application"]',
] as const;

/** Message rows, newest structure first. */
export const ROWS = [
  '[data-testid="conversation-panel-messages"] [role="row"]',
  '#main [role="row"]',
  '#main div._amjv[data-id]',
  '#main div[data-id]',
] as const;

/**
 * The emoji suggestion list that ":" and two letters open; Enter picks from it. No public source
 * shows its DOM (dom-notes-more-sites §8): the composer names it, `aria-owns="emoji-suggestion"`
 * (dom-notes §1.1), which the adapter follows first. These are the fallbacks: the list by that
 * id, should the composer stop naming it, then any listbox in or beside the compose bar
 * (`aria-autocomplete="list"` on the composer means its popup is a listbox).
 */
export const SUGGESTION_LIST = '#emoji-suggestion';
export const SUGGESTION_LISTBOX = '[role="listbox"]';
/** What marks the thread (its list and rows, old and new): no suggestion list lives in there. */
export const NOT_BESIDE_COMPOSER = [...THREAD, '[role="row"]', '[data-id]'].join(', ');
