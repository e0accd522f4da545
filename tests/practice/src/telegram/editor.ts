// The composer of both clients as the notes describe it: a plain contenteditable div (§3.3), its
// draft flat text with <br> line breaks. Which Enter sends follows the person's "Send by Enter /
// Send by Ctrl+Enter" setting the way each client's code decides it (§3.1, §3.2): A sends on
// Enter without Shift when the setting is Enter, and on Ctrl/Cmd+Enter in either mode; K sends on
// Enter with no modifier in Enter mode, and only on Ctrl+Enter (Cmd on Apple) in the other. Any
// other Enter is a new line. An Enter that ends an IME composition only commits it. Paste goes in
// as plain text with <br>, as both clients clean pasted text.
import type { Client, SendCombo } from './options';

const UNDO_GROUP_MS = 300;

export type Editor = {
  text(): string;
  clear(): void;
  focus(): void;
};

/** The draft: text as typed, each <br> a line break (the trailing placeholder <br> is none). */
export function readFlat(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeName === 'BR') out += child === el.lastChild ? '' : '\n';
      else if (child.nodeName === 'DIV' || child.nodeName === 'P') {
        if (out !== '') out += '\n';
        walk(child);
      } else walk(child);
    }
  };
  walk(el);
  return out;
}

function isApple(): boolean {
  return /mac|iphone|ipad/i.test(navigator.platform);
}

/** Whether this Enter keydown sends, in `client` with the person's `combo`. */
export function sends(client: Client, combo: SendCombo, event: KeyboardEvent): boolean {
  if (client === 'a')
    return !event.shiftKey && (combo === 'enter' || event.ctrlKey || event.metaKey);
  if (combo === 'enter') return !(event.shiftKey || event.ctrlKey || event.metaKey);
  const apple = isApple();
  if (event.shiftKey || (apple ? event.ctrlKey : event.metaKey)) return false;
  return apple ? event.metaKey : event.ctrlKey;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attachEditor(
  el: HTMLElement,
  options: {
    client: Client;
    combo: SendCombo;
    onSend: (text: string) => void;
    onChange: (text: string) => void;
  },
): Editor {
  const text = () => readFlat(el);
  const changed = () => options.onChange(text());
  // Undo is the editor's own, as in both clients: a run of edits of one kind (typing, deleting)
  // within UNDO_GROUP_MS of each other is one step (the browser's native undo of a
  // contenteditable splits a run of deletions).
  const history: string[] = [];
  let lastEditAt = 0;
  let lastKind = '';
  const beforeEdit = (kind: string) => {
    const now = performance.now();
    if (now - lastEditAt > UNDO_GROUP_MS || kind !== lastKind) history.push(el.innerHTML);
    lastEditAt = now;
    lastKind = kind;
  };
  el.addEventListener('beforeinput', (event) => {
    beforeEdit(event.inputType.startsWith('delete') ? 'delete' : 'insert');
  });
  el.addEventListener('input', changed);
  el.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      const previous = history.pop();
      if (previous === undefined) return;
      el.innerHTML = previous;
      document.getSelection()?.selectAllChildren(el);
      document.getSelection()?.collapseToEnd();
      lastEditAt = 0;
      changed();
      return;
    }
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    if (sends(options.client, options.combo, event)) {
      const draft = text();
      if (draft.trim() === '') return;
      el.replaceChildren();
      history.length = 0;
      changed();
      options.onSend(draft);
      return;
    }
    beforeEdit('line');
    document.execCommand('insertLineBreak');
  });
  el.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    if (pasted === '') return;
    beforeEdit('paste');
    document.execCommand('insertHTML', false, escapeHtml(pasted).replace(/\n/g, '<br>'));
  });
  return {
    text,
    clear: () => {
      el.replaceChildren();
      changed();
    },
    focus: () => el.focus(),
  };
}
