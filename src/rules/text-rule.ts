import { type CompiledTier, compileTier, type GatedPattern, tierPatterns } from './compile';
import type { DraftView } from './draft-view';
import type { FoldedText } from './normalize';
import { quote } from './quote';
import { matchOffsets } from './sentence-memo';
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
  /** The compiled patterns each sensitivity runs, for the anchor indexes (see anchor-index.ts). */
  patterns: Readonly<Record<Sensitivity, readonly GatedPattern[]>>;
  /** The rule's finding on the draft `view` shows (its sentences, folded), or null. */
  evaluate: (draft: string, view: DraftView, level: Sensitivity) => Finding | null;
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

/** Appends every match of a cross-sentence pattern (global) in the whole draft to `into`. */
function collectAnywhere(pattern: GatedPattern, view: DraftView, into: Ranges): boolean {
  if (!view.mayMatchSomewhere(pattern)) return false;
  const hits = matchOffsets(pattern.re, view.folded.text);
  for (let i = 0; i < hits.length; i += 2) push(view.folded, hits[i]!, hits[i + 1]!, into);
  return hits.length > 0;
}

/**
 * Tries `pattern` (sticky) at each sentence start of the folded text: its start (after a leading
 * space, if any) and just after each "." (fold turns every sentence end into one ".").
 */
function collectAtSentenceStarts(pattern: GatedPattern, view: DraftView, into: Ranges): boolean {
  if (!view.mayMatchSomewhere(pattern)) return false;
  const { re } = pattern;
  const text = view.folded.text;
  let found = false;
  let at = text.startsWith(' ') ? 1 : 0;
  while (at <= text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null && m[0].length > 0) {
      push(view.folded, m.index, m[0].length, into);
      found = true;
    }
    const stop = text.indexOf('.', at);
    if (stop < 0) break;
    at = stop + 1;
  }
  return found;
}

/**
 * Appends every match of a sentence-local pattern, sentence by sentence: only in the sentences
 * holding its anchors, and from what was found there before when the sentence is remembered.
 */
function collectBySentence(pattern: GatedPattern, view: DraftView, into: Ranges): boolean {
  let found = false;
  const where = view.candidates;
  for (let r = where.first(pattern), end = where.end(pattern); r < end; r++) {
    const sentence = view.sentences[where.sentence(r)]!;
    const known = sentence.hits?.get(pattern.re);
    const hits = known ?? where.scan(r, sentence.text);
    if (known === undefined) sentence.hits?.set(pattern.re, hits);
    for (let i = 0; i < hits.length; i += 2) {
      push(view.folded, sentence.start + hits[i]!, hits[i + 1]!, into);
      found = true;
    }
  }
  return found;
}

function collect(tier: CompiledTier, view: DraftView, into: Ranges): boolean {
  const a = tier.bySentence !== null && collectBySentence(tier.bySentence, view, into);
  const b = tier.anywhere !== null && collectAnywhere(tier.anywhere, view, into);
  const c =
    tier.atSentenceStart !== null && collectAtSentenceStarts(tier.atSentenceStart, view, into);
  return a || b || c;
}

function compileTiers(tiers: PatternTiers): Record<Scan, CompiledTier> {
  return {
    clear: compileTier(tiers.clear),
    firm: compileTier([...tiers.clear, ...tiers.balanced]),
    strict: compileTier(tiers.strict),
  };
}

function patternsByLevel(
  tiers: (Record<Scan, CompiledTier> | null)[],
): Record<Sensitivity, GatedPattern[]> {
  const of = (level: Sensitivity) =>
    SCANS_FOR[level].flatMap((scan) => tiers.flatMap((t) => (t ? tierPatterns(t[scan]) : [])));
  return { gentle: of('gentle'), balanced: of('balanced'), strict: of('strict') };
}

/** Builds a rule that scans folded text with its tiered patterns (compiled once, here). */
export function defineTextRule(spec: TextRuleSpec): TextRule {
  const anywhere = compileTiers(spec.patterns);
  const closeness = spec.closeness ? compileTiers(spec.closeness) : null;
  const evaluate = (draft: string, view: DraftView, level: Sensitivity): Finding | null => {
    const ranges: Ranges = [];
    const scans = SCANS_FOR[level] ?? SCANS_FOR.balanced;
    let firm = false;
    for (const scan of scans) {
      if (collect(anywhere[scan], view, ranges) && scan !== 'strict') firm = true;
    }
    if (spec.scan) {
      const scanned = spec.scan(draft, level);
      for (const s of scanned.spans) ranges.push(s.start, s.end);
      if (scanned.spans.length > 0 && !scanned.softOnly) firm = true;
    }
    const reach: Reach = ranges.length > 0 ? 'anywhere' : 'listed';
    if (closeness) {
      for (const scan of scans) {
        if (collect(closeness[scan], view, ranges) && scan !== 'strict') firm = true;
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
    patterns: patternsByLevel([anywhere, closeness]),
    evaluate,
  };
}
