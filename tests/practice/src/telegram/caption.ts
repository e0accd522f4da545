// The attachment caption editor, a decoy both clients show over the chat when a file is picked:
// A's `#editable-message-text-modal` in a modal (§3.2), K's `.input-message-input` in the send
// media popup (tweb's media captions run through the same input machinery, §3.1). Enter there
// sends the file with its caption, which is no chat message the extension should hold.
import { h } from '../shared/dom';
import type { Client } from './options';
import type { ReplicaWorld } from './world';

export function openCaptionModal(client: Client, world: ReplicaWorld): void {
  document.querySelector('.tt-caption-modal')?.remove();
  const field =
    client === 'a'
      ? h('div', {
          id: 'editable-message-text-modal',
          class: 'form-control allow-selection',
          contenteditable: 'true',
          role: 'textbox',
          dir: 'auto',
          'aria-label': 'Add a caption...',
        })
      : h('div', {
          class: 'input-message-input input-field-input',
          contenteditable: 'true',
          dir: 'auto',
          'data-placeholder': 'Add a caption...',
        });
  const modal =
    client === 'a'
      ? h(
          'div',
          { class: 'Modal AttachmentModal open shown tt-caption-modal', role: 'dialog' },
          h('div', { class: 'modal-dialog' }, h('div', { class: 'tt-file' }, 'photo.jpg'), field),
        )
      : h(
          'div',
          { class: 'popup popup-send-photo popup-new-media active tt-caption-modal' },
          h(
            'div',
            { class: 'popup-container' },
            h('div', { class: 'tt-file' }, 'photo.jpg'),
            h('div', { class: 'input-field' }, field),
          ),
        );
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    world.decoy('caption', field.textContent ?? '');
    modal.remove();
  });
  document.body.append(modal);
  field.focus();
}
