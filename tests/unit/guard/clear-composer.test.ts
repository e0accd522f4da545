// clearComposer empties the composer through the editor's own path: a Lexical-like editor takes
// the `deleteContentBackward` beforeinput; an editor that leaves it to the browser gets
// execCommand('delete') instead. (The real Lexical case runs in the e2e suite.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearComposer } from '../../../src/guard/composer-actions';
import type { SiteAdapter } from '../../../src/sites/types';

function adapterFor(composer: HTMLElement): SiteAdapter {
  return {
    id: 'whatsapp',
    findComposer: () => composer,
    composerFor: () => composer,
    readDraft: (el) => el.textContent ?? '',
    findSendButton: () => null,
    sendButtonFor: () => null,
    chatTitle: () => null,
    countUnanswered: () => 0,
    threadRoot: () => null,
  };
}

function editor(text: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.textContent = text;
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('clearComposer', () => {
  it('lets an editor that handles beforeinput delete the selection itself', async () => {
    const el = editor('please come back');
    const seen: string[] = [];
    el.addEventListener('beforeinput', (event) => {
      seen.push((event as InputEvent).inputType);
      event.preventDefault();
      el.textContent = '';
    });
    const execCommand = vi.fn().mockReturnValue(true);
    document.execCommand = execCommand;
    expect(await clearComposer(adapterFor(el), document, el)).toBe(true);
    expect(seen).toEqual(['deleteContentBackward']);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to execCommand when nothing handled the event', async () => {
    const el = editor('please come back');
    document.execCommand = vi.fn(() => {
      el.textContent = '';
      return true;
    });
    expect(await clearComposer(adapterFor(el), document, el)).toBe(true);
    expect(document.execCommand).toHaveBeenCalledWith('delete');
  });
});
