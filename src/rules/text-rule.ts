import { compileAlternation } from './compile';
import type { FoldedText } from './normalize';
import { quote } from './quote';
import { mergeRanges, type Ranges } from './spans';
import type { Finding, RuleId, Sensitivity, Severity, Span } from './types';

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
  patterns: PatternTiers;
  /** One warm sentence quoting the matched phrase. */
  reason: (quoted: string) => string;
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
  suggestion: string;
  reason: (quoted: string) => string;
  evaluate: (draft: string, folded: FoldedText, level: Sensitivity) => Finding | null;
}

const TIERS_FOR: Record<Sensitivity, readonly (keyof PatternTiers)[]> = {
  gentle: ['clear'],
  balanced: ['clear', 'balanced'],
  strict: ['clear', 'balanced', 'strict'],
};

/** Appends every match of `re` in the folded text to `into`, as ranges of the original draft. */
function collect(re: RegExp, folded: FoldedText, into: Ranges): boolean {
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(folded.text); m !== null; m = re.exec(folded.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    into.push(folded.starts[m.index]!, folded.ends[m.index + m[0].length - 1]!);
    found = true;
  }
  return found;
}

/** Builds a rule that scans folded text with its tiered patterns (compiled once, here). */
export function defineTextRule(spec: TextRuleSpec): TextRule {
  const compiled = {
    clear: compileAlternation(spec.patterns.clear),
    balanced: compileAlternation(spec.patterns.balanced),
    strict: compileAlternation(spec.patterns.strict),
  };
  const evaluate = (draft: string, folded: FoldedText, level: Sensitivity): Finding | null => {
    const ranges: Ranges = [];
    let firm = false;
    for (const tier of TIERS_FOR[level] ?? TIERS_FOR.balanced) {
      const re = compiled[tier];
      if (re && collect(re, folded, ranges) && tier !== 'strict') firm = true;
    }
    if (spec.scan) {
      const scanned = spec.scan(draft, level);
      for (const s of scanned.spans) ranges.push(s.start, s.end);
      if (scanned.spans.length > 0 && !scanned.softOnly) firm = true;
    }
    if (ranges.length === 0) return null;
    const merged = mergeRanges(draft, ranges);
    return {
      rule: spec.id,
      // A finding resting only on soft hints weighs less; self-harm never does.
      severity: firm || spec.severity === 'high' ? spec.severity : 'low',
      spans: merged,
      reason: spec.reason(quote(merged[0]!.text)),
      suggestion: spec.suggestion,
    };
  };
  return {
    id: spec.id,
    severity: spec.severity,
    suggestion: spec.suggestion,
    reason: spec.reason,
    evaluate,
  };
}
