// One open thread (dom-notes-more-sites §1.3–§1.4): the header whose `h2 span[title]` holds the
// display name, the `[data-pagelet="IGDMessagesList"]` pagelet with a `column-reverse` scroller
// (scrollTop 0 is the newest message), one `div[role=group]` per message, and the composer
// pagelet below. No attribute says who sent a row (§1.4 [H]): incoming rows carry the avatar link
// `a[aria-label^="Open the profile page of"]` only on the last bubble of a run (the notes leave
// open whether every bubble has it, so the replica takes the harder answer), and each row's
// direction shows only in its alignment (`justify-content: flex-end` for outgoing, §1.4 signal 2)
// and the bubble's side of the pane (signal 3). Only the newest rows render.
import { h } from '../shared/dom';
import { buildComposerBar } from './composer-bar';
import { svgIcon } from './icons';
import type { InstagramOptions } from './options';
import type { Message, Thread } from './threads';

const RENDERED = 25;

/** A small round avatar drawn inline (the page's CSP allows data: images, no network). */
const AVATAR =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><circle cx="14" cy="14" r="14" fill="#c7a4f5"/><circle cx="14" cy="11" r="5" fill="#fff"/><path d="M5 24a9 9 0 0 1 18 0" fill="#fff"/></svg>',
  );

export function avatarImage(handle: string, size = 28): HTMLImageElement {
  return h('img', {
    src: AVATAR,
    alt: `${handle}'s profile picture`,
    width: size,
    height: size,
    class: 'ig-avatar',
    draggable: 'false',
  });
}

export type ThreadView = {
  thread: Thread;
  element: HTMLElement;
  receive(text: string): void;
  destroy(): void;
};

function messageRow(message: Message, thread: Thread, lastOfRun: boolean): HTMLElement {
  const out = message.direction === 'out';
  const avatar =
    !out && lastOfRun
      ? h(
          'a',
          {
            href: `/${thread.handle}/`,
            role: 'link',
            tabindex: 0,
            'aria-label': `Open the profile page of ${thread.handle}`,
            class: 'ig-row-avatar',
          },
          avatarImage(thread.handle),
        )
      : out
        ? null
        : h('div', { class: 'ig-row-avatar ig-row-avatar-space' });
  return h(
    'div',
    { role: 'group', class: `ig-row ${out ? 'ig-out' : 'ig-in'}` },
    h(
      'div',
      { class: 'ig-row-inner' },
      avatar,
      h(
        'div',
        { role: 'presentation', class: 'ig-bubble', title: message.time },
        h('span', { dir: 'auto' }, h('div', { dir: 'auto' }, message.text)),
      ),
    ),
  );
}

export function buildThreadView(
  thread: Thread,
  options: InstagramOptions,
  hooks: { sentLog: string[]; onActivity: () => void; onLike: () => void },
): ThreadView {
  const rows = h('div', { class: 'ig-rows' });
  const scroller = h('div', { class: 'ig-scroller' }, rows);
  const list = h(
    'div',
    {
      // A rollout that changes the composer renames both pagelets (see options.ts).
      'data-pagelet': options.changed === 'composer' ? 'IGDThreadMessages' : 'IGDMessagesList',
      class: 'ig-list',
    },
    scroller,
  );

  const render = () => {
    const shown = thread.messages.slice(-RENDERED);
    rows.replaceChildren(
      h('div', { class: 'ig-time' }, h('span', {}, 'Today')),
      ...shown.map((message, i) =>
        messageRow(message, thread, shown[i + 1]?.direction !== message.direction),
      ),
    );
    scroller.scrollTop = 0; // column-reverse: 0 is the newest
  };
  render();

  const add = (direction: Message['direction'], text: string) => {
    thread.messages.push({ direction, text, time: '11:59 PM' });
    render();
    hooks.onActivity();
  };

  const bar = buildComposerBar(
    options,
    (text) => {
      hooks.sentLog.push(text);
      add('out', text);
    },
    hooks.onLike,
  );

  const header = h(
    'div',
    { class: 'ig-thread-header' },
    h(
      'a',
      { href: `/${thread.handle}/`, class: 'ig-header-person', role: 'link' },
      avatarImage(thread.handle, 44),
      h(
        'div',
        { class: 'ig-header-names' },
        h('h2', { class: 'ig-header-title' }, h('span', { title: thread.name }, thread.name)),
        h('span', { class: 'ig-header-sub' }, thread.handle),
      ),
    ),
    h(
      'div',
      { class: 'ig-header-tools' },
      h('div', { role: 'button', tabindex: 0 }, svgIcon('phone', 'Audio call')),
      h('div', { role: 'button', tabindex: 0 }, svgIcon('video', 'Video call')),
      h('div', { role: 'button', tabindex: 0 }, svgIcon('info', 'Conversation information')),
    ),
  );

  const element = h('section', { class: 'ig-thread' }, header, list, bar.element);
  return {
    thread,
    element,
    receive: (text) => add('in', text),
    destroy: () => {
      bar.composer.destroy();
      element.remove();
    },
  };
}
