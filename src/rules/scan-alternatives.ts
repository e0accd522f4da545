import { type Hits, matchOffsets, NO_HITS } from './sentence-memo';

/**
 * Every match that the alternation `\b(?:(?:a)|(?:b)|…)\b` (global) finds in `text`, found with
 * only some of its alternatives, each on its own (`\b(?:a)\b`, global), in the alternation's
 * order. The caller leaves out only alternatives that cannot match in `text` (see anchors.ts),
 * so the result is the alternation's own.
 *
 * The alternation scans left to right; at each position it takes the first alternative, in
 * order, that matches there, then goes on after that match. So: each alternative's next match
 * is found from the current position; the earliest start wins, ties going to the alternative
 * listed first; alternatives whose next match began before the end of the one taken look again
 * from there.
 */
export function scanAlternatives(alternatives: readonly RegExp[], text: string): Hits {
  if (alternatives.length === 1) return matchOffsets(alternatives[0]!, text);
  const count = alternatives.length;
  const starts = new Array<number>(count);
  const lengths = new Array<number>(count);
  for (let k = 0; k < count; k++) findFrom(alternatives, k, text, 0, starts, lengths);
  let hits: number[] | null = null;
  for (;;) {
    let best = -1;
    for (let k = 0; k < count; k++) {
      if (starts[k]! >= 0 && (best < 0 || starts[k]! < starts[best]!)) best = k;
    }
    if (best < 0) break;
    const start = starts[best]!;
    const length = lengths[best]!;
    // An empty match moves the scan on by one character, as `matchOffsets` does.
    const next = length === 0 ? start + 1 : start + length;
    if (length > 0) {
      hits ??= [];
      hits.push(start, length);
    }
    for (let k = 0; k < count; k++) {
      if (starts[k]! >= 0 && starts[k]! < next)
        findFrom(alternatives, k, text, next, starts, lengths);
    }
  }
  return hits ?? NO_HITS;
}

/** Alternative `k`'s first match at or after `from`: start -1 when there is none. */
function findFrom(
  alternatives: readonly RegExp[],
  k: number,
  text: string,
  from: number,
  starts: number[],
  lengths: number[],
): void {
  const re = alternatives[k]!;
  re.lastIndex = from;
  const m = from <= text.length ? re.exec(text) : null;
  starts[k] = m === null ? -1 : m.index;
  lengths[k] = m === null ? 0 : m[0].length;
}
