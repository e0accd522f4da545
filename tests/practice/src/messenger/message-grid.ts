// The message grid (dom-notes §2): `[role=grid][aria-label^="Messages in conversation"]` whose
// person rows are `[role=row]` with `data-scope="messages_table"` content and a
// `__fb-light-mode` class. There is no stable direction attribute: outgoing bubbles are
// right-aligned, blue, and labelled "You sent"; timestamp rows are rows without the scope.
// Hovering a sent message shows an "Edit" action (its shape is a guess, as is edit mode: see
// composer-bar.ts); a saved edit changes the bubble in place and marks the row "Edited".
import { h } from '../shared/dom';
import { svg } from './icons';
import type { Thread, ThreadMessage } from './threads';

export type MessageGridOptions = {
  windowSize: number;
  /** "Edit" was chosen on a sent message. */
  onEdit?: (message: ThreadMessage) => void;
};

export class MessageGrid {
  readonly element: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly windowSize: number;
  private readonly onEdit: ((message: ThreadMessage) => void) | undefined;
  /** Each message's row, for edits in place. */
  private readonly rows = new WeakMap<ThreadMessage, HTMLElement>();

  constructor(
    private readonly thread: Thread,
    options: MessageGridOptions,
  ) {
    this.windowSize = options.windowSize;
    this.onEdit = options.onEdit;
    this.grid = h('div', {
      role: 'grid',
      class: 'mr-grid',
      'aria-label': `Messages in conversation titled ${thread.name}`,
    });
    this.element = h('div', { class: 'mr-scroller' }, this.grid);
    const messages = thread.messages;
    const start = Math.max(0, messages.length - this.windowSize);
    if (messages[start]) this.grid.append(this.timestampRow(messages[start].time));
    for (let i = start; i < messages.length; i++) {
      this.grid.append(this.row(messages[i]!, messages[i - 1]));
    }
    this.scrollToEnd();
  }

  append(message: ThreadMessage): void {
    const previous = this.thread.messages[this.thread.messages.length - 1];
    this.thread.messages.push(message);
    this.grid.append(this.row(message, previous));
    const rows = this.grid.querySelectorAll(':scope > [role=row]');
    for (let i = 0; i < rows.length - this.windowSize; i++) rows[i]!.remove();
    this.scrollToEnd();
  }

  /** Saves an edit: the same row, the new text, and an "Edited" mark under the bubble. */
  edit(message: ThreadMessage, text: string): void {
    message.text = text;
    const row = this.rows.get(message);
    if (!row) return;
    row.querySelector('.mr-text')!.textContent = text;
    if (!row.querySelector('.mr-edited')) {
      row.querySelector('.mr-cell')!.append(h('div', { class: 'mr-edited' }, 'Edited'));
    }
  }

  private editAction(message: ThreadMessage): HTMLElement {
    const action = h(
      'div',
      { role: 'button', tabindex: 0, 'aria-label': 'Edit', class: 'mr-icon-button mr-edit-action' },
      svg('pencil', 16),
    );
    action.addEventListener('click', () => this.onEdit?.(message));
    return action;
  }

  private row(message: ThreadMessage, previous: ThreadMessage | undefined): HTMLElement {
    const out = message.direction === 'out';
    const showName = this.thread.isGroup && !out && previous?.author !== message.author;
    const bubble = h(
      'div',
      {
        class: `mr-bubble ${out ? 'mr-bubble-out' : 'mr-bubble-in'}`,
        'aria-label': out ? `You sent, ${message.time}` : undefined,
        role: 'presentation',
      },
      h('div', { dir: 'auto', class: 'html-div mr-text' }, message.text),
    );
    const cell = h(
      'div',
      { role: 'gridcell', 'data-scope': 'messages_table', class: 'mr-cell' },
      h('span', { class: 'mr-sr' }, out ? 'You sent' : message.author),
      showName ? h('div', { class: 'mr-author' }, message.author) : null,
      h(
        'div',
        { class: `mr-line ${out ? 'mr-line-out' : 'mr-line-in'}` },
        out
          ? null
          : h('div', { class: 'mr-mini-avatar', 'aria-hidden': 'true' }, message.author[0]),
        out && this.onEdit ? this.editAction(message) : null,
        bubble,
      ),
    );
    const row = h('div', { role: 'row', class: '__fb-light-mode mr-row', tabindex: -1 }, cell);
    this.rows.set(message, row);
    return row;
  }

  private timestampRow(time: string): HTMLElement {
    return h(
      'div',
      { role: 'row', class: 'mr-row mr-stamp' },
      h('div', { role: 'gridcell' }, h('span', {}, time)),
    );
  }

  private scrollToEnd(): void {
    requestAnimationFrame(() => {
      this.element.scrollTop = this.element.scrollHeight;
    });
  }
}
