import type { Span } from './types';

/**
 * Match ranges as a flat list of offsets: [start0, end0, start1, end1, …]. Rules collect matches
 * this way and only build Span objects for the merged result, which keeps garbage (and so
 * garbage-collection pauses while typing) low.
 */
export type Ranges = number[];

function isSorted(ranges: Ranges): boolean {
  for (let i = 2; i < ranges.length; i += 2) {
    const prevStart = ranges[i - 2]!;
    const start = ranges[i]!;
    if (start < prevStart || (start === prevStart && ranges[i + 1]! < ranges[i - 1]!)) return false;
  }
  return true;
}

/** Ranges sorted by start, then end. */
function sortRanges(ranges: Ranges): Ranges {
  const pairs = ranges.length / 2;
  if (pairs > SORT_IN_PLACE_MAX) {
    const order = Array.from({ length: pairs }, (_, i) => i * 2);
    order.sort((a, b) => ranges[a]! - ranges[b]! || ranges[a + 1]! - ranges[b + 1]!);
    const out: Ranges = [];
    for (const i of order) out.push(ranges[i]!, ranges[i + 1]!);
    return out;
  }
  // A rule's ranges are a few runs, each in order: insertion sorts them and makes nothing.
  for (let i = 2; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    let j = i;
    while (j > 0 && (ranges[j - 2]! > start || (ranges[j - 2] === start && ranges[j - 1]! > end))) {
      ranges[j] = ranges[j - 2]!;
      ranges[j + 1] = ranges[j - 1]!;
      j -= 2;
    }
    ranges[j] = start;
    ranges[j + 1] = end;
  }
  return ranges;
}

/** More ranges than this are sorted by index, in n log n, rather than in place. */
const SORT_IN_PLACE_MAX = 64;

/**
 * Sorts ranges (in place, when few) and merges any that overlap or touch, so the UI highlights
 * each stretch once.
 * Each span's `text` is sliced from the draft, so it always equals `draft.slice(start, end)`.
 */
export function mergeRanges(draft: string, ranges: Ranges): Span[] {
  if (ranges.length === 0) return [];
  // A single regex scan yields its matches in order; sort only when tiers or scans interleave.
  const sorted = isSorted(ranges) ? ranges : sortRanges(ranges);
  const out: Span[] = [];
  let start = sorted[0]!;
  let end = sorted[1]!;
  for (let i = 2; i < sorted.length; i += 2) {
    const s = sorted[i]!;
    const e = sorted[i + 1]!;
    if (s <= end) {
      if (e > end) end = e;
    } else {
      out.push({ start, end, text: draft.slice(start, end) });
      start = s;
      end = e;
    }
  }
  out.push({ start, end, text: draft.slice(start, end) });
  return out;
}

/** mergeRanges for spans that are already objects (watch phrases, shouting). */
export function mergeSpans(draft: string, spans: readonly Span[]): Span[] {
  const ranges: Ranges = [];
  for (const s of spans) ranges.push(s.start, s.end);
  return mergeRanges(draft, ranges);
}
