import type { SiteAdapter } from '../sites/types';

/** Text fields (not checkboxes, buttons, sliders…). */
const TEXT_INPUT =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=range]):not([type=file]), textarea';

/**
 * True while the person types in some field other than the chat composer: the site's search
 * box, the media caption, a comment box. The warning chip is about the chat's draft, so it
 * steps aside there rather than float over that field's own controls.
 */
export function editingElsewhere(adapter: SiteAdapter, doc: Document): boolean {
  const active = doc.activeElement;
  if (!active) return false;
  const editable =
    active.matches(TEXT_INPUT) || active.closest('[contenteditable="true"]') !== null;
  return editable && adapter.composerFor(active) === null;
}
