import type { Direction } from '../shared/dom';

/**
 * Tells whether a WhatsApp message row is outgoing, using several signals in priority order
 * (dom-notes §1.4): direction classes, the `true_`/`false_` id prefix, tail icons, status
 * icons (outgoing only). Tails mark only the first bubble of a run, so a row with no signal
 * returns 'unknown' and the caller carries the run's direction forward.
 */
export function rowDirection(row: Element): Direction {
  if (row.querySelector('.message-out') || row.classList.contains('message-out')) return 'out';
  if (row.querySelector('.message-in') || row.classList.contains('message-in')) return 'in';

  const idHolder = row.hasAttribute('data-id') ? row : row.querySelector('[data-id]');
  const id = idHolder?.getAttribute('data-id') ?? '';
  if (id.startsWith('true_')) return 'out';
  if (id.startsWith('false_')) return 'in';

  if (row.querySelector('[data-icon="tail-out"]')) return 'out';
  if (row.querySelector('[data-icon="tail-in"]')) return 'in';
  if (row.querySelector('[data-icon^="msg-"]')) return 'out';
  return 'unknown';
}

/** True when the row holds a message at all (not a date separator or an encryption notice). */
export function isMessageRow(row: Element): boolean {
  return (
    row.querySelector(
      '[data-pre-plain-text], [data-testid="msg-container"], .message-in, .message-out',
    ) !== null ||
    row.hasAttribute('data-id') ||
    row.querySelector('[data-id]') !== null
  );
}

/** Directions for consecutive rows, a run's known direction carried onto its later bubbles. */
export function rowDirections(rows: readonly Element[]): Direction[] {
  let carried: Direction = 'unknown';
  return rows.map((row) => {
    if (!isMessageRow(row)) {
      carried = 'unknown';
      return 'unknown';
    }
    const own = rowDirection(row);
    if (own !== 'unknown') carried = own;
    return carried;
  });
}
