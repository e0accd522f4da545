import type { Direction } from '../shared/dom';
import * as S from './selectors';

/**
 * Whether an Instagram DM row is outgoing. No class or attribute says so (dom-notes-more-sites
 * §1.4 [H]), so several signals are read and must agree:
 * - incoming: the avatar link (signal 1; the DM copilot found it the one that does not flip when
 *   the pane resizes), or a bubble left of the pane's middle (signal 3);
 * - outgoing: a `justify-content: flex-end` in the row (signal 2), a bubble right of the pane's
 *   middle (signal 3), or a "You sent" line (signal 4, a hint).
 * A missing avatar link proves nothing (the notes cannot say whether every incoming bubble has
 * one or only the last of a run), so a row is outgoing only on a positive outgoing signal and
 * no incoming one. Conflicting or absent signals are 'unsure'; rows with no message text (dates,
 * system lines) are 'unknown' and skipped.
 */
export function rowDirection(row: Element, pane: Element | null): Direction | 'unsure' {
  if (!row.querySelector(S.MESSAGE_TEXT)) return 'unknown';
  const incoming = hasAvatarLink(row);
  const side = sideOfPane(row, pane);
  const outgoing = alignedToEnd(row) || saysYouSent(row);
  const saysIn = incoming || side === 'in';
  const saysOut = outgoing || side === 'out';
  if (saysIn && saysOut) return 'unsure';
  if (saysIn) return 'in';
  if (saysOut) return 'out';
  return 'unsure';
}

/**
 * Directions for the newest rendered rows, oldest first. A row whose direction is not sure ends
 * any run of unanswered messages, as an incoming one would: when unsure, count fewer, never more.
 */
export function rowDirections(rows: readonly Element[], pane: Element | null): Direction[] {
  return rows.map((row) => {
    const direction = rowDirection(row, pane);
    return direction === 'unsure' ? 'in' : direction;
  });
}

function hasAvatarLink(row: Element): boolean {
  return (
    row.querySelector(S.AVATAR_LINK_LABELLED) !== null || row.querySelector(S.AVATAR_LINK) !== null
  );
}

function saysYouSent(row: Element): boolean {
  for (const el of row.querySelectorAll('span, h4, h5, h6')) {
    if (el.childElementCount === 0 && S.YOU_SENT.test((el.textContent ?? '').trim())) return true;
  }
  return false;
}

/**
 * A descendant within ALIGNMENT_DEPTH levels whose computed `justify-content` is flex-end,
 * reading at most ALIGNMENT_MAX_ELEMENTS elements (a row is small; a huge one is no bubble).
 */
function alignedToEnd(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  let level: Element[] = [row];
  let read = 0;
  for (let depth = 0; depth <= S.ALIGNMENT_DEPTH && level.length > 0; depth++) {
    for (const el of level) {
      if (++read > S.ALIGNMENT_MAX_ELEMENTS) return false;
      if (view.getComputedStyle(el).justifyContent === 'flex-end') return true;
    }
    level = level.flatMap((el) => Array.from(el.children));
  }
  return false;
}

/**
 * Which half of the message pane the bubble's centre is in, with a dead band in the middle;
 * null without layout. (It breaks in narrow windows, §1.4 signal 3, hence only as one vote.)
 */
function sideOfPane(row: Element, pane: Element | null): 'in' | 'out' | null {
  const bubble = row.querySelector(S.MESSAGE_TEXT);
  if (!bubble || !pane) return null;
  const paneBox = pane.getBoundingClientRect();
  const box = bubble.getBoundingClientRect();
  if (paneBox.width === 0 || box.width === 0) return null;
  const middle = paneBox.left + paneBox.width / 2;
  const centre = box.left + box.width / 2;
  if (centre > middle + paneBox.width * 0.05) return 'out';
  if (centre < middle - paneBox.width * 0.05) return 'in';
  return null;
}
