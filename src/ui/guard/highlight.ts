import type { Finding } from '../../rules/types';

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits the draft into plain and highlighted segments from every finding's spans. Overlapping
 * or touching spans merge, so each character is marked at most once. Linear after the sort.
 */
export function highlightSegments(draft: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .flatMap((f) => f.spans)
    .filter((s) => s.start >= 0 && s.end <= draft.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  let open: { start: number; end: number } | null = null;
  const flush = () => {
    if (!open) return;
    if (open.start > cursor)
      segments.push({ text: draft.slice(cursor, open.start), marked: false });
    segments.push({ text: draft.slice(open.start, open.end), marked: true });
    cursor = open.end;
    open = null;
  };
  for (const span of spans) {
    if (open && span.start <= open.end) open.end = Math.max(open.end, span.end);
    else {
      flush();
      open = { start: Math.max(span.start, cursor), end: span.end };
    }
  }
  flush();
  if (cursor < draft.length) segments.push({ text: draft.slice(cursor), marked: false });
  return segments;
}
