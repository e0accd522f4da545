import type { SiteAdapter } from '../sites/types';

/** How far up from a send button its composer may be (every site: a few wrappers). */
const MAX_LEVELS = 10;

/**
 * The composer that a send button sends from: the nearest one found walking up from the
 * button. With several chats on screen (facebook.com pop-ups side by side) the focused or
 * first composer in the page may belong to another chat. Composers are contenteditable editors
 * or textareas; the adapter tells which of them is the chat's.
 */
export function composerNear(adapter: SiteAdapter, button: Element): HTMLElement | null {
  let scope: Element | null = button.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    for (const editable of scope.querySelectorAll('[contenteditable="true"], textarea')) {
      const composer = adapter.composerFor(editable);
      if (composer) return composer;
    }
  }
  return null;
}
