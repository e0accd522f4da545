/**
 * Which key presses send. Enter sends on both sites; Shift+Enter (and other modified Enters)
 * make a new line or do something else, and an Enter that ends an IME composition only commits
 * the composed text. WebKit fires `compositionend` before that Enter's keydown, so the caller
 * also passes whether a composition ended within the current frame.
 */
export function isSendKey(event: KeyboardEvent, compositionJustEnded: boolean): boolean {
  if (event.key !== 'Enter') return false;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
  if (event.isComposing || event.keyCode === 229 || compositionJustEnded) return false;
  return true;
}
