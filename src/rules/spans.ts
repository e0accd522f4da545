import type { Span } from './types';

/**
 * Sorts spans and merges any that overlap or touch, so the UI highlights each stretch once.
 * `text` is re-sliced from the draft so it always equals `draft.slice(start, end)`.
 */
export function mergeSpans(draft: string, spans: readonly Span[]): Span[] {
  if (spans.length === 0) return [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  let cur = { start: sorted[0]!.start, end: sorted[0]!.end };
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (s.start <= cur.end) {
      if (s.end > cur.end) cur.end = s.end;
    } else {
      out.push({ ...cur, text: draft.slice(cur.start, cur.end) });
      cur = { start: s.start, end: s.end };
    }
  }
  out.push({ ...cur, text: draft.slice(cur.start, cur.end) });
  return out;
}
