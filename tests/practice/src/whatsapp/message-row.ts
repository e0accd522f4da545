// One message row in either DOM generation. The 2026 shape (dom-notes §1.4, Aug–Sep 2026 probe):
// role=row > [data-testid^=conv-msg-][data-id=hash] > [data-testid=msg-container], no direction
// classes, tails only on the first bubble of a run, status icons only on outgoing messages.
// The legacy shape (up to ~April 2026): div._amjv[data-id="true_jid_hash"] > .message-out/.message-in.
import { h, messageHash } from '../shared/dom';
import type { Chat, Message } from './chats';
import { icons } from './icons';

export type RowContext = {
  chat: Chat;
  legacy: boolean;
  /** First bubble of a consecutive run from the same sender: gets the tail icon. */
  firstOfRun: boolean;
  editedLabel: string;
  editLabel: string;
};

function prePlainText(message: Message): string {
  return `[${message.time}, ${message.date}] ${message.author}: `;
}

function statusIcon(message: Message): HTMLElement | null {
  if (message.direction !== 'out') return null;
  const el = message.status === 'sent' ? icons.msgCheck() : icons.msgDblcheck();
  el.setAttribute('aria-label', message.status === 'read' ? ' Read ' : ' Delivered ');
  if (message.status === 'read') el.classList.add('wr-read');
  return el;
}

function meta(message: Message, ctx: RowContext, testid: boolean): HTMLElement {
  return h(
    'div',
    { class: 'wr-meta', 'data-testid': testid ? 'msg-meta' : undefined },
    message.edited ? h('span', { class: 'wr-edited' }, ctx.editedLabel) : null,
    h('span', { class: 'wr-time' }, message.time),
    statusIcon(message),
  );
}

function authorLine(message: Message, ctx: RowContext): HTMLElement | null {
  if (!ctx.chat.isGroup || message.direction === 'out' || !ctx.firstOfRun) return null;
  return h('div', { class: 'wr-author' }, h('span', { dir: 'auto' }, message.author));
}

function tail(message: Message, ctx: RowContext): HTMLElement | null {
  if (!ctx.firstOfRun) return null;
  const el = message.direction === 'out' ? icons.tailOut() : icons.tailIn();
  el.classList.add('wr-tail');
  return el;
}

export function renderRow(message: Message, ctx: RowContext): HTMLElement {
  const hash = messageHash(message.id);
  const dirClass = message.direction === 'out' ? 'wr-out' : 'wr-in';
  const runClass = ctx.firstOfRun ? ' wr-first' : '';

  if (ctx.legacy) {
    const fromMe = message.direction === 'out';
    const dataId = `${fromMe}_${ctx.chat.jid}_${hash}`;
    const text = h(
      'div',
      { class: 'copyable-text', 'data-pre-plain-text': prePlainText(message) },
      h(
        'div',
        { class: '_akbu' },
        h('span', { class: '_ao3e selectable-text copyable-text', dir: 'ltr' }, message.text),
      ),
    );
    const inner = h(
      'div',
      {
        class: `${fromMe ? 'message-out' : 'message-in'} focusable-list-item ${dirClass}${runClass}${ctx.chat.isGroup && !fromMe ? ' _amkz' : ''}`,
      },
      tail(message, ctx),
      h(
        'div',
        { class: '_amk4 wr-bubble' },
        authorLine(message, ctx),
        text,
        meta(message, ctx, false),
      ),
    );
    return h(
      'div',
      { role: 'row', class: 'wr-row' },
      h(
        'div',
        { tabindex: -1, class: '_amjv', 'data-id': dataId, 'data-virtualized': 'false' },
        inner,
      ),
    );
  }

  const text = h(
    'div',
    { class: 'copyable-text', 'data-pre-plain-text': prePlainText(message) },
    h(
      'div',
      { class: 'wr-text' },
      h('span', { 'data-testid': 'selectable-text', dir: 'ltr' }, h('span', {}, message.text)),
    ),
  );
  const editButton =
    message.direction === 'out'
      ? h('div', { role: 'button', class: 'wr-edit', 'aria-label': ctx.editLabel }, icons.pencil())
      : null;
  return h(
    'div',
    { role: 'row', class: 'wr-row' },
    h(
      'div',
      {
        tabindex: -1,
        class: `wr-shell ${dirClass}${runClass}`,
        'data-testid': `conv-msg-${hash}`,
        'data-id': hash,
      },
      tail(message, ctx),
      h(
        'div',
        { 'data-testid': 'msg-container', class: 'wr-bubble' },
        authorLine(message, ctx),
        text,
        meta(message, ctx, true),
      ),
      editButton,
    ),
  );
}

export function isSameRun(previous: Message | undefined, next: Message): boolean {
  return (
    previous !== undefined &&
    previous.direction === next.direction &&
    previous.author === next.author &&
    previous.date === next.date
  );
}
