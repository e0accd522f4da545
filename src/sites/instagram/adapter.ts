import {
  boundedTitle,
  buttonOf,
  countTrailingOutgoing,
  elementOf,
  isSendLabel,
  lastItems,
  queryFirst,
} from '../shared/dom';
import { ownedPopupShown } from '../shared/owned-popup';
import { readEditorText } from '../shared/read-editor-text';
import type { SiteAdapter } from '../types';
import { rowDirections } from './direction';
import * as S from './selectors';

/** How many trailing rows to read: the list is virtualised, only the newest are there (§0). */
const ROWS_TO_SCAN = 40;
/** How far up from the message list the thread's header (its title) may be. */
const MAX_LEVELS_LIST_TO_HEADER = 6;

function onDirectPath(doc: Document): boolean {
  return S.DIRECT_PATH.test(doc.location?.pathname ?? '');
}

function onThreadPath(doc: Document): boolean {
  return S.THREAD_PATH.test(doc.location?.pathname ?? '');
}

function messageList(doc: Document): Element | null {
  return queryFirst<Element>(doc, S.MESSAGE_LIST);
}

/** §1.6 layer 2: a Lexical textbox in an element a few levels above the message list. */
function composerBesideList(doc: Document): HTMLElement | null {
  const list = messageList(doc);
  let up = list?.parentElement ?? null;
  for (let level = 0; up && level < S.MAX_LEVELS_LIST_TO_COMPOSER; level++) {
    for (const box of up.querySelectorAll<HTMLElement>(S.LEXICAL_TEXTBOX)) {
      if (!list?.contains(box)) return box;
    }
    up = up.parentElement;
  }
  return null;
}

/** Whether `el` (an editable root or a textarea) is the DM composer, by §1.6's layers in order. */
function isComposer(el: HTMLElement): boolean {
  if (!onDirectPath(el.ownerDocument)) return false;
  if (el.matches(S.COMPOSER_IN_PAGELET)) return true;
  if (el.matches(S.LEXICAL_TEXTBOX) && composerBesideList(el.ownerDocument) === el) return true;
  return S.COMPOSER_BY_LABEL.some((s) => el.matches(s)) || el.matches(S.LEGACY_COMPOSER);
}

/** A control that says "Send": its text, its label, or its icon's label (§1.2 [M]), any language. */
function isSendControl(el: Element): boolean {
  if (isSendLabel(el.getAttribute('aria-label'))) return true;
  if (el.querySelector('svg, img') === null && isSendLabel(el.textContent)) return true;
  for (const icon of el.querySelectorAll('svg[aria-label]')) {
    if (isSendLabel(icon.getAttribute('aria-label'))) return true;
  }
  return false;
}

function sendControlIn(scope: Element, composer: HTMLElement): HTMLElement | null {
  for (const candidate of scope.querySelectorAll<HTMLElement>(S.BUTTON_LIKE)) {
    if (
      !candidate.contains(composer) &&
      !composer.contains(candidate) &&
      isSendControl(candidate)
    ) {
      return candidate;
    }
  }
  return null;
}

/** The text of the thread's title element: the `title` attribute holds the full display name. */
function titleOf(el: Element | null): string | null {
  if (!el) return null;
  return boundedTitle(el.getAttribute('title') || el.textContent);
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',

  findComposer(doc) {
    if (!onDirectPath(doc)) return null;
    // A thread can also be open as a floating chat (§1.7): the focused composer is the one in use.
    const active = doc.activeElement;
    if (active instanceof HTMLElement) {
      const focused = this.composerFor(active);
      if (focused) return focused;
    }
    return (
      doc.querySelector<HTMLElement>(S.COMPOSER_IN_PAGELET) ??
      composerBesideList(doc) ??
      queryFirst<HTMLElement>(doc, [...S.COMPOSER_BY_LABEL, S.LEGACY_COMPOSER])
    );
  },

  composerFor(node) {
    const el = elementOf(node);
    const root =
      el?.closest<HTMLElement>('[contenteditable="true"]') ??
      el?.closest<HTMLElement>('textarea') ??
      null;
    return root && isComposer(root) ? root : null;
  },

  readDraft(composer) {
    if (composer instanceof HTMLTextAreaElement) return composer.value;
    return readEditorText(composer);
  },

  /** Shown only while the draft has text (§1.2, an inference as on Messenger). */
  findSendButton(composer) {
    const pagelet = composer.closest(S.COMPOSER_PAGELET);
    if (pagelet) return sendControlIn(pagelet, composer);
    let up = composer.parentElement;
    for (let level = 0; up && level < S.MAX_LEVELS_TO_SEND; level++) {
      const found = sendControlIn(up, composer);
      if (found) return found;
      up = up.parentElement;
    }
    return null;
  },

  /** A "Send" control with a DM composer beside it (a post's share dialog has a "Send" too). */
  sendButtonFor(node) {
    const button = buttonOf(node);
    if (!button || !isSendControl(button)) return null;
    let up = button.parentElement;
    for (let level = 0; up && level < S.MAX_LEVELS_TO_SEND; level++) {
      for (const editable of up.querySelectorAll('[contenteditable="true"], textarea')) {
        if (this.composerFor(editable)) return button;
      }
      up = up.parentElement;
    }
    return null;
  },

  /**
   * The open thread's name (§1.3 [M]): the `h2 span[title]` in the thread around the message
   * list, then the header pagelet's `h2` [L], then the page's only `h2 span[title]`. Only on a
   * thread's address: `document.title` is just "Instagram" (§1.3), and elsewhere there is no chat.
   */
  chatTitle(doc) {
    if (!onThreadPath(doc)) return null;
    let up = messageList(doc)?.parentElement ?? null;
    for (let level = 0; up && level < MAX_LEVELS_LIST_TO_HEADER; level++) {
      const title = titleOf(up.querySelector(S.TITLE_SPAN));
      if (title) return title;
      up = up.parentElement;
    }
    const header = titleOf(doc.querySelector(`${S.THREAD_HEADER} h2`));
    if (header) return header;
    const all = doc.querySelectorAll(S.TITLE_SPAN);
    return all.length === 1 ? titleOf(all[0] ?? null) : null;
  },

  countUnanswered(doc) {
    if (!onThreadPath(doc)) return 0;
    const list = this.threadRoot(doc);
    if (!list) return 0;
    for (const selector of S.ROWS) {
      const rows = lastItems(list.querySelectorAll(selector), ROWS_TO_SCAN * 2)
        // A row nested in another (a quoted reply) is part of that message, not one of its own.
        .filter((row) => {
          const outer = row.parentElement?.closest(selector);
          return !outer || !list.contains(outer);
        })
        .slice(-ROWS_TO_SCAN);
      if (rows.length > 0) return countTrailingOutgoing(rowDirections(rows, list));
    }
    return 0;
  },

  /**
   * The message list pagelet; without it (rollouts since May 2026 lost the older label, §1.4),
   * the nearest element above the composer that holds message rows.
   */
  threadRoot(doc) {
    const list = messageList(doc);
    if (list) return list;
    const composer = this.findComposer(doc);
    let up = composer?.parentElement ?? null;
    for (let level = 0; up && level < S.MAX_LEVELS_TO_SEND; level++) {
      const row = S.ROWS.map((s) => up?.querySelector(s)).find((found) => found);
      if (row?.parentElement) return row.parentElement;
      up = up.parentElement;
    }
    return null;
  },

  /**
   * A list the composer declares open by ARIA (Lexical's typeahead menus, e.g. mentions in a
   * group): the notes show none on Instagram, so this says "open" only on such a sign, as on
   * Messenger, the same Meta Lexical stack (§1.1).
   */
  suggestionListOpen(composer, doc) {
    return ownedPopupShown(composer, doc);
  },
};
