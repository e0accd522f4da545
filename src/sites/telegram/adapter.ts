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
import { aRowDirection, kRowDirection } from './direction';
import * as S from './selectors';
import { type Client, enterSendsIn, knownSendCombo, watchPlainEnter } from './send-key';

/** How many trailing rows to look at: enough for any run of unanswered messages we count. */
const ROWS_TO_SCAN = 40;

const A_COMPOSER_ANY = S.A_COMPOSER.join(', ');
const A_SEND_ANY = S.A_SEND.join(', ');
const K_SEND_ANY = S.K_SEND.join(', ');

/**
 * Not hidden from the person. K's height mirror is hidden (and excluded by class); this also
 * keeps a composer left behind in a hidden chat out. Where `checkVisibility` is missing (older
 * browsers, the unit tests' DOM) only `hidden` ancestors count.
 */
function shown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  }
  return true;
}

function firstShown(doc: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) if (shown(el)) return el;
  }
  return null;
}

/** Which client a composer is: A's has its id, K's its class. */
function clientOf(composer: Element): Client {
  return composer.id === 'editable-message-text' ? 'a' : 'k';
}

function kActiveChat(doc: Document): ParentNode {
  return doc.querySelector(S.K_ACTIVE_CHAT) ?? doc;
}

function threadRows(doc: Document): { rows: Element[]; client: Client } {
  const aRows = doc.querySelectorAll(S.A_ROWS);
  if (aRows.length > 0) return { rows: lastItems(aRows, ROWS_TO_SCAN), client: 'a' };
  const kRows = kActiveChat(doc).querySelectorAll(S.K_ROWS);
  return { rows: lastItems(kRows, ROWS_TO_SCAN), client: 'k' };
}

/**
 * The draft as typed. K's Tiptap build keeps a final empty paragraph as a "technical
 * placeholder" (§3.1): it is no line of the draft.
 */
function readDraft(composer: HTMLElement): string {
  const text = readEditorText(composer);
  const tiptap = composer.matches('[data-chat-input-editor="tiptap"]');
  return tiptap && text.endsWith('\n') ? text.slice(0, -1) : text;
}

export const telegramAdapter: SiteAdapter = {
  id: 'telegram',

  findComposer(doc) {
    knownSendCombo(); // Starts reading A's stored send key early, before the first Enter.
    return firstShown(doc, S.A_COMPOSER) ?? firstShown(doc, S.K_COMPOSER);
  },

  composerFor(node) {
    knownSendCombo(); // Keeps A's stored send key fresh while the person types (cheap when not due).
    const el = elementOf(node);
    const a = el?.closest<HTMLElement>(A_COMPOSER_ANY);
    if (a) return a;
    const k = el?.closest<HTMLElement>(S.K_COMPOSER_ANY);
    // Caption and poll fields in K's popups share the class; only the chat input's is the composer.
    return k?.closest(S.K_COMPOSE_AREA) && shown(k) ? k : null;
  },

  readDraft,

  findSendButton(composer) {
    if (clientOf(composer) === 'a') {
      const area = composer.closest(S.A_COMPOSE_AREA) ?? composer.closest('#MiddleColumn');
      return area ? queryFirst<HTMLElement>(area, S.A_SEND) : null;
    }
    const area = composer.closest(S.K_COMPOSE_AREA);
    return area ? queryFirst<HTMLElement>(area, S.K_SEND) : null;
  },

  sendButtonFor(node) {
    const button = buttonOf(node);
    return button?.matches(A_SEND_ANY) || button?.matches(K_SEND_ANY) ? button : null;
  },

  chatTitle(doc) {
    const scopes: Array<[ParentNode, readonly string[]]> = [
      [doc, S.A_TITLE],
      [kActiveChat(doc), S.K_TITLE],
      [doc, S.K_TITLE],
    ];
    for (const [scope, selectors] of scopes) {
      for (const selector of selectors) {
        const title = boundedTitle(scope.querySelector(selector)?.textContent);
        if (title) return title;
      }
    }
    return null;
  },

  countUnanswered(doc) {
    const { rows, client } = threadRows(doc);
    return countTrailingOutgoing(rows.map(client === 'a' ? aRowDirection : kRowDirection));
  },

  threadRoot(doc) {
    const a = doc.querySelector(S.A_THREAD);
    if (a) return a;
    const chat = doc.querySelector(S.K_ACTIVE_CHAT);
    return chat?.querySelector('.bubbles') ?? threadRows(doc).rows.at(-1)?.parentElement ?? null;
  },

  /** K's send button in its edit state: the Enter or click saves an edit (§3.1, [M]). */
  editingSentMessage(composer) {
    if (clientOf(composer) !== 'k') return false;
    return composer.closest(S.K_COMPOSE_AREA)?.querySelector(S.K_SEND_EDITING) != null;
  },

  /** Which Enter sends here follows the person's Telegram setting: see ./send-key.ts. */
  enterSends(event) {
    const composer = telegramAdapter.composerFor(event.target as Node | null);
    if (!composer) return false;
    if (!event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      watchPlainEnter(composer, readDraft);
    }
    return enterSendsIn(clientOf(composer), event, knownSendCombo());
  },
};
