import {
  boundedTitle,
  buttonOf,
  countTrailingOutgoing,
  elementOf,
  lastItems,
  queryFirst,
} from '../shared/dom';
import { readEditorText } from '../shared/read-editor-text';
import type { SiteAdapter } from '../types';
import { rowDirections } from './direction';
import * as S from './selectors';

/** How many trailing rows to look at; the page renders only the latest 25 on open (§2.5). */
const ROWS_TO_SCAN = 40;

const COMPOSER_ANY = S.COMPOSER.join(', ');
const SEND_ANY = S.SEND.join(', ');

/** Message rows of the open thread, newest last; conversation-list snippets left out. */
function threadRows(doc: Document): Element[] {
  for (const selector of S.ROWS) {
    const rows = lastItems(doc.querySelectorAll(selector), ROWS_TO_SCAN * 2).filter(
      (row) => !row.closest(S.CONVERSATION_LIST_ITEM),
    );
    if (rows.length > 0) return rows.slice(-ROWS_TO_SCAN);
  }
  return [];
}

/** The title element's text: its `h2` participants, comma-separated as the header shows them. */
function titleText(el: Element): string {
  const names = Array.from(el.querySelectorAll('h2'), (h2) =>
    (h2.textContent ?? '').trim().replace(/,$/, '').trim(),
  ).filter((name) => name !== '');
  return names.length > 0 ? names.join(', ') : (el.textContent ?? '');
}

export const googleMessagesAdapter: SiteAdapter = {
  id: 'google-messages',

  findComposer(doc) {
    return queryFirst<HTMLElement>(doc, S.COMPOSER);
  },

  composerFor(node) {
    const composer = elementOf(node)?.closest<HTMLElement>(COMPOSER_ANY) ?? null;
    return composer?.closest(S.CONVERSATION_LIST_ITEM) ? null : composer;
  },

  /** A textarea's value is the draft exactly (line breaks as "\n", emoji as typed). */
  readDraft(composer) {
    if (composer instanceof HTMLTextAreaElement) return composer.value;
    return readEditorText(composer);
  },

  findSendButton(composer) {
    let scope: Element | null = composer.closest(S.COMPOSE_AREA);
    let up = composer.parentElement;
    for (let level = 0; !scope && up && level < S.MAX_LEVELS_TO_SEND; level++) {
      if (up.querySelector(SEND_ANY)) scope = up;
      up = up.parentElement;
    }
    // Disabled while the draft is empty, yet shown and still the site's send control: a draft
    // with text enables it, and a site that leaves it disabled (phone unreachable) would not send
    // from Enter either, so it is no sign that the page changed.
    return scope ? queryFirst<HTMLElement>(scope, S.SEND) : null;
  },

  sendButtonFor(node) {
    const button = buttonOf(node);
    return button?.matches(SEND_ANY) ? button : null;
  },

  chatTitle(doc) {
    for (const selector of S.TITLE) {
      const el = doc.querySelector(selector);
      const title = el ? boundedTitle(titleText(el)) : null;
      if (title) return title;
    }
    return null;
  },

  countUnanswered(doc) {
    return countTrailingOutgoing(rowDirections(threadRows(doc)));
  },

  /** The element holding the message rows (the notes name no list element, so: the rows' parent). */
  threadRoot(doc) {
    return threadRows(doc).at(-1)?.parentElement ?? null;
  },
};
