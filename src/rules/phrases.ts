import { type FoldedText, foldPhrase, toOriginal } from './normalize';
import type { Span } from './types';

/**
 * Literal phrase search for the person's own watch and never-flag phrases. Phrases are folded
 * like drafts (so "don't" also finds "dont" and "sooo" finds "so"), matched with indexOf (never
 * a regex: nothing typed into settings can slow the engine) and only as whole words, so "miss"
 * does not fire inside "mission". Phrase length and count are capped, which keeps the cost at
 * O(draft length × total phrase length) in the worst case, linear in the draft.
 */
export const MAX_PHRASE_LENGTH = 200;
export const MAX_PHRASES = 200;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ' && ch !== '.';
}

/** Every whole-word occurrence of `phrase` in the draft, as spans of the original. */
export function findPhrase(draft: string, folded: FoldedText, phrase: string): Span[] {
  if (typeof phrase !== 'string') return [];
  const needle = foldPhrase(phrase.slice(0, MAX_PHRASE_LENGTH));
  if (needle.length === 0) return [];
  const hay = folded.text;
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    const end = at + needle.length;
    const startsWord = !isWordChar(needle[0]) || !isWordChar(hay[at - 1]);
    const endsWord = !isWordChar(needle[needle.length - 1]) || !isWordChar(hay[end]);
    if (startsWord && endsWord) {
      const [s, e] = toOriginal(folded, at, end);
      spans.push({ start: s, end: e, text: draft.slice(s, e) });
    }
    from = at + 1;
  }
  return spans;
}

/** The original-draft ranges covered by any never-flag phrase. */
export function neverFlagRanges(
  draft: string,
  folded: FoldedText,
  phrases: readonly string[],
): Span[] {
  const ranges: Span[] = [];
  for (const phrase of phrases.slice(0, MAX_PHRASES)) {
    for (const span of findPhrase(draft, folded, phrase)) ranges.push(span);
  }
  return ranges;
}

/** True when the span lies wholly inside one of the ranges. */
export function isCovered(span: Span, ranges: readonly Span[]): boolean {
  for (const r of ranges) if (r.start <= span.start && span.end <= r.end) return true;
  return false;
}
