import {
  boundedTitle,
  buttonOf,
  countTrailingOutgoing,
  editableRoot,
  isSendLabel,
  lastItems,
  queryFirst,
} from '../shared/dom';
import {
  isShownWithContent,
  ownedPopupIds,
  ownedPopupShown,
  shownIn,
  typingShortcodeAtCaret,
} from '../shared/owned-popup';
import { readEditorText } from '../shared/read-editor-text';
import type { SiteAdapter } from '../types';
import { rowDirections } from './direction';
import * as S from './selectors';

/** How many trailing rows to look at: enough for any run of unanswered messages we act on. */
const ROWS_TO_SCAN = 40;

/**
 * A listbox on screen in the compose bar or beside it, never inside the thread, whose messages
 * (polls, say) may hold listboxes of their own that have nothing to do with Enter.
 */
function listboxByComposeBar(footer: Element): boolean {
  if (shownIn(footer, S.SUGGESTION_LISTBOX)) return true;
  for (const beside of footer.parentElement?.children ?? []) {
    if (beside === footer || beside.querySelector(S.NOT_BESIDE_COMPOSER)) continue;
    if (beside.matches(S.SUGGESTION_LISTBOX) && isShownWithContent(beside)) return true;
    if (shownIn(beside, S.SUGGESTION_LISTBOX)) return true;
  }
  return false;
}

function isSendControl(button: HTMLElement): boolean {
  if (S.SEND_ICONS.some((icon) => button.matches(icon) || button.querySelector(icon))) return true;
  return isSendLabel(button.getAttribute('aria-label'));
}

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',

  findComposer(doc) {
    return queryFirst<HTMLElement>(doc, S.COMPOSER);
  },

  composerFor(node) {
    const root = editableRoot(node);
    if (!root?.closest(S.COMPOSER_SCOPE)) return null;
    return root;
  },

  readDraft(composer) {
    return readEditorText(composer);
  },

  findSendButton(composer) {
    const footer = composer.closest(S.COMPOSER_SCOPE) ?? composer.ownerDocument;
    for (const icon of S.SEND_ICONS) {
      const button = buttonOf(footer.querySelector(icon));
      if (button) return button;
    }
    for (const button of footer.querySelectorAll<HTMLElement>(S.SEND_BY_LABEL)) {
      if (isSendLabel(button.getAttribute('aria-label'))) return button;
    }
    return null;
  },

  sendButtonFor(node) {
    const button = buttonOf(node);
    if (!button?.closest(S.COMPOSER_SCOPE)) return null;
    return isSendControl(button) ? button : null;
  },

  chatTitle(doc) {
    for (const selector of S.TITLE) {
      for (const el of doc.querySelectorAll(selector)) {
        const text = (el.getAttribute('title') || el.textContent || '').trim();
        if (text && !S.SUBTITLE_TEXT.test(text)) return boundedTitle(text);
      }
    }
    return null;
  },

  countUnanswered(doc) {
    for (const selector of S.ROWS) {
      const rows = doc.querySelectorAll(selector);
      if (rows.length > 0) {
        return countTrailingOutgoing(rowDirections(lastItems(rows, ROWS_TO_SCAN)));
      }
    }
    return 0;
  },

  threadRoot(doc) {
    return queryFirst(doc, S.THREAD) ?? doc.querySelector(S.MAIN);
  },

  /**
   * The emoji suggestion list (":" and two letters; Enter picks the highlighted emoji), layered
   * from the strongest sign to the weakest. Unverified on a live session (dom-notes-more-sites
   * §8): the list's own DOM is in no public source, only the composer's `aria-owns` is.
   */
  suggestionListOpen(composer, doc) {
    // What the composer names as its own (today `aria-owns="emoji-suggestion"`), on screen.
    if (ownedPopupShown(composer, doc)) return true;
    const known = doc.querySelector(S.SUGGESTION_LIST);
    if (known && isShownWithContent(known)) return true;
    const footer = composer.closest(S.COMPOSER_SCOPE);
    if (footer && listboxByComposeBar(footer)) return true;
    // A composer that names no list at all is a build we do not know: there, ":" and two
    // letters before the caret let Enter through, as the list may be open where we cannot see
    // it. While the composer does name its list, that list not being on screen means closed.
    return ownedPopupIds(composer).length === 0 && typingShortcodeAtCaret(composer, doc);
  },
};
