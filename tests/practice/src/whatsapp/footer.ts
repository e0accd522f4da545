// `#main footer` with the composer (dom-notes §1.1) and the send slot (§1.2): the voice-note
// button while the draft is empty, a freshly created Send control once there is text. Which Send
// control depends on the rollout variant.
import { type Composer, createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import type { Chat } from './chats';
import { attachEmojiSuggestions, EMOJI_SUGGESTION_ID } from './emoji-suggestion';
import type { Labels } from './i18n';
import { icons } from './icons';
import type { WhatsAppOptions } from './options';

export type Footer = {
  element: HTMLElement;
  composer: Composer;
  destroy(): void;
};

export const WHATSAPP_THEME = {
  paragraph: 'selectable-text copyable-text',
  text: { base: 'selectable-text copyable-text' },
};

function sendControl(options: WhatsAppOptions, labels: Labels): HTMLElement {
  if (options.changed === 'send') {
    return h(
      'button',
      { type: 'button', 'aria-label': 'Submit message', 'data-tab': 11, class: 'wr-send' },
      icons.sendRenamed(),
    );
  }
  if (options.variant === 'divbutton') {
    return h(
      'div',
      { role: 'button', tabindex: 0, 'aria-label': labels.send, 'data-tab': 11, class: 'wr-send' },
      icons.sendFilled(),
    );
  }
  const glyph = options.variant === 'legacy' ? icons.sendLegacy() : icons.sendFilled();
  return h(
    'button',
    { type: 'button', 'aria-label': labels.send, 'data-tab': 11, class: 'wr-send' },
    glyph,
  );
}

function voiceButton(labels: Labels): HTMLElement {
  return h(
    'button',
    { type: 'button', 'aria-label': labels.voiceMessage, 'data-tab': 11, class: 'wr-ptt' },
    icons.ptt(),
  );
}

export function buildFooter(
  chat: Chat,
  options: WhatsAppOptions,
  labels: Labels,
  onSend: (text: string) => void,
  onAttach: () => void,
): Footer {
  const editorRoot = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': labels.typeTo(chat.name, chat.isGroup),
    'aria-placeholder': labels.placeholder,
    'aria-owns': EMOJI_SUGGESTION_ID,
    'aria-autocomplete': 'list',
    tabindex: 10,
    'data-tab': 10,
    class: 'wr-editor',
  });
  const placeholder = h(
    'div',
    { class: 'wr-placeholder', 'aria-hidden': 'true' },
    labels.placeholder,
  );
  const slot = h('div', { class: 'wr-send-slot' });
  const attach = h(
    'button',
    { type: 'button', title: labels.attach, 'aria-label': labels.attach, class: 'wr-tool' },
    icons.plus(),
  );
  attach.addEventListener('click', onAttach);

  const element = h(
    options.changed === 'composer' ? 'div' : 'footer',
    { class: '_ak1i wr-footer' },
    h(
      'div',
      { class: 'copyable-area wr-copyable' },
      h(
        'div',
        { class: 'wr-compose-row' },
        attach,
        h(
          'button',
          { type: 'button', 'aria-label': labels.emojis, class: 'wr-tool' },
          icons.smiley(),
        ),
        h(
          'div',
          { class: 'wr-input-wrap' },
          h('div', { class: 'lexical-rich-text-input' }, editorRoot, placeholder),
        ),
        slot,
      ),
    ),
  );

  const submit = (text: string) => {
    if (text.trim() === '') return;
    onSend(text);
    composer.clear();
  };

  const composer: Composer = createComposer({
    root: editorRoot,
    namespace: 'WAWebComposer',
    theme: WHATSAPP_THEME,
    shiftEnter: options.paragraphs ? 'paragraph' : 'linebreak',
    explicitDirection: true,
    onSubmit: submit,
    onEmptyChange: (empty) => {
      placeholder.hidden = !empty;
      // A new element every time, as on the real site: references to the old one go stale.
      const control = empty ? voiceButton(labels) : sendControl(options, labels);
      if (!empty) control.addEventListener('click', () => submit(composer.text()));
      slot.replaceChildren(control);
    },
  });

  const detachSuggestions = attachEmojiSuggestions(composer.editor, element);

  return {
    element,
    composer,
    destroy: () => {
      detachSuggestions();
      composer.destroy();
    },
  };
}
