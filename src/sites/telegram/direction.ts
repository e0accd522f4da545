import type { Direction } from '../shared/dom';
import * as S from './selectors';

/**
 * A WebA row's direction (§3.2, [H]): outgoing rows carry `.own`; every other message row is
 * incoming. A local message not yet sent (`message-<id>-<000001>`) is the person's own too.
 */
export function aRowDirection(row: Element): Direction {
  return row.classList.contains(S.A_OUTGOING) ? 'out' : 'in';
}

/**
 * A WebK bubble's direction (§3.1, [H]): `.is-out` / `.is-in`. Service bubbles (joins, dates)
 * and bubbles with a temporary `data-mid` are skipped, as the notes advise: tweb gives a message
 * not yet confirmed by the server a local id, which we read as one that is not a whole number
 * (inference). A bubble with neither class counts as incoming: when unsure, we count fewer
 * unanswered messages, never more.
 */
export function kRowDirection(row: Element): Direction {
  if (row.classList.contains(S.K_SERVICE)) return 'unknown';
  if (!/^\d+$/.test(row.getAttribute('data-mid') ?? '')) return 'unknown';
  return row.classList.contains('is-out') ? 'out' : 'in';
}
