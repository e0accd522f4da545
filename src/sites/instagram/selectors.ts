/**
 * Instagram DM selectors, layered newest first. Sources, dates and confidence:
 * shared/docs/dom-notes-more-sites.md §1. Class names are hashed, so everything anchors on
 * `data-pagelet`, `role`, `aria-*` and `data-lexical-editor`; labels are translated (§1.7), so a
 * selector that reads English text is a fallback behind the structural ones.
 */

/** Instagram shows chats only under /direct/ (§1.5); the adapter accepts nothing elsewhere. */
export const DIRECT_PATH = /^\/direct(\/|$)/;

/** An open thread: /direct/t/<id>/ and the end-to-end encrypted /direct/e2ee/t/<id>/ (§1.5). */
export const THREAD_PATH = /^\/direct\/(e2ee\/)?t\/[^/]+/;

/** The DM composer pagelet: the editor inside it is the composer (§1.1 [H], "Rule"). */
export const COMPOSER_PAGELET = '[data-pagelet="IGDComposerForCannes"]';

/**
 * The message list pagelet (§1.4 [H]). Older builds: the "Conversation…" region (§1.4), a `div`
 * that is no control: the header's info icon is labelled "Conversation information" too (§1.7
 * names it, translated), and it is no list.
 */
export const MESSAGE_LIST = [
  '[data-pagelet="IGDMessagesList"]',
  'div[aria-label^="Conversation"]:not([role="button"]):not([aria-label^="Conversation information"])',
] as const;

/** The Lexical editor as §1.1 describes it, wherever it sits. */
export const LEXICAL_TEXTBOX =
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

/**
 * The composer, in the order of §1.6: (1) the textbox inside the composer pagelet [H];
 * (2) a Lexical textbox beside the message list (checked in code, walking up from the list);
 * (3) a textbox labelled "Message…", English only [M]; (4) the pre-2023 textarea [L].
 */
export const COMPOSER_IN_PAGELET = `${COMPOSER_PAGELET} [contenteditable="true"][role="textbox"]`;
export const COMPOSER_BY_LABEL = [
  'div[role="textbox"][contenteditable="true"][aria-placeholder^="Message"]',
  'div[role="textbox"][contenteditable="true"][aria-label^="Message"]',
] as const;
export const LEGACY_COMPOSER = 'textarea[placeholder*="Message"]';

/** How far up from the message list the composer's container may be (layer 2 of §1.6). */
export const MAX_LEVELS_LIST_TO_COMPOSER = 4;

/** How far up from the composer its send button may be when the pagelet is not recognised. */
export const MAX_LEVELS_TO_SEND = 6;

/** Controls that can be the send button: `div[role=button]` mostly, `button` too (§1.2). */
export const BUTTON_LIKE = 'button, div[role="button"], a[role="button"]';

/** Message rows inside the list, newest structure first (§1.4: `group` [M], `row` older). */
export const ROWS = ['div[role="group"]', 'div[role="row"]'] as const;

/** A row's message text (§1.4); a row without one (date, system line) tells no direction. */
export const MESSAGE_TEXT = 'div[dir="auto"]';

/**
 * The avatar link on incoming rows (§1.4 signal 1): its English label first, then the profile
 * link any language has (`a[href^="/"]` holding an image).
 */
export const AVATAR_LINK_LABELLED = 'a[aria-label^="Open the profile page of"]';
export const AVATAR_LINK = 'a[href^="/"]:has(img)';

/** How deep in a row the `justify-content: flex-end` of an outgoing bubble is looked for (§1.4 signal 2). */
export const ALIGNMENT_DEPTH = 8;
export const ALIGNMENT_MAX_ELEMENTS = 80;

/** "You sent" in a row (§1.4 signal 4, [L]): a hint for outgoing, English only. */
export const YOU_SENT = /^you sent\b/i;

/** The chat title: `h2 span[title]`, whose `title` is the display name (§1.3 [M]). */
export const TITLE_SPAN = 'h2 span[title]';

/** The thread header pagelet one reader uses (§1.3 [L]). */
export const THREAD_HEADER = '[data-pagelet="IGDInboxHeaderOffMsys"]';
