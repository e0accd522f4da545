import {
  analyze,
  DEFAULT_ENGINE_SETTINGS,
  type EngineSettings,
  type Finding,
  type RuleId,
} from '../src/rules';

/**
 * Real findings from the engine, English reasons and all, for tests of how the interface words
 * them: one draft per text rule, and the timing rules from a night with many unanswered sends.
 */
const AT = Date.UTC(2026, 10, 24, 23, 40);
const MINUTE = 60_000;

export function findingsFor(
  draft: string,
  context: {
    unanswered?: number;
    recentSends?: number[];
    at?: number;
    settings?: Partial<EngineSettings>;
  } = {},
): Finding[] {
  return analyze(draft, {
    at: context.at ?? AT,
    recentSends: context.recentSends ?? [],
    unanswered: context.unanswered ?? 0,
    settings: { ...DEFAULT_ENGINE_SETTINGS, ...context.settings },
  });
}

/** A finding of `rule`, from a draft or context that produces it. */
export function findingOf(
  rule: RuleId,
  draft: string,
  context: Parameters<typeof findingsFor>[1] = {},
): Finding {
  const found = findingsFor(draft, context).find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} finding for ${JSON.stringify(draft)}`);
  return found;
}

/** Send times within the last hour, enough for `frequency` to speak up. */
export const BUSY_HOUR = Array.from({ length: 8 }, (_, i) => AT - (i + 1) * 5 * MINUTE);
/** Sends spread over the day (under the hourly limit), enough for the daily one. */
export const BUSY_DAY = Array.from({ length: 25 }, (_, i) => AT - (i + 1) * 50 * MINUTE);
