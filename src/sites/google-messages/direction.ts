import type { Direction } from '../shared/dom';
import * as S from './selectors';

/**
 * Tells whether a Google Messages row is outgoing, from the strongest signal to the weakest
 * (dom-notes-more-sites §2.5): the `is-outgoing` attribute, the `outgoing`/`incoming` classes,
 * then the text part's English `aria-label` ("You said: …", "… Sent on …" / "… Received on …").
 * A row that is a separator is 'unknown' (skipped); a message row with no signal at all is
 * 'unsure'.
 */
export function rowDirection(row: Element): Direction | 'unsure' {
  if (row.matches(S.TOMBSTONE) || row.querySelector(S.TOMBSTONE)) return 'unknown';
  const marked = row.hasAttribute('is-outgoing')
    ? row
    : (row.closest('[is-outgoing]') ?? row.querySelector('[is-outgoing]'));
  const attribute = marked?.getAttribute('is-outgoing');
  if (attribute === 'true') return 'out';
  if (attribute === 'false') return 'in';
  const classed = row.closest('.outgoing, .incoming') ?? row.querySelector('.outgoing, .incoming');
  if (classed?.classList.contains('outgoing')) return 'out';
  if (classed?.classList.contains('incoming')) return 'in';
  const label = row.querySelector(S.TEXT_PART)?.getAttribute('aria-label') ?? '';
  if (/^You said:|\. Sent on /.test(label)) return 'out';
  if (/ said: .*\. Received on /.test(label)) return 'in';
  return 'unsure';
}

/**
 * Directions for the newest rendered rows, oldest first. A message whose direction cannot be
 * told ends any run of unanswered messages, as an incoming one would: when unsure, we count
 * fewer unanswered messages, never more.
 */
export function rowDirections(rows: readonly Element[]): Direction[] {
  return rows.map((row) => {
    const direction = rowDirection(row);
    return direction === 'unsure' ? 'in' : direction;
  });
}
