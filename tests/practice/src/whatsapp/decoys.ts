// Editable fields an extension must NOT treat as the chat composer (dom-notes §1.1): the media
// caption editor with its own `div[role=button][aria-label=Send]` outside the footer, and the
// edit-message dialog. Both are real Lexical editors; what they do is only logged.
import { createComposer } from '../shared/composer';
import { h } from '../shared/dom';
import type { Message } from './chats';
import { WHATSAPP_THEME } from './footer';
import type { Labels } from './i18n';
import { icons } from './icons';
import type { MessageList } from './message-list';

export type DecoyEvent = { kind: 'caption-send' | 'edit-save' | 'search'; text: string };

function lexicalField(ariaLabel: string, placeholder: string): HTMLElement {
  return h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': ariaLabel,
    'aria-placeholder': placeholder,
    tabindex: 10,
    'data-tab': 10,
    class: 'wr-editor',
  });
}

/** The full-screen media preview with a caption box. Hidden until "Attach" is clicked. */
export function buildMediaCaption(labels: Labels, log: (event: DecoyEvent) => void) {
  const field = lexicalField(labels.caption, labels.caption);
  const send = h(
    'div',
    { role: 'button', tabindex: 0, 'aria-label': labels.send, class: 'wr-media-send' },
    icons.sendFilled(),
  );
  const close = h(
    'div',
    { role: 'button', tabindex: 0, 'aria-label': labels.close, class: 'wr-tool' },
    icons.close(),
  );
  const element = h(
    'div',
    { class: 'wr-media-editor', 'data-testid': 'media-editor', hidden: true },
    h('div', { class: 'wr-media-top' }, close),
    h('div', { class: 'wr-media-preview', 'aria-label': 'photo.jpg' }, '🖼️'),
    h(
      'div',
      { class: 'wr-media-caption' },
      h('div', { class: 'lexical-rich-text-input' }, field),
      send,
    ),
  );
  const composer = createComposer({
    root: field,
    namespace: 'WAWebMediaCaption',
    theme: WHATSAPP_THEME,
    onSubmit: (text) => sendCaption(text),
  });
  // Sending a caption closes the preview, as on the site; the chat's composer gets nothing.
  const sendCaption = (text: string) => {
    log({ kind: 'caption-send', text });
    composer.clear();
    element.hidden = true;
  };
  send.addEventListener('click', () => sendCaption(composer.text()));
  close.addEventListener('click', () => {
    element.hidden = true;
  });
  return {
    element,
    open: () => {
      element.hidden = false;
      composer.focus();
    },
  };
}

/** The edit-message dialog, prefilled with the message; saving only edits the bubble. */
export function openEditDialog(
  message: Message,
  list: MessageList,
  labels: Labels,
  log: (event: DecoyEvent) => void,
): HTMLElement {
  const field = lexicalField(labels.editMessage, labels.placeholder);
  const save = h(
    'div',
    { role: 'button', tabindex: 0, 'aria-label': labels.save, class: 'wr-dialog-save' },
    icons.checkmark(),
  );
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-label': labels.editMessage, class: 'wr-dialog', 'aria-modal': 'true' },
    h('div', { class: 'wr-dialog-title' }, labels.editMessage),
    h('div', { class: 'wr-dialog-quote' }, message.text),
    h(
      'div',
      { class: 'wr-dialog-input' },
      h('div', { class: 'lexical-rich-text-input' }, field),
      save,
    ),
  );
  const backdrop = h(
    'div',
    { class: 'wr-backdrop', 'data-animate-modal-backdrop': 'true' },
    dialog,
  );
  const finish = (text: string) => {
    log({ kind: 'edit-save', text });
    if (text.trim() !== '') {
      message.text = text;
      message.edited = true;
      list.refresh(message);
    }
    composer.destroy();
    backdrop.remove();
  };
  const composer = createComposer({
    root: field,
    namespace: 'WAWebEditMessage',
    theme: WHATSAPP_THEME,
    onSubmit: finish,
  });
  composer.setText(message.text);
  save.addEventListener('click', () => finish(composer.text()));
  backdrop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      composer.destroy();
      backdrop.remove();
    }
  });
  document.body.append(backdrop);
  composer.focus();
  return backdrop;
}
