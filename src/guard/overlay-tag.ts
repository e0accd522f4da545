/** The tag of the guard overlay's shadow host (WXT's `name` for it in mount-overlay.tsx). */
export const OVERLAY_TAG = 'second-thought-guard';

/**
 * Removes overlays left in the page by an earlier copy of the content script. Firefox, on an
 * update or reload of the add-on, cuts the old copy off without a word (its code no longer runs,
 * so it cannot clean up) and injects the new copy into the open tab: a pause dialog that was
 * open stayed on the page, covering it and holding focus, with buttons that no longer answered.
 * The new copy clears it at once. (Chrome lets the old copy notice and clean up by itself, and
 * injects no new copy, so there this finds nothing.)
 */
export function removeOrphanedOverlays(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll(OVERLAY_TAG))) host.remove();
}
