import type { Direction } from '../shared/dom';

/**
 * Messenger has no stable outgoing/incoming attribute (dom-notes §2, "Rows"). Signals, strongest
 * first: a screen-reader label "You sent" (or a row labelled as sent by someone else), then the
 * bubble's alignment within the row as a last resort.
 */
const YOU_SENT = /\byou sent\b/i;
const OTHER_SENT = /^(.+) (sent|replied)\b/i;

export function messengerRowDirection(row: Element): Direction {
  const labelled = [row, ...row.querySelectorAll('[aria-label]')];
  for (const el of labelled) {
    const label = el.getAttribute('aria-label');
    if (!label) continue;
    if (YOU_SENT.test(label)) return 'out';
  }
  for (const el of row.querySelectorAll('h4, h5, h6, span[dir="auto"]')) {
    const text = el.textContent?.trim() ?? '';
    if (text === 'You sent') return 'out';
    if (OTHER_SENT.test(text) && !YOU_SENT.test(text) && text.length < 80) return 'in';
  }
  for (const el of labelled) {
    const label = el.getAttribute('aria-label') ?? '';
    if (OTHER_SENT.test(label) && label.length < 200) return 'in';
  }
  return alignment(row);
}

/** Right-aligned bubble = outgoing. Needs layout, so it is the last signal used. */
function alignment(row: Element): Direction {
  const bubble = row.querySelector('[dir="auto"]');
  if (!bubble) return 'unknown';
  const rowBox = row.getBoundingClientRect();
  const box = bubble.getBoundingClientRect();
  if (rowBox.width === 0 || box.width === 0) return 'unknown';
  const rowCentre = rowBox.left + rowBox.width / 2;
  const centre = box.left + box.width / 2;
  if (centre > rowCentre + rowBox.width * 0.1) return 'out';
  if (centre < rowCentre - rowBox.width * 0.1) return 'in';
  return 'unknown';
}
