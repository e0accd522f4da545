// The scrolling message panel. Like the real site it keeps only a window of rows in the DOM: in
// busy chats old rows are removed as new ones arrive, so observers see a sliding window.
import { h } from '../shared/dom';
import type { Chat, Message } from './chats';
import { isSameRun, renderRow } from './message-row';

export type MessageListOptions = {
  chat: Chat;
  legacy: boolean;
  /** Most rows kept in the DOM at once; older ones are dropped (virtualisation). */
  windowSize: number;
  editedLabel: string;
  editLabel: string;
  /** Opens the edit-message dialog for an outgoing message. */
  onEdit: (message: Message) => void;
};

export class MessageList {
  readonly element: HTMLElement;
  private readonly rowsHost: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly rowsByMessage = new Map<string, HTMLElement>();

  constructor(private readonly options: MessageListOptions) {
    this.rowsHost = h('div', {
      role: 'application',
      class: 'wr-rows',
      'data-testid': 'conversation-panel-messages',
      'data-scrolltracepolicy': 'wa.web.conversation.messages',
      'aria-label':
        'Message list. Press right arrow key on a message to open message context menu.',
    });
    this.scroller = h('div', { class: 'wr-scroller', tabindex: -1 }, this.rowsHost);
    this.element = this.scroller;
    const messages = options.chat.messages;
    const start = Math.max(0, messages.length - options.windowSize);
    if (start === 0) this.rowsHost.append(this.systemRow('encryption'));
    for (let i = start; i < messages.length; i++) {
      const message = messages[i]!;
      this.rowsHost.append(this.row(message, messages[i - 1]));
    }
    this.scrollToEnd();
  }

  /** Adds a message to the chat and its row to the DOM, dropping the oldest row if over budget. */
  append(message: Message): void {
    const messages = this.options.chat.messages;
    const previous = messages[messages.length - 1];
    messages.push(message);
    const nearBottom =
      this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 120;
    this.rowsHost.append(this.row(message, previous));
    while (this.rowsByMessage.size > this.options.windowSize) {
      const oldest = this.rowsByMessage.keys().next().value as string;
      this.rowsByMessage.get(oldest)?.remove();
      this.rowsByMessage.delete(oldest);
    }
    if (nearBottom || message.direction === 'out') this.scrollToEnd();
  }

  /** Re-renders one message in place (after an edit). */
  refresh(message: Message): void {
    const old = this.rowsByMessage.get(message.id);
    if (!old) return;
    const messages = this.options.chat.messages;
    const index = messages.indexOf(message);
    const fresh = this.row(message, messages[index - 1]);
    old.replaceWith(fresh);
  }

  private row(message: Message, previous: Message | undefined): HTMLElement {
    const el = renderRow(message, {
      chat: this.options.chat,
      legacy: this.options.legacy,
      firstOfRun: !isSameRun(previous, message),
      editedLabel: this.options.editedLabel,
      editLabel: this.options.editLabel,
    });
    el.querySelector('.wr-edit')?.addEventListener('click', () => this.options.onEdit(message));
    this.rowsByMessage.set(message.id, el);
    return el;
  }

  private systemRow(kind: 'encryption'): HTMLElement {
    const text =
      kind === 'encryption'
        ? 'Messages are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.'
        : '';
    return h(
      'div',
      { role: 'row', class: 'wr-row wr-system' },
      h('div', { class: 'wr-system-chip' }, h('span', {}, text)),
    );
  }

  private scrollToEnd(): void {
    requestAnimationFrame(() => {
      this.scroller.scrollTop = this.scroller.scrollHeight;
    });
  }
}
