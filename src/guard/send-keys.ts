import type { SiteAdapter } from '../sites/types';

/**
 * Which key presses send. Enter sends on most sites; Shift+Enter (and other modified Enters)
 * make a new line or do something else, and an Enter that ends an IME composition only commits
 * the composed text. WebKit fires `compositionend` before that Enter's keydown, so the caller
 * also passes whether a composition ended within the current frame. A site where the person
 * chooses the send key (`enterSends`) says itself which Enter sends there.
 */
export function isSendKey(
  event: KeyboardEvent,
  compositionJustEnded: boolean,
  adapter?: SiteAdapter,
  doc?: Document,
): boolean {
  if (event.key !== 'Enter') return false;
  if (event.isComposing || event.keyCode === 229 || compositionJustEnded) return false;
  if (adapter?.enterSends && doc) return adapter.enterSends(event, doc);
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
  return true;
}

/**
 * A send key in `composer` that the site takes for itself, so it is no new message: it picks
 * from a suggestion list the composer owns, or saves an edit to a message already sent. The
 * guard lets such a key through untouched and counts nothing.
 */
export function enterBelongsToSite(
  adapter: SiteAdapter,
  composer: HTMLElement,
  doc: Document,
): boolean {
  return (
    adapter.suggestionListOpen?.(composer, doc) === true ||
    adapter.editingSentMessage?.(composer, doc) === true
  );
}

/**
 * A click on the send control of `composer` that is no new message: it saves an edit to a
 * message already sent. (A suggestion list does not matter here: the send control sends.)
 */
export function sendControlSavesEdit(
  adapter: SiteAdapter,
  composer: HTMLElement | null,
  doc: Document,
): boolean {
  return composer !== null && adapter.editingSentMessage?.(composer, doc) === true;
}
