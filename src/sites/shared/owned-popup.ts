/**
 * Autocomplete popups that an editor declares as its own (emoji after ":", mentions). While one
 * is open, Enter picks from it instead of sending (shared/docs/dom-notes-more-sites.md §8, §10).
 * These helpers read only what the page already exposes to screen readers: the ARIA attributes
 * by which an editor points at its list, and whether that list is on screen.
 */

/** The ARIA attributes whose value names the popup (or its active option) by id. */
const ID_REFS = ['aria-owns', 'aria-controls', 'aria-activedescendant'] as const;

/** Ids the editor names through `aria-owns`, `aria-controls` or `aria-activedescendant`. */
export function ownedPopupIds(editor: Element): string[] {
  const ids: string[] = [];
  for (const attribute of ID_REFS) {
    const value = editor.getAttribute(attribute);
    if (value) ids.push(...value.split(/\s+/).filter(Boolean));
  }
  return ids;
}

/**
 * True when `el` is on screen with something in it. A site may keep an empty container mounted
 * while the list is closed, so an element with no content does not count as an open list.
 */
export function isShownWithContent(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  if (el.childElementCount === 0 && (el.textContent ?? '').trim() === '') return false;
  // checkVisibility also sees `display: none` on an ancestor; where it is missing (older
  // browsers), an element without layout boxes is not displayed.
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true });
  }
  return el.getClientRects().length > 0;
}

/**
 * True when the editor says one of its popups is open: an element it names by id is on screen,
 * or it reports `aria-expanded="true"` (the ARIA combobox pattern).
 */
export function ownedPopupShown(editor: Element, doc: Document): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  for (const id of ownedPopupIds(editor)) {
    const target = doc.getElementById(id);
    if (target && isShownWithContent(target)) return true;
  }
  return false;
}

/** True when some element matching `selector` inside `scope` is on screen with content. */
export function shownIn(scope: ParentNode, selector: string): boolean {
  for (const el of scope.querySelectorAll(selector)) {
    if (isShownWithContent(el)) return true;
  }
  return false;
}

/**
 * ":" plus at least two letters, digits, "_", "+" or "-" right before the caret, at the start of
 * the draft or after a space: the shape that opens an emoji suggestion list ("…miss you :he").
 * "10:30" does not match (the colon follows a digit, not a space).
 */
const SHORTCODE_BEFORE_CARET = /(?:^|\s):[\p{L}\p{N}_+-]{2,}$/u;

/**
 * True when the caret sits, collapsed, in `editor` right after an emoji shortcode being typed.
 * A weak sign that a suggestion list may be open, for when the list itself cannot be seen.
 */
export function typingShortcodeAtCaret(editor: Element, doc: Document): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
  const node = selection.anchorNode;
  if (!node || node.nodeType !== Node.TEXT_NODE || !editor.contains(node)) return false;
  const before = (node as Text).data.slice(0, selection.anchorOffset);
  return SHORTCODE_BEFORE_CARET.test(before);
}
