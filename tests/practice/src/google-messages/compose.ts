// The compose bar: a plain <textarea> (the real one is Angular's mws-autosize-textarea, §2.2) and
// the send button, disabled while the draft is empty (§2.3). Enter sends, Shift+Enter is the
// textarea's own new line. Only a trusted Enter sends: the notes infer that a synthetic one may
// not be honoured (§2.3), so anything that resends must click the button, as the real page wants.
import { h, icon } from '../shared/dom';
import type { GoogleMessagesOptions } from './options';

const SEND_ICON = 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z';

export type Compose = {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  button: HTMLButtonElement;
};

export function buildCompose(
  options: GoogleMessagesOptions,
  send: (text: string) => void,
): Compose {
  const changedComposer = options.changed === 'composer';
  const changedSend = options.changed === 'send';
  const textarea = h('textarea', {
    class: 'gm-composer',
    rows: 1,
    // Localised and channel dependent on the real page ("Mensagem RCS", §2.2).
    placeholder: 'RCS message',
    'aria-label': 'Type an RCS message',
    'data-e2e-message-input-box': !changedComposer,
  });
  const button = h(
    'button',
    {
      class: 'gm-send',
      type: 'button',
      disabled: true,
      'aria-label': 'Send end-to-end encrypted RCS message',
      'data-e2e-send-text-button': !changedSend,
      'data-e2e-send-button-next': changedSend,
    },
    icon('send', SEND_ICON),
  );
  const field = changedComposer
    ? h('div', { class: 'gm-field' }, h('gm-grow-textarea', {}, textarea))
    : h(
        'div',
        { class: 'input-box gm-field', 'data-e2e-message-input': true },
        h('mws-autosize-textarea', {}, textarea),
      );
  const sendSlot = changedSend
    ? h('div', { class: 'floating-button' }, h('gm-send-control', {}, button))
    : h('div', { class: 'floating-button' }, h('mws-message-send-button', {}, button));
  const element = h(changedComposer ? 'gm-compose' : 'mws-message-compose', {
    class: 'gm-compose',
  });
  element.append(field, sendSlot);

  const refresh = () => {
    button.disabled = textarea.value.trim() === '';
  };
  const sendDraft = () => {
    const text = textarea.value;
    if (text.trim() === '') return;
    textarea.value = '';
    refresh();
    send(text);
    textarea.focus();
  };
  textarea.addEventListener('input', refresh);
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    if (event.isComposing || event.keyCode === 229 || !event.isTrusted) return;
    event.preventDefault();
    sendDraft();
  });
  button.addEventListener('click', sendDraft);
  return { element, textarea, button };
}
