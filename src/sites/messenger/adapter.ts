import {
  boundedTitle,
  buttonOf,
  countTrailingOutgoing,
  editableRoot,
  lastItems,
  queryFirst,
} from '../shared/dom';
import { ownedPopupShown } from '../shared/owned-popup';
import { readEditorText } from '../shared/read-editor-text';
import type { SiteAdapter } from '../types';
import { messengerRowDirection } from './direction';
import * as S from './selectors';

const ROWS_TO_SCAN = 40;
/** How far up from the composer group an edit banner is looked for (beside it, in its row). */
const EDIT_BANNER_LEVELS = 4;
/** Elements read in each neighbour of the composer: a banner is small, a big subtree is not one. */
const EDIT_BANNER_MAX_ELEMENTS = 200;
/** How far up from the editor the send control may sit (it is a sibling of the composer group). */
const SEND_SEARCH_DEPTH = 6;

function isComposer(el: HTMLElement): boolean {
  const label = el.getAttribute('aria-label') ?? '';
  if (S.NOT_COMPOSER_LABEL.test(label)) return false;
  if (el.closest(S.COMPOSER_GROUP)) return true;
  const inConversation =
    el.closest('[role="main"]') !== null || el.closest('[tabindex="-1"]') !== null;
  const looksLikeComposer =
    el.getAttribute('aria-placeholder') === 'Aa' || S.TITLE_FROM_COMPOSER.test(label);
  return inConversation && looksLikeComposer && el.getAttribute('data-lexical-editor') === 'true';
}

function isSendControl(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  return label !== null && S.SEND_LABEL.test(label.trim()) && !S.NOT_SEND_LABEL.test(label);
}

/** The conversation (full page or pop-up) that holds `node`. */
function conversationOf(node: Element): Element | null {
  for (const selector of S.CONVERSATION) {
    const found = node.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The open chat's name, from the composer's label, the conversation's, the grid's or a header link. */
function rawChatTitle(composer: HTMLElement | null, doc: Document): string | null {
  const fromComposer = composer?.getAttribute('aria-label')?.match(S.TITLE_FROM_COMPOSER)?.[1];
  if (fromComposer) return fromComposer.trim();
  const conversation = composer ? conversationOf(composer) : doc.querySelector('[role="main"]');
  const scope = conversation ?? doc;
  const mainLabel = conversation?.getAttribute('aria-label')?.match(S.TITLE_FROM_MAIN)?.[1];
  if (mainLabel) return mainLabel.trim();
  const gridLabel = scope
    .querySelector(S.GRID)
    ?.getAttribute('aria-label')
    ?.match(S.TITLE_FROM_GRID)?.[1];
  if (gridLabel) return gridLabel.trim();
  // A labelled link is a weak signal: facebook.com's feed is full of them. Trust it only inside
  // a composer's own conversation, or on a thread URL, so a feed page never reads as "a chat is
  // open but its composer is missing" (which would report the site as changed).
  if (!composer && !THREAD_PATH.test(doc.location?.pathname ?? '')) return null;
  const headerLink = scope.querySelector('a[aria-label][href*="/"]');
  return headerLink?.getAttribute('aria-label')?.trim() || null;
}

/** An element that names edit mode: a control's label, or a short text of its own. */
function saysEditing(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  if (label && S.EDIT_MODE_WORDS.test(label.trim())) return true;
  return el.childElementCount === 0 && S.EDIT_MODE_WORDS.test((el.textContent ?? '').trim());
}

/** True when `root` or one of its first elements names edit mode, outside the editor itself. */
function marksEditMode(root: Element, editor: Element): boolean {
  if (saysEditing(root)) return true;
  const all = root.getElementsByTagName('*');
  const count = Math.min(all.length, EDIT_BANNER_MAX_ELEMENTS);
  for (let i = 0; i < count; i++) {
    const el = all[i];
    if (el && !editor.contains(el) && saysEditing(el)) return true;
  }
  return false;
}

/**
 * An edit banner or its cancel control beside the composer: inside the composer group, or in
 * an element next to it (walking up to the conversation), never in the message grid, whose
 * messages may say anything.
 */
function editBannerNear(composer: HTMLElement): boolean {
  const group = composer.closest(S.COMPOSER_GROUP);
  if (group && marksEditMode(group, composer)) return true;
  let inner: Element = group ?? composer;
  for (let level = 0; level < EDIT_BANNER_LEVELS; level++) {
    const parent = inner.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling === inner || sibling.matches(S.GRID) || sibling.querySelector(S.GRID)) continue;
      if (marksEditMode(sibling, composer)) return true;
    }
    if (S.CONVERSATION.some((selector) => parent.matches(selector))) break;
    inner = parent;
  }
  return false;
}

/** facebook.com/messages/t/<id> and messenger.com/t/<id>: a thread is open. */
const THREAD_PATH = /\/t\/[^/]+/;

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',

  findComposer(doc) {
    // Several composers can exist (full page + pop-ups): the focused one is the one in use.
    const active = doc.activeElement;
    if (active instanceof HTMLElement) {
      const focused = this.composerFor(active);
      if (focused) return focused;
    }
    return queryFirst<HTMLElement>(doc, S.COMPOSER);
  },

  composerFor(node) {
    const root = editableRoot(node);
    return root && isComposer(root) ? root : null;
  },

  readDraft(composer) {
    return readEditorText(composer);
  },

  findSendButton(composer) {
    let scope: Element | null = composer.closest(S.COMPOSER_GROUP) ?? composer;
    for (let depth = 0; scope && depth < SEND_SEARCH_DEPTH; depth++) {
      for (const candidate of scope.querySelectorAll<HTMLElement>(
        '[role="button"][aria-label], button[aria-label]',
      )) {
        if (isSendControl(candidate)) return candidate;
      }
      if (scope.matches('[role="main"]')) break;
      scope = scope.parentElement;
    }
    return null;
  },

  sendButtonFor(node) {
    const button = buttonOf(node);
    if (!button || !isSendControl(button)) return null;
    const conversation = conversationOf(button);
    return conversation && queryFirst(conversation, S.COMPOSER) ? button : null;
  },

  chatTitle(doc, forComposer) {
    return boundedTitle(rawChatTitle(forComposer ?? this.findComposer(doc), doc));
  },

  countUnanswered(doc, forComposer) {
    const composer = forComposer ?? this.findComposer(doc);
    const scope = (composer && conversationOf(composer)) ?? doc;
    for (const selector of S.ROWS) {
      const rows = scope.querySelectorAll(selector);
      if (rows.length > 0) {
        return countTrailingOutgoing(lastItems(rows, ROWS_TO_SCAN).map(messengerRowDirection));
      }
    }
    return 0;
  },

  /**
   * A list the composer declares open by ARIA (`aria-expanded`, or a shown element that
   * `aria-owns` / `aria-controls` / `aria-activedescendant` names): Lexical's typeahead menus
   * (mentions in group chats) work this way. No source shows Messenger's attributes while one
   * is open (dom-notes-more-sites §10 is the cross-site rule), so this only ever says "open"
   * on such a sign; without one nothing changes.
   */
  suggestionListOpen(composer, doc) {
    return ownedPopupShown(composer, doc);
  },

  /**
   * Editing a sent message: Enter and the send control save the edit in place, no new message
   * goes out. What is known: nothing public shows this mode's DOM (dom-notes-more-sites §9), so
   * the mode cannot be told apart reliably, and the edited text is NOT analysed like a draft
   * (a pause would stand between the person and a correction, on a guess). The one sign used is
   * an edit banner or control beside the composer, by its English words (EDIT_MODE_WORDS); the
   * notes propose "any banner or control not present in normal sending", but a reply banner is
   * one too and a reply is a new message, so only edit words count. Where no such sign shows
   * (another language, other words), an edit-save Enter is treated like a send: a safe edit is
   * counted as a safe send, and a risky one opens the pause dialog, from which "Send anyway"
   * still saves the edit and "Keep editing" gives it back; the text is never lost. To be checked
   * on a live session.
   */
  editingSentMessage(composer) {
    return editBannerNear(composer);
  },

  threadRoot(doc, forComposer) {
    const conversation = forComposer ? conversationOf(forComposer) : null;
    return (
      conversation?.querySelector(S.GRID) ??
      doc.querySelector(S.GRID) ??
      doc.querySelector('[role="main"]')
    );
  },
};
