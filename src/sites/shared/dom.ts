/** Small DOM helpers shared by the adapters. None of them cache: the sites replace elements. */

/** The element for a node (a text node's parent), or null. */
export function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  if (node.nodeType === 1) return node as Element;
  return node.parentElement;
}

/** The first element matching any selector, in order: layered fallbacks for gradual rollouts. */
export function queryFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found;
  }
  return null;
}

/** The closest editable root containing `node` (Lexical puts contenteditable on the root only). */
export function editableRoot(node: Node | null): HTMLElement | null {
  return elementOf(node)?.closest<HTMLElement>('[contenteditable="true"]') ?? null;
}

/** The closest button-like element: `<button>` or `[role=button]` (both shapes are in use). */
export function buttonOf(node: Node | null): HTMLElement | null {
  return elementOf(node)?.closest<HTMLElement>('button, [role="button"]') ?? null;
}

/** Send labels in the languages the sites are used in most; matched case-insensitively. */
export const SEND_LABELS = new Set([
  'send',
  'press enter to send',
  'enviar',
  'envoyer',
  'senden',
  'invia',
  'verzenden',
  'gönder',
  'wyślij',
  'kirim',
  'skicka',
  'send melding',
  'отправить',
  'надіслати',
  'שליחה',
  'إرسال',
  'भेजें',
  '发送',
  '傳送',
  '送信',
  '보내기',
]);

export function isSendLabel(label: string | null): boolean {
  return label !== null && SEND_LABELS.has(label.trim().toLowerCase());
}

/** Last `n` items of a list-like, cheaply (the thread can hold thousands of rows). */
export function lastItems<T extends Element>(list: NodeListOf<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = Math.max(0, list.length - n); i < list.length; i++) {
    const item = list[i];
    if (item) out.push(item);
  }
  return out;
}

export type Direction = 'out' | 'in' | 'unknown';

/**
 * Counts trailing outgoing messages with no incoming one after them. Rows of unknown direction
 * (date separators, system notices) are skipped rather than ending the run.
 */
export function countTrailingOutgoing(directions: readonly Direction[]): number {
  let count = 0;
  for (let i = directions.length - 1; i >= 0; i--) {
    const d = directions[i];
    if (d === 'in') break;
    if (d === 'out') count++;
  }
  return count;
}

/**
 * Longest chat title we pass on, in UTF-16 units: the same bound as a guarded chat's stored title
 * (LIMITS.chatTitleLength in src/storage/settings-schema.ts, not imported here to keep zod out of
 * content scripts). A page can put any amount of text in its header; what we read stays small.
 */
export const MAX_CHAT_TITLE_LENGTH = 200;

/** A chat title as read from the page, trimmed and cut to a bounded length; null if empty. */
export function boundedTitle(text: string | null | undefined): string | null {
  let title = (text ?? '').trim();
  if (title.length > MAX_CHAT_TITLE_LENGTH) {
    title = title.slice(0, MAX_CHAT_TITLE_LENGTH);
    // Do not leave half of an emoji (a lone high surrogate) at the cut.
    if (/[\uD800-\uDBFF]$/.test(title)) title = title.slice(0, -1);
    title = title.trimEnd();
  }
  return title === '' ? null : title;
}
