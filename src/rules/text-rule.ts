import { type CompiledTier, compileTier } from './compile';
import type { FoldedText } from './normalize';
import { quote } from './quote';
import { matchOffsets, rememberFromWholeText, type SentenceMemo } from './sentence-memo';
import { mergeRanges, type Ranges } from './spans';
import type { Finding, Reach, RuleId, RuleLabel, Sensitivity, Severity, Span } from './types';

/**
 * Pattern tiers by how clear-cut a phrasing is. `gentle` runs only `clear`; `balanced` (the default)
 * adds `balanced`; `strict` adds `strict` (softer hints that are wrong more often).
 */
export interface PatternTiers {
  clear: readonly string[];
  balanced: readonly string[];
  strict: readonly string[];
}

export interface TextRuleSpec {
  id: RuleId;
  severity: Severity;
  /** Phrasings that are a risk in any chat (see `Reach`). */
  patterns: PatternTiers;
  /**
   * Phrasings of plain affection and closeness, a gift to anyone but an ex: their findings reach
   * only listed chats, unless the draft also carries the breakup (see carries-breakup.ts).
   */
  closeness?: PatternTiers;
  label: RuleLabel;
  /** One warm sentence quoting the matched phrase, worded for how far the finding reaches. */
  reason: (quoted: string, reach: Reach) => string;
  suggestion: string;
  /**
   * Optional extra matcher for what regexes over folded text cannot see (capital letters for
   * shouting). Returns spans in the original draft; `level` is the sensitivity in force.
   */
  scan?: (draft: string, level: Sensitivity) => ScanResult;
}

export interface ScanResult {
  spans: Span[];
  /** True when every span came only from a `strict`-tier hint. */
  softOnly: boolean;
}

export interface TextRule {
  id: RuleId;
  severity: Severity;
  label: RuleLabel;
  suggestion: string;
  reason: (quoted: string, reach: Reach) => string;
  /**
   * `memo`, when the caller keeps one between calls (an analyser), lets sentence-local patterns
   * skip the sentences already scanned; without one the draft is scanned whole.
   */
  evaluate: (
    draft: string,
    folded: FoldedText,
    level: Sensitivity,
    memo?: SentenceMemo | null,
  ) => Finding | null;
}

/**
 * What each sensitivity scans. `clear` and `balanced` matches weigh the same, so from balanced up
 * their patterns are compiled into one scan (`firm`): one pass over the draft instead of two.
 */
type Scan = 'clear' | 'firm' | 'strict';
const SCANS_FOR: Record<Sensitivity, readonly Scan[]> = {
  gentle: ['clear'],
  balanced: ['firm'],
  strict: ['firm', 'strict'],
};

function push(folded: FoldedText, at: number, length: number, into: Ranges): void {
  into.push(folded.starts[at]!, folded.ends[at + length - 1]!);
}

/** Appends every match of `re` (global) in the folded text to `into`, as draft ranges. */
function collectAnywhere(re: RegExp, folded: FoldedText, into: Ranges): boolean {
  const hits = matchOffsets(re, folded.text);
  for (let i = 0; i < hits.length; i += 2) push(folded, hits[i]!, hits[i + 1]!, into);
  return hits.length > 0;
}

/**
 * Tries `re` (sticky) at each sentence start of the folded text: its start (after a leading
 * space, if any) and just after each "." (fold turns every sentence end into one ".").
 */
function collectAtSentenceStarts(re: RegExp, folded: FoldedText, into: Ranges): boolean {
  const text = folded.text;
  let found = false;
  let at = text.startsWith(' ') ? 1 : 0;
  while (at <= text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null && m[0].length > 0) {
      push(folded, m.index, m[0].length, into);
      found = true;
    }
    const stop = text.indexOf('.', at);
    if (stop < 0) break;
    at = stop + 1;
  }
  return found;
}

/**
 * Appends every match of a sentence-local pattern, sentence by sentence, using what was found
 * in each sentence before when that sentence is unchanged (see sentence-memo.ts).
 */
function collectBySentence(
  pattern: RegExp,
  folded: FoldedText,
  into: Ranges,
  memo: SentenceMemo | null | undefined,
): boolean {
  const sentences = memo ? memo.sentencesOf(folded) : null;
  if (sentences === null) return collectAnywhere(pattern, folded, into);
  if (sentences.firstLook) rememberFromWholeText(pattern, folded.text, sentences);
  let found = false;
  for (const sentence of sentences.list) {
    const known = sentence.entry.hits.get(pattern);
    const hits = known ?? matchOffsets(pattern, sentence.text);
    if (known === undefined) sentence.entry.hits.set(pattern, hits);
    for (let i = 0; i < hits.length; i += 2) {
      push(folded, sentence.start + hits[i]!, hits[i + 1]!, into);
      found = true;
    }
  }
  return found;
}

function collect(
  tier: CompiledTier,
  folded: FoldedText,
  into: Ranges,
  memo: SentenceMemo | null | undefined,
): boolean {
  const a = tier.bySentence !== null && collectBySentence(tier.bySentence, folded, into, memo);
  const b = tier.anywhere !== null && collectAnywhere(tier.anywhere, folded, into);
  const c =
    tier.atSentenceStart !== null && collectAtSentenceStarts(tier.atSentenceStart, folded, into);
  return a || b || c;
}

function compileTiers(tiers: PatternTiers): Record<Scan, CompiledTier> {
  return {
    clear: compileTier(tiers.clear),
    firm: compileTier([...tiers.clear, ...tiers.balanced]),
    strict: compileTier(tiers.strict),
  };
}

/** Builds a rule that scans folded text with its tiered patterns (compiled once, here). */
export function defineTextRule(spec: TextRuleSpec): TextRule {
  const anywhere = compileTiers(spec.patterns);
  const closeness = spec.closeness ? compileTiers(spec.closeness) : null;
  const evaluate = (
    draft: string,
    folded: FoldedText,
    level: Sensitivity,
    memo?: SentenceMemo | null,
  ): Finding | null => {
    const ranges: Ranges = [];
    const scans = SCANS_FOR[level] ?? SCANS_FOR.balanced;
    let firm = false;
    for (const scan of scans) {
      if (collect(anywhere[scan], folded, ranges, memo) && scan !== 'strict') firm = true;
    }
    if (spec.scan) {
      const scanned = spec.scan(draft, level);
      for (const s of scanned.spans) ranges.push(s.start, s.end);
      if (scanned.spans.length > 0 && !scanned.softOnly) firm = true;
    }
    const reach: Reach = ranges.length > 0 ? 'anywhere' : 'listed';
    if (closeness) {
      for (const scan of scans) {
        if (collect(closeness[scan], folded, ranges, memo) && scan !== 'strict') firm = true;
      }
    }
    if (ranges.length === 0) return null;
    const merged = mergeRanges(draft, ranges);
    return {
      rule: spec.id,
      // A finding resting only on soft hints weighs less; self-harm never does.
      severity: firm || spec.severity === 'high' ? spec.severity : 'low',
      reach,
      spans: merged,
      reason: spec.reason(quote(merged[0]!.text), reach),
      suggestion: spec.suggestion,
    };
  };
  return {
    id: spec.id,
    severity: spec.severity,
    label: spec.label,
    suggestion: spec.suggestion,
    reason: spec.reason,
    evaluate,
  };
}
