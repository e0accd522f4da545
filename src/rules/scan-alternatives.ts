import { type Hits, matchOffsets, NO_HITS } from './sentence-memo';

/**
 * Every match that the alternation `\b(?:(?:a)|(?:b)|…)\b` (global) finds in `text`, found with
 * only some of its alternatives, each on its own (`\b(?:a)\b`, global), in the alternation's
 * order: `regexes[ids[from]]`, …, `regexes[ids[to - 1]]`. The caller leaves out only
 * alternatives that cannot match in `text` (see anchors.ts), so the result is the alternation's
 * own. `scratch`, when given, holds two numbers per alternative and saves making them.
 *
 * The alternation scans left to right; at each position it takes the first alternative, in
 * order, that matches there, then goes on after that match. So: each alternative's next match
 * is found from the current position; the earliest start wins, ties going to the alternative
 * listed first; alternatives whose next match began before the end of the one taken look again
 * from there.
 */
export function scanAlternatives(
  regexes: readonly RegExp[],
  ids: ArrayLike<number>,
  from: number,
  to: number,
  text: string,
  scratch: number[] = new Array<number>(2 * (to - from)).fill(0),
): Hits {
  const count = to - from;
  if (count === 1) return matchOffsets(regexes[ids[from]!]!, text);
  // scratch[2k]: where alternative k's next match starts (-1: none); scratch[2k + 1]: its length.
  for (let k = 0; k < count; k++) findFrom(regexes[ids[from + k]!]!, text, 0, scratch, k);
  let hits: number[] | null = null;
  for (;;) {
    let best = -1;
    for (let k = 0; k < count; k++) {
      const start = scratch[2 * k]!;
      if (start >= 0 && (best < 0 || start < scratch[2 * best]!)) best = k;
    }
    if (best < 0) break;
    const start = scratch[2 * best]!;
    const length = scratch[2 * best + 1]!;
    // An empty match moves the scan on by one character, as `matchOffsets` does.
    const after = length === 0 ? start + 1 : start + length;
    if (length > 0) {
      hits ??= [];
      hits.push(start, length);
    }
    for (let k = 0; k < count; k++) {
      const s = scratch[2 * k]!;
      if (s >= 0 && s < after) findFrom(regexes[ids[from + k]!]!, text, after, scratch, k);
    }
  }
  return hits ?? NO_HITS;
}

/** `re`'s first match at or after `at`, into scratch[2k] (start, -1 when none) and [2k + 1]. */
function findFrom(re: RegExp, text: string, at: number, scratch: number[], k: number): void {
  re.lastIndex = at;
  const m = at <= text.length ? re.exec(text) : null;
  scratch[2 * k] = m === null ? -1 : m.index;
  scratch[2 * k + 1] = m === null ? 0 : m[0].length;
}
