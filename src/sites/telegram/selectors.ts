/**
 * Telegram Web selectors, layered: two different clients share the host, and each is a layer.
 * WebA (`/a/`, React/Teact, Ajaxy/telegram-tt) and WebK (`/k/`, Solid.js, morethanwords/tweb).
 * Sources and confidence: shared/docs/dom-notes-more-sites.md §3 (3.1 = K, 3.2 = A). Both clients
 * are open source, so most of this rests on their code [H]; labels are translated, so nothing
 * here reads English text except the last-resort send label from a multi-site extension [M].
 */

// ── WebA (§3.2) ─────────────────────────────────────────────────────────────────────────────

/**
 * A's composer. During a chat transition there can be two `#editable-message-text`; the app's
 * own selector (`EDITABLE_INPUT_CSS_SELECTOR`) picks the one in the active slide [H]. The
 * height-measuring clone is `.form-control.clone`, not editable, and is excluded all the same.
 * The attachment caption (`#editable-message-text-modal`) and the story reply field
 * (`#editable-story-input-text`) have other ids, so no selector here reaches them.
 */
export const A_COMPOSER = [
  '.messages-layout .Transition_slide-active #editable-message-text[contenteditable="true"]:not(.clone)',
  '#MiddleColumn #editable-message-text[contenteditable="true"]:not(.clone)',
  '#editable-message-text[contenteditable="true"]:not(.clone)',
] as const;

/** A's send button: the main button carries `send` only while it sends (else record/edit) [M]. */
export const A_SEND = [
  'button.main-button.send',
  '.Button.send',
  'button[aria-label="Send Message"]',
] as const;

/** Where A's composer and its buttons live together (the composer column) [inference]. */
export const A_COMPOSE_AREA = '.Composer';

/** A's chat title (CRM adapter, [M]). */
export const A_TITLE = [
  '#MiddleColumn .ChatInfo .title',
  '#MiddleColumn .chat-info .title',
] as const;

/** A's message rows: `.own` marks outgoing ones [H]. */
export const A_ROWS = '#MiddleColumn .messages-container [id^="message-"]';
export const A_THREAD = '#MiddleColumn .messages-container';
export const A_OUTGOING = 'own';

// ── WebK (§3.1) ─────────────────────────────────────────────────────────────────────────────

/**
 * The open chat in K. Shift+click opens a preview chat with the same classes, and tweb keeps
 * recently opened chats in the DOM, so everything of K's is scoped to the active, non-preview one [H].
 */
export const K_ACTIVE_CHAT = '#column-center .chats-container > .chat.active:not(.chat-preview)';

/**
 * K's composer. A hidden mirror that measures height, `.input-message-input.input-field-input-fake`,
 * is also contenteditable and comes before the real field: it is excluded by class, and the
 * adapter also requires the field to be shown [H]. The Tiptap engine in tweb's repository mounts
 * on the same `.input-message-input` element and marks it `[data-chat-input-editor="tiptap"]`
 * [M]; whether the live site serves it is unknown, and both shapes match here.
 */
export const K_COMPOSER = [
  `${K_ACTIVE_CHAT} .chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)`,
  '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
  '.input-message-input[data-chat-input-editor="tiptap"]:not(.input-field-input-fake)',
] as const;

/** Any element that is K's composer (for `composerFor`, which starts from a node). */
export const K_COMPOSER_ANY =
  '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)';

/** Where K's composer sits (caption and poll editors in popups are outside it). */
export const K_COMPOSE_AREA = '.chat-input';

/**
 * K's send button: one button that is also record, edit and schedule; the `send` class says
 * which (2024-11-15 reference, [M]). While the draft is empty it is the record button.
 */
export const K_SEND = ['.btn-send-container button.btn-send.send', 'button.btn-send.send'] as const;

/** K's button in its edit state: Enter and a click save an edit, they send nothing new [M]. */
export const K_SEND_EDITING = 'button.btn-send.edit';

/** K's chat title [H], then the fallbacks the same reference lists. */
export const K_TITLE = [
  '.chat-info .peer-title[data-peer-id][data-dialog="1"]',
  '.sidebar-header .peer-title',
  '.chat-info .user-title',
] as const;

/** K's message bubbles: `.is-out` / `.is-in`, `.service` is no message [H]. */
export const K_ROWS = '.bubble[data-mid][data-peer-id]';
export const K_SERVICE = 'service';
