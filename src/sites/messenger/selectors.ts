/**
 * Messenger selectors (facebook.com/messages, messenger.com and facebook.com pop-up chats),
 * layered newest first. Sources and dates: shared/docs/dom-notes.md §2. Labels are translated,
 * so label matches are fallbacks behind structural ones.
 */

/** A conversation: the full-page thread, or a pop-up chat window on facebook.com. */
export const CONVERSATION = [
  '[role="main"][aria-label^="Conversation"]',
  '[role="main"]',
  '[tabindex="-1"][role="dialog"]',
  '[tabindex="-1"]',
] as const;

/** The message composer group; the editor inside it is the composer. */
export const COMPOSER_GROUP = '[aria-label="Thread composer"][role="group"]';

export const COMPOSER = [
  `${COMPOSER_GROUP} [role="textbox"][contenteditable="true"]`,
  '[role="main"] [contenteditable="true"][data-lexical-editor="true"][aria-placeholder="Aa"]',
  '[role="main"] [role="textbox"][contenteditable="true"][aria-label="Message"]',
] as const;

/** Editors that are never the composer even inside a conversation (comment boxes are Lexical too). */
export const NOT_COMPOSER_LABEL = /^(comment|write a comment|reply|answer as|comment as)/i;

/** The send control; "Send a Like" / "Send a …" is the same slot when the draft is empty. */
export const SEND_LABEL = /^(press enter to send|send|enviar|envoyer|senden|invia|send melding)$/i;
export const NOT_SEND_LABEL = /^send an? /i;

export const TITLE_FROM_MAIN = /^Conversation(?: titled| with)?\s+(.+)$/i;
export const TITLE_FROM_GRID = /^Messages in conversation(?: titled| with)?\s+(.+)$/i;
export const TITLE_FROM_COMPOSER = /^Write to\s+(.+)$/i;

export const GRID = '[role="grid"][aria-label^="Messages in conversation"]';

/** Message rows, relative to the conversation. */
export const ROWS = [`${GRID} [role="row"]`, '[role="grid"] [role="row"]'] as const;

/**
 * Messenger's in-place message edit (2024+) has no public description of its DOM
 * (dom-notes-more-sites §9): no code, no issue. These are the words its banner or cancel control
 * would most plausibly carry beside the composer (the phrases the notes searched for), matched
 * whole, in English only. Unverified on a live session.
 */
export const EDIT_MODE_WORDS =
  /^(editing( a)? message|edit message|edit(ing)? mode|exit edit mode|cancel edit(ing)?|stop editing)$/i;
