// The extension's stored state as tests change and read it, whichever browser runs it: settings
// changes merged and validated against the real schema, and outcome totals summed from the
// background's counters. No browser driver here; the harnesses read and write the storage.
import type { Counters, CountKey } from '../../../src/storage/counters-schema';
import { SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsFromStored,
  settingsSchema,
  settingsToStored,
  storedSettingsSchema,
} from '../../../src/storage/settings-schema';

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function merge<T>(base: T, change: DeepPartial<T>): T {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return change as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(change as Record<string, unknown>)) {
    if (value === undefined) continue;
    out[key] = merge((base as Record<string, unknown>)[key], value as never);
  }
  return out as T;
}

/**
 * `current` with `change` applied as the options page would (arrays replace, objects merge),
 * validated here, so a test with a mistyped setting fails at once instead of the extension
 * quietly resetting the damaged part to its default.
 */
export function changedSettings(current: Settings, change: DeepPartial<Settings>): Settings {
  return settingsSchema.parse(merge<Settings>(current, change));
}

/** The settings as the extension stored them (version 3: switches stored as what is off). */
export function settingsFromStorage(stored: unknown): Settings {
  return stored ? settingsFromStored(storedSettingsSchema.parse(stored)) : DEFAULT_SETTINGS;
}

/** The storage items that hold `settings`, in the shape and version this build writes. */
export function settingsItems(settings: Settings): Record<string, unknown> {
  return { settings: settingsToStored(settings), settings$: { v: SETTINGS_VERSION } };
}

/**
 * Settings for tests about what the draft says: the rules that depend on the clock or on the
 * chat's history (`late-night`, `frequency`, `double-text`) are off, so a test's verdict does
 * not depend on when it runs or on what earlier tests sent. `pauseSeconds` is short.
 */
export const TEXT_ONLY_SETTINGS = {
  pauseSeconds: 1,
  engine: {
    enabledRules: { 'late-night': false, frequency: false, 'double-text': false },
  },
} satisfies DeepPartial<Settings>;

/**
 * Totals over every counted day, by outcome (drafts, each once per outcome) and `noticed` (risky
 * drafts), from the counters the background stored.
 */
export function totalsByKind(counters: Counters | undefined): Record<CountKey, number> {
  const totals: Record<CountKey, number> = {
    noticed: 0,
    warned: 0,
    paused: 0,
    'kept-editing': 0,
    'saved-note': 0,
    'sent-anyway': 0,
    'safe-send': 0,
  };
  const buckets = counters
    ? [...Object.values(counters.days), ...Object.values(counters.months), counters.earlier]
    : [];
  for (const bucket of buckets) {
    for (const [kind, n] of Object.entries(bucket.kinds)) {
      totals[kind as CountKey] += n ?? 0;
    }
  }
  return totals;
}
