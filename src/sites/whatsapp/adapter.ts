import {
  boundedTitle,
  buttonOf,
  countTrailingOutgoing,
  editableRoot,
  isSendLabel,
  lastItems,
  queryFirst,
} from '../shared/dom';
import { readEditorText } from '../shared/read-editor-text';
import type { SiteAdapter } from '../types';
import { rowDirections } from './direction';
import * as S from './selectors';

/** How many trailing rows to look at: enough for any run of unanswered messages we act on. */
const ROWS_TO_SCAN = 40;

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
};
