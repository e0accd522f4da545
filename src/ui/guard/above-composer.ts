/** Where the composer is on screen: what the chip and the notice sit above. */
export interface ComposerAnchor {
  top: number;
  right: number;
  width: number;
}

export function anchorOf(rect: DOMRect): ComposerAnchor {
  return { top: rect.top, right: rect.right, width: rect.width };
}

/**
 * Space between the editable area and a box above it. The sites draw a padded pill or bar around
 * the editor, so the gap has to clear that frame too, or the box sits on the site's own control.
 */
const GAP_PX = 14;

/**
 * Places a fixed box just above the composer, its right edge on the composer's, no wider than
 * `maxWidth`, and never off the window's edges (a small window, a pop-up chat in a corner).
 */
export function aboveComposer(
  anchor: ComposerAnchor,
  maxWidth: number,
): { bottom: string; right: string; maxWidth: string } {
  return {
    bottom: `${Math.max(8, window.innerHeight - anchor.top + GAP_PX)}px`,
    right: `${Math.max(8, window.innerWidth - anchor.right)}px`,
    maxWidth: `${Math.min(maxWidth, window.innerWidth - 32)}px`,
  };
}
