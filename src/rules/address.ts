import type { DraftView } from './draft-view';
import type { FoldedText } from './normalize';
import { hasQuote, isReportedSpeech } from './reported-speech';
import type { Finding, RuleId, Span } from './types';
import { countWords, SECOND_PERSON_WORDS, THIRD_PERSON_WORDS } from './words';

/**
 * Words about someone are not words to them (guidance.md). Telling a friend "I begged her to
 * give me another chance" or "I still love him" is venting, which the advice recommends; the
 * same words said to the person are the risk. So the rules about the person see only what is
 * addressed to them:
 *
 * - a draft that speaks of "he", "she" or an ex and never says "you" is told about someone, and
 *   none of these rules report on it;
 * - otherwise a phrase in a sentence that speaks of him or her without a "you" is dropped, and so
 *   is a phrase quoted from what was said ("he said 'I'll always care about you'"): see
 *   reported-speech.ts.
 *
 * `self-harm` is never filtered: a crisis matters whoever it is told to. `new-partner` is by
 * nature about a third person ("is she better than me?"), so only the first check applies to it.
 * Linear: one pass over the folded words, plus a window around each remaining span.
 */
const ADDRESSED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'begging',
  'past',
  'future',
  'guilt-trip',
  'anger',
  'pet-name',
  'pressure',
  'longing',
  'rehash',
]);
const WHOLE_DRAFT_ONLY: ReadonlySet<RuleId> = new Set<RuleId>(['new-partner']);

/** Longest stretch of a sentence read on each side of a span: keeps a huge run-on linear. */
const WINDOW = 400;

interface PersonCount {
  second: number;
  third: number;
}

function countPersons(text: string, from: number, to: number): PersonCount {
  return {
    second: countWords(SECOND_PERSON_WORDS, text, from, to),
    third: countWords(THIRD_PERSON_WORDS, text, from, to),
  };
}

/** Index in the folded text whose source covers original offset `at` (starts are ascending). */
function foldedIndexOf(folded: FoldedText, at: number): number {
  let lo = 0;
  let hi = folded.text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (folded.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the sentence around a span speaks of him or her and not to "you". */
function aboutSomeoneElse(view: DraftView, span: Span): boolean {
  const { folded } = view;
  const text = folded.text;
  const at = foldedIndexOf(folded, span.start);
  const end = foldedIndexOf(folded, Math.max(span.start, span.end - 1));
  const before = text.lastIndexOf('.', at);
  const from = Math.max(before + 1, at - WINDOW);
  const after = text.indexOf('.', end);
  const to = Math.min(after < 0 ? text.length : after, end + WINDOW);
  // Most sentences are shorter than the window: their counts are already known.
  const count =
    from === before + 1 && to === (after < 0 ? text.length : after)
      ? sentenceCount(view, view.sentenceAt(at))
      : countPersons(text, from, to);
  return count.third > 0 && count.second === 0;
}

function sentenceCount(view: DraftView, sentence: number): PersonCount {
  const counts = view.personCounts();
  return { second: counts.second[sentence]!, third: counts.third[sentence]! };
}

/** The findings, keeping only what is said to the person (see above); `reword` fixes a reason whose quoted span was dropped. */
export function keepAddressed(
  draft: string,
  findings: readonly Finding[],
  view: DraftView,
  reword: (finding: Finding) => Finding,
): Finding[] {
  if (!findings.some((f) => ADDRESSED_RULES.has(f.rule) || WHOLE_DRAFT_ONLY.has(f.rule))) {
    return findings as Finding[];
  }
  const counts = view.personCounts();
  const whole: PersonCount = { second: counts.totalSecond, third: counts.totalThird };
  const toldAbout = whole.second === 0 && whole.third > 0;
  // Most drafts speak of no "he" or "she" and quote nobody: nothing to read span by span.
  const perSpan = whole.third > 0 || hasQuote(draft);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const filtered = ADDRESSED_RULES.has(finding.rule);
    if (!filtered && !WHOLE_DRAFT_ONLY.has(finding.rule)) {
      kept.push(finding);
      continue;
    }
    // "Is she prettier than me?" is asked of the ex about a third person: only a draft that
    // speaks of him or her again and again, never to "you", is told about them.
    if (toldAbout && (filtered || whole.third >= 2)) continue;
    if (!filtered || finding.spans.length === 0 || !perSpan) {
      kept.push(finding);
      continue;
    }
    const spans = finding.spans.filter(
      (s) => !aboutSomeoneElse(view, s) && !isReportedSpeech(draft, s),
    );
    if (spans.length === finding.spans.length) kept.push(finding);
    else if (spans.length > 0) kept.push(reword({ ...finding, spans }));
  }
  return kept;
}
