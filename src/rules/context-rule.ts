import type { EngineSettings, Finding, RuleId, RuleLabel, Severity, WallClockMs } from './types';

/** The analysis context after `sanitizeContext`: every number finite, nothing missing. */
export interface SafeContext {
  /** Null when the caller gave no usable time; time rules then stay quiet. */
  at: WallClockMs | null;
  recentSends: readonly WallClockMs[];
  unanswered: number;
  settings: EngineSettings;
}

/** A rule about timing or the state of the chat rather than the words of the draft. */
export interface ContextRule {
  id: RuleId;
  severity: Severity;
  label: RuleLabel;
  suggestion: string;
  evaluate: (context: SafeContext) => Finding | null;
}
