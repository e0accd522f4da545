// The Thread composer (dom-notes §2): `div[aria-label="Thread composer"][role=group]` holding a
// Lexical textbox (aria-label "Message" on the full page, "Write to <name>" in pop-ups;
// aria-placeholder "Aa") and a send slot that is "Send a Like" while the draft is empty and
// "Press enter to send" once there is text. Shift+Enter starts a new line as a new <p>.
//
// Edit mode (messages already sent can be edited since 2024) is a GUESS: no public source shows
// its DOM (dom-notes-more-sites §9). Here it is the shape the notes' proposal describes, a
// banner beside the composer that normal sending does not show ("Editing message" with an
// "Exit edit mode" control), while everything else stays as it is, send control included: the
// hardest case for an extension, where only the banner tells an edit from a new message. Enter
// or the send control saves the edit in place; Escape or the control cancels it.
import { COMMAND_PRIORITY_CRITICAL, KEY_ESCAPE_COMMAND } from 'lexical';
import { type Composer, createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import { svg } from './icons';

export type ComposerBar = {
  element: HTMLElement;
  composer: Composer;
  /** Edits a sent message: its text in the box and a banner above; `save` gets the new text. */
  startEdit(text: string, save: (text: string) => void): void;
};

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

  let edit: { save: (text: string) => void; banner: HTMLElement; draft: string } | null = null;

  /** Leaves edit mode and gives back the draft that was in the box before it. */
  const endEdit = () => {
    if (!edit) return;
    const { banner, draft } = edit;
    edit = null;
    banner.remove();
    if (draft === '') composer.clear();
    else composer.setText(draft);
  };

  const submit = (text: string) => {
    if (text.trim() === '') return;
    if (edit) {
      const { save } = edit;
      endEdit();
      save(text);
      return;
    }
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

  composer.editor.registerCommand(
    KEY_ESCAPE_COMMAND,
    () => {
      if (!edit) return false;
      endEdit();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );

  const startEdit = (text: string, save: (text: string) => void) => {
    const draft = edit ? edit.draft : composer.text();
    edit?.banner.remove();
    const exit = roleButton('Exit edit mode', svg('close', 16), 'mr-edit-exit');
    exit.addEventListener('click', () => {
      endEdit();
      composer.focus();
    });
    const banner = h(
      'div',
      { class: 'mr-edit-banner' },
      h('span', { class: 'mr-edit-title' }, 'Editing message'),
      exit,
    );
    element.before(banner);
    edit = { save, banner, draft };
    composer.setText(text);
    composer.focus();
  };

  return { element, composer, startEdit };
}
