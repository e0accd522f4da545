// One open conversation. On the full page it is `div[role=main][aria-label="Conversation titled
// <name>"]`; as a facebook.com pop-up it is a small `[tabindex="-1"]` window. Opening another
// thread builds a new view (new composer element, new Lexical editor).
import { h } from '../shared/dom';
import { buildComposerBar } from './composer-bar';
import { svg } from './icons';
import { MessageGrid } from './message-grid';
import { ME, type Thread } from './threads';

export type ThreadView = {
  element: HTMLElement;
  thread: Thread;
  receive(text: string): void;
  setTyping(typing: boolean): void;
  destroy(): void;
};

export type ThreadViewOptions = {
  mode: 'page' | 'popup';
  sentLog: string[];
  windowSize: number;
  onActivity: () => void;
  /** An edit to a sent message was saved (not a new send). */
  onEditSaved?: (text: string) => void;
  onClose?: () => void;
};

function nowTime(): string {
  return new Date().toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

export function buildThreadView(thread: Thread, options: ThreadViewOptions): ThreadView {
  const grid: MessageGrid = new MessageGrid(thread, {
    windowSize: options.windowSize,
    onEdit: (message) =>
      bar.startEdit(message.text, (text) => {
        grid.edit(message, text);
        options.onEditSaved?.(text);
      }),
  });
  let counter = 0;
  const add = (direction: 'in' | 'out', text: string) => {
    grid.append({
      id: `${thread.id}-live-${Date.now()}-${counter++}`,
      direction,
      text,
      time: nowTime(),
      author: direction === 'out' ? ME : thread.name,
    });
    options.onActivity();
  };
  const send = (text: string) => {
    options.sentLog.push(text);
    add('out', text);
  };
  const popup = options.mode === 'popup';
  const bar = buildComposerBar(popup ? `Write to ${thread.name}` : 'Message', send, () =>
    send('👍'),
  );
  const status = h(
    'span',
    { class: 'mr-status' },
    thread.e2ee ? 'End-to-end encrypted' : 'Active now',
  );
  const close = popup
    ? h(
        'div',
        { role: 'button', tabindex: 0, 'aria-label': 'Close chat', class: 'mr-icon-button' },
        svg('close'),
      )
    : null;
  close?.addEventListener('click', () => options.onClose?.());

  const header = h(
    'div',
    { class: 'mr-thread-header' },
    h(
      'a',
      { role: 'link', href: `/${thread.id}`, 'aria-label': thread.name, class: 'mr-contact' },
      h('div', { class: 'mr-avatar', style: `background:${thread.color}` }, thread.name[0]),
      h(
        'div',
        { class: 'mr-contact-text' },
        h('span', { dir: 'auto', class: 'mr-contact-name' }, thread.name),
        status,
      ),
    ),
    h(
      'div',
      { class: 'mr-header-tools' },
      h(
        'div',
        {
          role: 'button',
          tabindex: 0,
          'aria-label': 'Start a voice call',
          class: 'mr-icon-button',
        },
        svg('phone'),
      ),
      close,
    ),
  );

  const body = [header, grid.element, h('div', { class: 'mr-composer-row' }, bar.element)];
  const element = popup
    ? h('div', { tabindex: -1, class: 'mr-popup', 'aria-label': thread.name }, ...body)
    : h(
        'div',
        { role: 'main', 'aria-label': `Conversation titled ${thread.name}`, class: 'mr-main' },
        ...body,
      );

  return {
    element,
    thread,
    receive: (text) => add('in', text),
    setTyping: (typing) => {
      status.textContent = typing ? 'typing…' : thread.e2ee ? 'End-to-end encrypted' : 'Active now';
    },
    destroy: () => {
      bar.composer.destroy();
      element.remove();
    },
  };
}
