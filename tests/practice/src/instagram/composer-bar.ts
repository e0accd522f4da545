// The DM composer (dom-notes-more-sites §1.1–§1.2): the pagelet
// `[data-pagelet="IGDComposerForCannes"]` around a Lexical editor (`div[role=textbox]
// [contenteditable=true]`, aria-label "Message", aria-placeholder "Message..."; Lexical itself
// adds `data-lexical-editor="true"`). Enter sends, and Lexical takes untrusted key events too (the
// pt-BR auto-reply sends with a synthetic Enter, §1.2). Shift+Enter inserts a line break (Lexical's
// plain-text default, §1.2 [L]). While the draft is empty the right side shows the voice clip,
// photo and like controls; once there is text a `div[role=button]` reading "Send" takes their
// place (§1.2: the text "Send" [M]; shown only with text, an inference as on Messenger).
import { type Composer, createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import { svgIcon } from './icons';
import type { InstagramOptions } from './options';

export type ComposerBar = { element: HTMLElement; composer: Composer };

function iconButton(name: string, label: string): HTMLElement {
  return h('div', { role: 'button', tabindex: 0, class: 'ig-icon-button' }, svgIcon(name, label));
}

export function buildComposerBar(
  options: InstagramOptions,
  onSend: (text: string) => void,
  onLike: () => void,
): ComposerBar {
  const changedComposer = options.changed === 'composer';
  const root = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    tabindex: 0,
    'aria-describedby': 'ig-composer-placeholder',
    'aria-label': changedComposer ? 'Write a message' : 'Message',
    'aria-placeholder': changedComposer ? 'Write a message…' : 'Message...',
    class: 'ig-editor notranslate',
  });
  const placeholder = h(
    'div',
    { id: 'ig-composer-placeholder', class: 'ig-placeholder', 'aria-hidden': 'true' },
    changedComposer ? 'Write a message…' : 'Message...',
  );
  const tools = h('div', { class: 'ig-composer-tools' });
  const element = h(
    'div',
    {
      'data-pagelet': changedComposer ? 'IGDComposerNext' : 'IGDComposerForCannes',
      class: 'ig-composer-pagelet',
    },
    h(
      'div',
      { class: 'ig-composer' },
      iconButton('emoji', 'Choose an emoji'),
      h('div', { class: 'ig-editor-wrap' }, root, placeholder),
      tools,
    ),
  );

  const sendControl = () => {
    if (options.changed === 'send') {
      // A rollout that turns "Send" into an icon whose label no send word matches.
      return h(
        'div',
        { role: 'button', tabindex: 0, class: 'ig-send ig-send-icon' },
        svgIcon('plane', 'Share now', 20),
      );
    }
    return h('div', { role: 'button', tabindex: 0, class: 'ig-send' }, 'Send');
  };

  const composer = createComposer({
    root,
    namespace: 'IGDComposer',
    theme: { paragraph: 'x1iorvi4 x1sxyh0 xjkvuk6' },
    shiftEnter: 'linebreak',
    onSubmit: (text) => {
      onSend(text);
      composer.clear();
    },
    onEmptyChange: (empty) => {
      placeholder.hidden = !empty;
      if (empty) {
        const like = iconButton('heart', 'Like');
        like.addEventListener('click', onLike);
        tools.replaceChildren(
          iconButton('mic', 'Voice Clip'),
          iconButton('photo', 'Add Photo or Video'),
          like,
        );
      } else {
        const send = sendControl();
        send.addEventListener('click', () => {
          const text = composer.text();
          if (text.trim() === '') return;
          onSend(text);
          composer.clear();
        });
        tools.replaceChildren(send);
      }
    },
  });
  return { element, composer };
}
