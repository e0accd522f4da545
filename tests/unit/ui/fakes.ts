/** Test doubles for the pages' data modules: an in-memory settings store and stats fixtures. */
import { vi } from 'vitest';
import type { OutcomeCounts, StatsView } from '../../../src/messaging/protocol';
import { exportSettingsJson, parseSettingsImport } from '../../../src/storage/import-export';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsSchema,
} from '../../../src/storage/settings-schema';
import * as settingsData from '../../../src/ui/data/settings';

/**
 * Settings held in memory, validated like the real store (an invalid update throws), with
 * watchers told of every change. Wires itself into the mocked `src/ui/data/settings`.
 */
export function installFakeSettings(initial: Settings = DEFAULT_SETTINGS) {
  let current: Settings = structuredClone(initial);
  const watchers = new Set<(s: Settings) => void>();
  const store = {
    get current() {
      return current;
    },
    /** A change made elsewhere (another tab): watchers hear of it. */
    setFromElsewhere(next: Settings) {
      current = settingsSchema.parse(next);
      for (const w of watchers) w(current);
    },
  };
  vi.mocked(settingsData.getSettings).mockImplementation(async () => current);
  vi.mocked(settingsData.updateSettings).mockImplementation(async (fn) => {
    current = settingsSchema.parse(fn(current));
    for (const w of watchers) w(current);
    return current;
  });
  vi.mocked(settingsData.watchSettings).mockImplementation((cb) => {
    watchers.add(cb);
    return () => watchers.delete(cb);
  });
  vi.mocked(settingsData.exportSettingsJson).mockImplementation(exportSettingsJson);
  vi.mocked(settingsData.parseSettingsImport).mockImplementation(parseSettingsImport);
  return store;
}

export function counts(partial: Partial<OutcomeCounts> = {}): OutcomeCounts {
  return {
    noticed: 0,
    warned: 0,
    paused: 0,
    keptEditing: 0,
    savedNote: 0,
    sentAnyway: 0,
    safeSends: 0,
    ...partial,
  };
}

/** 14 local days ending 2026-11-25, oldest first. */
export function fourteenDays(
  values: [paused: number, sent: number][] = [],
): StatsView['last14Days'] {
  return Array.from({ length: 14 }, (_, i) => ({
    day: `2026-11-${String(12 + i).padStart(2, '0')}`,
    paused: values[i]?.[0] ?? 0,
    sentAnyway: values[i]?.[1] ?? 0,
  }));
}

export function makeStats(partial: Partial<StatsView> = {}): StatsView {
  return {
    firstRun: false,
    today: counts(),
    last7Days: counts(),
    allTime: counts(),
    reconsideredShare: { today: null, last7Days: null, allTime: null },
    topRules: [],
    last14Days: fourteenDays(),
    streakDays: null,
    since: Date.UTC(2026, 10, 1),
    ...partial,
  };
}

export const FIRST_RUN_STATS: StatsView = makeStats({ firstRun: true, since: null });
