/**
 * Public types of the rule engine. The engine is pure: it sees only the draft text and this
 * context, never the DOM or a browser API, so the same call gives the same findings anywhere
 * (content script, CLI, tests).
 */

/** Rule ids, in the order findings are reported. A contract: other tools depend on these. */
export const RULE_IDS = [
  'begging',
  'late-night',
  'past',
  'future',
  'frequency',
  'double-text',
  'guilt-trip',
  'anger',
  'new-partner',
  'pet-name',
  'pressure',
  'self-harm',
  'longing',
  'rehash',
  'long-letter',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** How the interface names a rule; each rule's module carries its own. */
export interface RuleLabel {
  /** For lists and switches (popup, options): "Pleading". */
  name: string;
  /** For the live warning, a few plain words: "pleading". */
  short: string;
  /**
   * The same, for a finding that reaches only the chats the person listed (plain affection):
   * "words of love" rather than "lingering love". Absent: `short` fits both.
   */
  closeShort?: string;
  /** One calm sentence: why the advice warns against it. */
  why: string;
}

/** How strongly a finding should weigh. `high` findings always pause; `self-harm` is `high`. */
export type Severity = 'low' | 'medium' | 'high';

/** A matched piece of the draft: `draft.slice(start, end) === text`. Offsets are UTF-16 units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a finding may pause (guidance.md, "Where a pause belongs"). `anywhere`: a risk whoever
 * reads it, or words that carry the breakup itself. `listed`: plain affection and closeness, and
 * the timing rules, which are a risk only in a chat the person chose to guard closely.
 */
export type Reach = 'anywhere' | 'listed';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  reach: Reach;
  /** Matched phrases, in order; empty for rules about timing (late-night, frequency, double-text). */
  spans: Span[];
  /** One sentence, warm and plain, naming what was seen (quoting the phrase where there is one). */
  reason: string;
  /** One sentence: what to do instead. */
  suggestion: string;
}

/**
 * Local wall-clock time as milliseconds: `Date.UTC(year, month, day, hour, minute, second)` of the
 * time the person sees on their clock. Using UTC arithmetic on wall-clock values keeps the engine
 * free of time zones (see `src/rules/time.ts` for conversions).
 */
export type WallClockMs = number;

export type Sensitivity = 'gentle' | 'balanced' | 'strict';

/** A phrase the person asked to watch, counted as one of the patterns. Literal text. */
export interface WatchPhrase {
  phrase: string;
  rule: RuleId;
}

export interface EngineSettings {
  /** Rules switched off here never report. */
  enabledRules: Record<RuleId, boolean>;
  quietHours: {
    /** Minutes after midnight; the start minute is inside the quiet hours. Default 22:00 = 1320. */
    start: number;
    /** Minutes after midnight; the end minute is outside. Default 06:00 = 360. */
    end: number;
    /**
     * Days (0 = Sunday … 6 = Saturday) whose night is quiet. A time after midnight in an
     * overnight window belongs to the day the window started on (Saturday 01:00 is Friday night).
     */
    days: number[];
  };
  /** `frequency` fires on the `perHour`-th message within 60 minutes or the `perDay`-th within 24 h. */
  frequency: { perHour: number; perDay: number };
  /** `double-text` fires when at least this many earlier outgoing messages are unanswered. */
  doubleText: { unanswered: number };
  /** gentle: only clear-cut phrasings; balanced (default); strict: also softer hints. */
  sensitivity: Sensitivity;
  /** The person's own phrases to watch (literal, case-insensitive, never regular expressions). */
  watchPhrases: WatchPhrase[];
  /** Phrases never to flag: a finding whose every span lies inside one of these is dropped. */
  neverFlag: string[];
}

export interface AnalysisContext {
  /** When the message would be sent (local wall clock). */
  at: WallClockMs;
  /** This chat's earlier outgoing send times (local wall clock), any order. */
  recentSends: WallClockMs[];
  /** Outgoing messages in this chat still without a reply. */
  unanswered: number;
  settings: EngineSettings;
}
