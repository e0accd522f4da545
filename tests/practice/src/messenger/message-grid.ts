// The message grid (dom-notes §2): `[role=grid][aria-label^="Messages in conversation"]` whose
// person rows are `[role=row]` with `data-scope="messages_table"` content and a
// `__fb-light-mode` class. There is no stable direction attribute: outgoing bubbles are
// right-aligned, blue, and labelled "You sent"; timestamp rows are rows without the scope.
import { h } from '../shared/dom';
import type { Thread, ThreadMessage } from './threads';

export class MessageGrid {
  readonly element: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly windowSize: number;

  constructor(
    private readonly thread: Thread,
    options: { windowSize: number },
  ) {
    this.windowSize = options.windowSize;
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
        bubble,
      ),
    );
    return h('div', { role: 'row', class: '__fb-light-mode mr-row', tabindex: -1 }, cell);
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
