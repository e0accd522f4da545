// Every stored value, written by any earlier schema version, reads back as the current shape
// with nothing reset. A value's version is read from what WXT records on a write, so raising an
// item's version without adding a sample of the old shape here makes this test fail.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineBackgroundItems } from '../../../src/storage/background-items';
import { DEFAULT_SETTINGS_V1 } from '../../../src/storage/migrations/settings-v1';
import { getRecoveries } from '../../../src/storage/recoveries';
import { defineSettingsValue } from '../../../src/storage/settings';
import { DEFAULT_SETTINGS, settingsToStored } from '../../../src/storage/settings-schema';
import type { StoredValue } from '../../../src/storage/stored-value';

const NOW = new Date(2026, 10, 25, 12).getTime();

const SETTINGS_NOW = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [{ site: 'whatsapp', title: 'Robin' }],
  pauseSeconds: 11,
  rulesOffInChats: [],
  engine: {
    ...DEFAULT_SETTINGS.engine,
    quietHours: { start: 23 * 60 + 15, end: 5 * 60 + 45, days: [0, 6] },
  },
} as const satisfies typeof DEFAULT_SETTINGS;

function items(): Record<string, StoredValue<unknown>> {
  return { ...defineBackgroundItems(), settings: defineSettingsValue() } as Record<
    string,
    StoredValue<unknown>
  >;
}

/**
 * For each item: a value as each version stored it, what the current version reads, and (when it
 * differs from what is read) what the current version stores.
 */
const SAMPLES: Record<
  string,
  { stored: Record<number, unknown>; current: unknown; storedCurrent?: unknown }
> = {
  settings: {
    stored: {
      1: {
        ...DEFAULT_SETTINGS_V1,
        guardedChats: [{ site: 'whatsapp', title: 'Robin' }],
        pauseSeconds: 11,
        engine: {
          ...DEFAULT_SETTINGS_V1.engine,
          quietHours: { start: '23:15', end: '05:45', days: [0, 6] },
        },
      },
      2: {
        sites: { whatsapp: true, messenger: true },
        guardMode: 'listed',
        guardedChats: [{ site: 'whatsapp', title: 'Robin' }],
        pauseSeconds: 11,
        snoozeUntil: null,
        engine: {
          ...DEFAULT_SETTINGS.engine,
          quietHours: { start: 23 * 60 + 15, end: 5 * 60 + 45, days: [0, 6] },
        },
      },
      3: (() => {
        const { rulesOffInChats: _none, ...v3 } = settingsToStored(SETTINGS_NOW);
        return v3;
      })(),
      4: settingsToStored(SETTINGS_NOW),
    },
    current: SETTINGS_NOW,
    storedCurrent: settingsToStored(SETTINGS_NOW),
  },
  counters: (() => {
    const bucket = (kinds: Record<string, number>) => ({
      kinds,
      sites: { messenger: kinds },
      rules: { past: kinds },
    });
    const v1 = {
      since: NOW,
      lastSentAnywayAt: null,
      days: { '2026-11-25': bucket({ warned: 1, paused: 1 }) },
      months: {},
      earlier: bucket({}),
      countedIds: ['e0', 'e1'],
    };
    const current = {
      ...v1,
      days: { '2026-11-25': bucket({ warned: 1, paused: 1, noticed: 1 }) },
      drafts: [],
    };
    return { stored: { 1: v1, 2: current }, current };
  })(),
  sendTimes: { stored: { 1: { k: [NOW - 5000, NOW] } }, current: { k: [NOW - 5000, NOW] } },
  notes: (() => {
    const v1 = [{ id: 'n1', site: 'messenger', text: 'not today', rules: ['past'], at: NOW }];
    // Notes from before were already listed in Settings: they count as looked at.
    const current = [{ ...v1[0], chatTitle: null, seenAt: NOW }];
    return { stored: { 1: v1, 2: current }, current };
  })(),
  corrections: { stored: { 1: { byRule: { begging: 2 } } }, current: { byRule: { begging: 2 } } },
  health: (() => {
    const health = {
      whatsapp: null,
      messenger: { site: 'messenger', status: 'broken', detail: 'no composer', at: NOW },
    };
    // Saved before Google Messages, Instagram and Telegram Web were sites: they read as not
    // opened yet, and the stored value stays as it was (the same version: nothing to migrate).
    return {
      stored: { 1: health },
      current: { ...health, 'google-messages': null, instagram: null, telegram: null },
      storedCurrent: health,
    };
  })(),
};

/** The version WXT records for `key` when this build writes it. */
async function currentVersion(name: string): Promise<number> {
  fakeBrowser.reset();
  await items()[name]!.set(SAMPLES[name]!.current);
  const meta = (await fakeBrowser.storage.local.get(`${name}$`))[`${name}$`] as { v: number };
  return meta.v;
}

describe('stored values from every earlier version', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has samples for every stored value', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(items()).sort());
  });

  for (const name of Object.keys(SAMPLES)) {
    it(`${name}: a sample of every version up to the current one reads as the current shape`, async () => {
      const version = await currentVersion(name);
      const sample = SAMPLES[name]!;
      expect(Object.keys(sample.stored).map(Number).sort()).toEqual(
        Array.from({ length: version }, (_, i) => i + 1),
      );
      for (let v = 1; v <= version; v++) {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set({ [name]: sample.stored[v], [`${name}$`]: { v } });
        expect(await items()[name]!.get(), `${name} from v${v}`).toEqual(sample.current);
        const stored = await fakeBrowser.storage.local.get([name, `${name}$`]);
        expect(stored[`${name}$`]).toEqual({ v: version });
        expect(stored[name]).toEqual(sample.storedCurrent ?? sample.current);
        expect(await getRecoveries()).toEqual([]);
      }
    });
  }

  it('a value stored before versions were recorded reads as version 1', async () => {
    for (const name of Object.keys(SAMPLES)) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ [name]: SAMPLES[name]!.stored[1] });
      expect(await items()[name]!.get(), name).toEqual(SAMPLES[name]!.current);
    }
    expect(await getRecoveries()).toEqual([]);
  });
});
