import type { SafeContext } from './context-rule';
import { DEFAULT_ENGINE_SETTINGS } from './defaults';
import { MAX_PHRASES } from './phrases';
import { isValidWallClock } from './time';
import {
  type AnalysisContext,
  type EngineSettings,
  RULE_IDS,
  type RuleId,
  type Sensitivity,
  type WatchPhrase,
} from './types';

/**
 * The engine runs on every keystroke with settings read from storage, which an old version, an
 * import or a bug could have left odd. Rather than trust the types, it reads each field
 * defensively and falls back to the defaults, so no context can make it throw or loop.
 */

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

function intIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.floor(value)))
    : fallback;
}

function sanitizeSettings(raw: Partial<EngineSettings> | undefined): EngineSettings {
  const d = DEFAULT_ENGINE_SETTINGS;
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<EngineSettings>;
  const enabledRules = {} as Record<RuleId, boolean>;
  for (const id of RULE_IDS) {
    const on = s.enabledRules?.[id];
    enabledRules[id] = typeof on === 'boolean' ? on : d.enabledRules[id];
  }
  const q = s.quietHours;
  const days = Array.isArray(q?.days)
    ? q.days.filter((day) => Number.isInteger(day) && day >= 0 && day <= 6)
    : d.quietHours.days;
  return {
    enabledRules,
    quietHours: {
      start: intIn(q?.start, 0, 1439, d.quietHours.start),
      end: intIn(q?.end, 0, 1439, d.quietHours.end),
      days,
    },
    frequency: {
      perHour: intIn(s.frequency?.perHour, 1, 10_000, d.frequency.perHour),
      perDay: intIn(s.frequency?.perDay, 1, 100_000, d.frequency.perDay),
    },
    doubleText: { unanswered: intIn(s.doubleText?.unanswered, 1, 10_000, d.doubleText.unanswered) },
    sensitivity: SENSITIVITIES.includes(s.sensitivity as Sensitivity)
      ? (s.sensitivity as Sensitivity)
      : d.sensitivity,
    watchPhrases: Array.isArray(s.watchPhrases)
      ? s.watchPhrases
          .slice(0, MAX_PHRASES)
          .filter(
            (w): w is WatchPhrase =>
              !!w &&
              typeof w.phrase === 'string' &&
              (RULE_IDS as readonly string[]).includes(w.rule),
          )
      : [],
    neverFlag: Array.isArray(s.neverFlag)
      ? s.neverFlag.slice(0, MAX_PHRASES).filter((p): p is string => typeof p === 'string')
      : [],
  };
}

/**
 * Sanitised settings by the object they came from, for a caller that analyses many drafts with
 * the same settings (an analyser: the guard passes one settings object on every keystroke until
 * the person changes something). Nothing changes a settings object in place: a change is
 * stored, and read back as a new object.
 */
export class SettingsCache {
  private raw: unknown = undefined;
  private safe: EngineSettings | null = null;

  get(raw: Partial<EngineSettings> | undefined): EngineSettings {
    if (this.safe === null || raw !== this.raw) {
      this.safe = sanitizeSettings(raw);
      this.raw = raw;
    }
    return this.safe;
  }
}

export function sanitizeContext(
  context: AnalysisContext | undefined,
  cache?: SettingsCache,
): SafeContext {
  const c = (context && typeof context === 'object' ? context : {}) as Partial<AnalysisContext>;
  const sends = Array.isArray(c.recentSends) ? c.recentSends : [];
  return {
    at: isValidWallClock(c.at) ? c.at : null,
    recentSends: sends.filter(isValidWallClock),
    unanswered: intIn(c.unanswered, 0, Number.MAX_SAFE_INTEGER, 0),
    settings: cache ? cache.get(c.settings) : sanitizeSettings(c.settings),
  };
}
