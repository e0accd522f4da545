import { keepAddressed } from './address';
import { AnchorIndex } from './anchor-index';
import { carriesBreakup } from './carries-breakup';
import { SettingsCache, sanitizeContext } from './context';
import type { SafeContext } from './context-rule';
import { DraftView } from './draft-view';
import { type FoldedText, FoldScratch, fold } from './normalize';
import { findPhrase, isCovered, MAX_PHRASES, neverFlagRanges } from './phrases';
import { quote } from './quote';
import { RULES } from './registry';
import { SentenceMemo } from './sentence-memo';
import { mergeSpans } from './spans';
import {
  type AnalysisContext,
  type Finding,
  RULE_IDS,
  type RuleId,
  type Sensitivity,
  type Span,
} from './types';

export { DEFAULT_ENGINE_SETTINGS } from './defaults';
export * from './types';

/**
 * For each sensitivity, which of the patterns it runs could match where (see anchors.ts); built
 * once, read-only after.
 */
const ANCHOR_INDEXES: Readonly<Record<Sensitivity, AnchorIndex>> = {
  gentle: indexFor('gentle'),
  balanced: indexFor('balanced'),
  strict: indexFor('strict'),
};

function indexFor(level: Sensitivity): AnchorIndex {
  return new AnchorIndex(
    Object.values(RULES).flatMap((entry) =>
      entry.kind === 'text' ? entry.rule.patterns[level] : [],
    ),
  );
}

/**
 * Looks at a draft and its context and returns what it noticed, one finding per rule at most,
 * in RULE_IDS order. Pure and synchronous: no DOM, no clock, no storage, and nothing kept
 * between calls. Never throws: a rule that fails on some odd input is skipped and the others
 * still report. Linear in the draft's length (see normalize.ts, compile.ts and phrases.ts).
 */
export function analyze(draft: string, context: AnalysisContext): Finding[] {
  return analyzeWith(draft, context, null);
}

/** Analyses drafts one after another, remembering what makes the next look at a draft cheaper. */
export interface Analyzer {
  /** The same findings as `analyze`, always (a property test holds it to that). */
  analyze(draft: string, context: AnalysisContext): Finding[];
  /** Sentences remembered now: bounded however much is typed. */
  readonly rememberedSentences: number;
}

/** What an analyser keeps between calls: all of the engine's memory, owned by its caller. */
interface Memory {
  memo: SentenceMemo;
  scratch: FoldScratch;
  settings: SettingsCache;
}

/**
 * An analyser for one stream of drafts (the guard makes one per page). While someone types,
 * only the sentence being written changes: the analyser remembers what each pattern found in
 * the sentences already written (sentence-memo.ts), folds into buffers it keeps, and checks a
 * settings object once. All of it lives here, in the object the caller owns; the engine's
 * modules keep nothing.
 */
export function createAnalyzer(): Analyzer {
  const memory: Memory = {
    memo: new SentenceMemo(),
    scratch: new FoldScratch(),
    settings: new SettingsCache(),
  };
  return {
    analyze: (draft, context) => analyzeWith(draft, context, memory),
    get rememberedSentences() {
      return memory.memo.size;
    },
  };
}

function analyzeWith(draft: string, context: AnalysisContext, memory: Memory | null): Finding[] {
  const text = typeof draft === 'string' ? draft : '';
  const ctx = sanitizeContext(context, memory?.settings);
  // Findings keep copies of what they need (spans are read from `text`), so the scratch
  // buffers behind `folded` may be reused by the next call.
  const folded = fold(text, memory?.scratch);
  const level = ctx.settings.sensitivity;
  const view = DraftView.of(folded, ANCHOR_INDEXES[level], memory?.memo ?? null);
  const byRule = new Map<RuleId, Finding>();

  for (const id of RULE_IDS) {
    if (!ctx.settings.enabledRules[id]) continue;
    const entry = RULES[id];
    try {
      const finding =
        entry.kind === 'text'
          ? entry.rule.evaluate(text, view, level)
          : entry.rule.evaluate(ctx as SafeContext);
      if (finding) byRule.set(id, finding);
    } catch {
      // A bug in one rule must not hide the others or break typing in the page.
    }
  }

  addWatchPhrases(text, folded, ctx, byRule);
  const ranges = neverFlagRanges(text, folded, ctx.settings.neverFlag);

  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const finding = byRule.get(id);
    if (!finding) continue;
    // Timing findings have no spans; never-flag phrases only silence findings about words.
    if (finding.spans.length > 0 && finding.spans.every((s) => isCovered(s, ranges))) continue;
    findings.push(finding);
  }
  return withReach(keepAddressed(text, findings, view, reworded), folded);
}

/**
 * Plain affection found in a draft that also carries the breakup reaches every guarded chat
 * (see carries-breakup.ts). Timing findings keep their reach: they are about the chat, not the
 * words. A finding whose spans changed, or whose reach did, gets its reason worded again.
 */
function withReach(findings: Finding[], folded: FoldedText): Finding[] {
  const promote =
    findings.some((f) => f.reach === 'listed' && f.spans.length > 0) &&
    carriesBreakup(folded, findings);
  if (!promote) return findings;
  return findings.map((f) =>
    f.reach === 'listed' && f.spans.length > 0 ? reworded({ ...f, reach: 'anywhere' }) : f,
  );
}

/** The finding with its reason worded for its (first) span and reach. */
function reworded(f: Finding): Finding {
  const entry = RULES[f.rule];
  if (entry.kind !== 'text' || f.spans.length === 0) return f;
  return { ...f, reason: entry.rule.reason(quote(f.spans[0]!.text), f.reach) };
}

/** Adds the person's own watch phrases as spans of their chosen rule (if that rule is on). */
function addWatchPhrases(
  text: string,
  folded: FoldedText,
  ctx: SafeContext,
  byRule: Map<RuleId, Finding>,
): void {
  const extra = new Map<RuleId, Span[]>();
  for (const watch of ctx.settings.watchPhrases.slice(0, MAX_PHRASES)) {
    if (!watch || !ctx.settings.enabledRules[watch.rule] || !(watch.rule in RULES)) continue;
    const spans = findPhrase(text, folded, watch.phrase);
    if (spans.length === 0) continue;
    const list = extra.get(watch.rule) ?? [];
    for (const s of spans) list.push(s);
    extra.set(watch.rule, list);
  }
  for (const [rule, spans] of extra) {
    const existing = byRule.get(rule);
    if (existing) {
      byRule.set(rule, { ...existing, spans: mergeSpans(text, [...existing.spans, ...spans]) });
      continue;
    }
    const merged = mergeSpans(text, spans);
    const entry = RULES[rule];
    byRule.set(rule, {
      rule,
      severity: entry.rule.severity,
      // The person chose to watch this phrase: it pauses wherever the guard is on.
      reach: 'anywhere',
      spans: merged,
      reason: `'${quote(merged[0]!.text)}' is one of the phrases you asked to watch for.`,
      suggestion: entry.rule.suggestion,
    });
  }
}
