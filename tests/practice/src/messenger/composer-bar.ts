// The Thread composer (dom-notes §2): `div[aria-label="Thread composer"][role=group]` holding a
// Lexical textbox (aria-label "Message" on the full page, "Write to <name>" in pop-ups;
// aria-placeholder "Aa") and a send slot that is "Send a Like" while the draft is empty and
// "Press enter to send" once there is text. Shift+Enter starts a new line as a new <p>.
import { type Composer, createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import { svg } from './icons';

export type ComposerBar = { element: HTMLElement; composer: Composer };

const MESSENGER_THEME = { paragraph: 'xat24cr xdj266r' };

function roleButton(label: string, icon: SVGElement, extraClass = ''): HTMLElement {
  return h(
    'div',
    { role: 'button', tabindex: 0, 'aria-label': label, class: `mr-icon-button ${extraClass}` },
    icon,
  );
}

/**
 * `?changed=send` or `?changed=composer`: a future rollout the extension does not know yet (the
 * send control, or the composer group and editor, relabelled), to test that it fails open.
 */
function changedPart(): string | null {
  return new URLSearchParams(location.search).get('changed');
}

export function buildComposerBar(
  ariaLabel: string,
  onSend: (text: string) => void,
  onLike: () => void,
): ComposerBar {
  const changed = changedPart();
  const editorRoot = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': changed === 'composer' ? 'Write a message' : ariaLabel,
    'aria-placeholder': changed === 'composer' ? 'Write a message…' : 'Aa',
    'aria-describedby': 'mr-composer-hint',
    class: 'mr-editor notranslate',
  });
  const placeholder = h('div', { class: 'mr-placeholder', 'aria-hidden': 'true' }, 'Aa');
  const slot = h('span', { class: 'mr-send-slot' });

  const element = h(
    'div',
    {
      'aria-label': changed === 'composer' ? 'Message composer' : 'Thread composer',
      role: 'group',
      class: 'mr-composer',
    },
    roleButton('Open more actions', svg('plus'), 'mr-tool'),
    roleButton('Attach a file up to 100 MB', svg('image'), 'mr-tool'),
    h(
      'div',
      { class: 'mr-input' },
      h('div', { class: 'mr-input-inner' }, editorRoot, placeholder),
      roleButton('Choose an emoji', svg('emoji'), 'mr-tool'),
    ),
    slot,
    h('span', { id: 'mr-composer-hint', hidden: true }, 'Press Enter to send'),
  );

  const submit = (text: string) => {
    if (text.trim() === '') return;
    onSend(text);
    composer.clear();
  };

  const composer: Composer = createComposer({
    root: editorRoot,
    namespace: 'MessengerComposer',
    theme: MESSENGER_THEME,
    shiftEnter: 'paragraph',
    onSubmit: submit,
    onEmptyChange: (empty) => {
      placeholder.hidden = !empty;
      const control = empty
        ? roleButton('Send a Like', svg('like'), 'mr-send')
        : roleButton(
            changed === 'send' ? 'Send message now' : 'Press enter to send',
            svg('send'),
            'mr-send',
          );
      control.addEventListener('click', () => (empty ? onLike() : submit(composer.text())));
      slot.replaceChildren(control);
    },
  });

  return { element, composer };
}
