import type { SiteAdapter } from '../sites/types';
import type { Bypass } from './bypass';
import { waitUntil } from './wait-until';

const CONFIRM_TIMEOUT_MS = 2000;

export type SendResult = 'sent' | 'no-send-control' | 'not-sent';

function composerIsEmpty(adapter: SiteAdapter, doc: Document, composer: HTMLElement): boolean {
  const current = composer.isConnected ? composer : adapter.findComposer(doc);
  return !current || adapter.readDraft(current).trim() === '';
}

/**
 * Sends the draft exactly as typed through the site's own path: the real send button clicked
 * behind a one-shot bypass (the draft is never rewritten). Without a button it presses Enter in
 * the composer. Then it confirms the composer emptied, so a silent failure is noticed.
 */
export async function sendThroughSite(
  adapter: SiteAdapter,
  doc: Document,
  bypass: Bypass,
  composer: HTMLElement | null,
): Promise<SendResult> {
  if (!composer) return 'no-send-control';
  const button = adapter.findSendButton(composer);
  bypass.arm();
  if (button) {
    button.click();
  } else {
    composer.focus();
    composer.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        bubbles: true,
        cancelable: true,
      }),
    );
  }
  const sent = await waitUntil(() => composerIsEmpty(adapter, doc, composer), CONFIRM_TIMEOUT_MS);
  bypass.disarm();
  if (sent) return 'sent';
  return button ? 'not-sent' : 'no-send-control';
}

/**
 * Selects the whole draft: a textarea's own selection (its text is not its children), or the
 * document selection around a contenteditable editor's content.
 */
function selectAllOf(doc: Document, composer: HTMLElement): void {
  if (composer instanceof HTMLTextAreaElement) composer.select();
  else doc.getSelection()?.selectAllChildren(composer);
}

/**
 * Empties the composer after its text was saved as a note, through the editor's own editing
 * path: select all, then the `beforeinput` deletion Lexical handles (it reads the selection from
 * the DOM and updates its own state, so the site sees an empty draft). `execCommand('delete')`
 * alone does not work on Lexical: Chromium fires no `beforeinput` for it, and Lexical undoes
 * the DOM change it did not make. It stays as the fallback for editors that do not take the
 * event, and is the path for a textarea composer (it edits the value as typing would, firing the
 * `input` event the site listens to). Returns whether it emptied; the caller only calls this once the note is safely stored.
 */
export async function clearComposer(
  adapter: SiteAdapter,
  doc: Document,
  composer: HTMLElement | null,
): Promise<boolean> {
  if (!composer) return false;
  composer.focus();
  selectAllOf(doc, composer);
  const deletion = new InputEvent('beforeinput', {
    inputType: 'deleteContentBackward',
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const handledByEditor = !composer.dispatchEvent(deletion);
  if (!handledByEditor && typeof doc.execCommand === 'function') doc.execCommand('delete');
  return waitUntil(() => composerIsEmpty(adapter, doc, composer), CONFIRM_TIMEOUT_MS);
}

/**
 * Puts a saved draft back into an empty composer exactly (line breaks and emoji included), for
 * the Undo after "Save as unsent note". It goes in as a paste, which both sites' editors (Lexical)
 * take through their own paste handling, so the site's state holds the text and not only the DOM;
 * a textarea ignores a synthetic paste, and takes the text through `insertText` instead.
 * Returns whether the composer now holds exactly `text`; the caller deletes the note only then.
 */
export async function restoreDraft(
  adapter: SiteAdapter,
  doc: Document,
  composer: HTMLElement | null,
  text: string,
): Promise<boolean> {
  if (!composer) return false;
  composer.focus();
  if (adapter.readDraft(composer).trim() !== '') return false; // Never mix into a new draft.
  if (composer instanceof HTMLTextAreaElement) {
    composer.setSelectionRange(composer.value.length, composer.value.length);
  } else {
    doc.getSelection()?.selectAllChildren(composer);
    doc.getSelection()?.collapseToEnd();
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const handledByEditor = !composer.dispatchEvent(paste);
  if (!handledByEditor && typeof doc.execCommand === 'function') {
    doc.execCommand('insertText', false, text);
  }
  return waitUntil(() => {
    const current = composer.isConnected ? composer : adapter.findComposer(doc);
    return current !== null && adapter.readDraft(current) === text;
  }, CONFIRM_TIMEOUT_MS);
}
