import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import {
  clockTimeToMinute,
  DEFAULT_SETTINGS_V1,
  migrateSettingsV1ToV2,
  type SettingsV1,
  settingsSchemaV1,
} from '../../../src/storage/migrations/settings-v1';
import { getRecoveries } from '../../../src/storage/recoveries';
import { defineSettingsValue } from '../../../src/storage/settings';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsFromStored,
  settingsToStored,
  storedSettingsSchema,
} from '../../../src/storage/settings-schema';

/** What this release reads from a value of `version`, migrated (as an import does). */
function readMigrated(value: unknown, version: number) {
  return settingsFromStored(storedSettingsSchema.parse(migrateSettings(value, version)));
}

const v1: SettingsV1 = {
  ...DEFAULT_SETTINGS_V1,
  guardedChats: [{ site: 'messenger', title: 'Robin' }],
  pauseSeconds: 8,
  engine: {
    ...DEFAULT_SETTINGS_V1.engine,
    quietHours: { start: '21:30', end: '07:05', days: [1, 2] },
    neverFlag: ['pick up the kids'],
  },
};

const v1AsV2: Settings = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [{ site: 'messenger', title: 'Robin' }],
  pauseSeconds: 8,
  engine: {
    ...DEFAULT_SETTINGS.engine,
    quietHours: { start: 21 * 60 + 30, end: 7 * 60 + 5, days: [1, 2] },
    neverFlag: ['pick up the kids'],
  },
};

describe('settings v1 schema', () => {
  it('accepts the v1 defaults and rejects a v2 value', () => {
    expect(settingsSchemaV1.safeParse(DEFAULT_SETTINGS_V1).success).toBe(true);
    expect(settingsSchemaV1.safeParse(DEFAULT_SETTINGS).success).toBe(false);
  });
});

describe('migrateSettingsV1ToV2 (pure)', () => {
  it('converts clock strings to minutes and derives guardMode from the list', () => {
    expect(readMigrated(v1, 1)).toEqual(v1AsV2);
  });

  it('maps an empty guarded list to guarding every chat', () => {
    expect(migrateSettingsV1ToV2(DEFAULT_SETTINGS_V1)).toMatchObject({ guardMode: 'all' });
    expect(readMigrated(DEFAULT_SETTINGS_V1, 1)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrated v1 defaults equal the current defaults', () => {
    expect(readMigrated(DEFAULT_SETTINGS_V1, 1)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a value that is already v2 unchanged (interrupted migration)', () => {
    const v2 = {
      ...DEFAULT_SETTINGS,
      guardMode: 'all' as const,
      guardedChats: v1AsV2.guardedChats,
    };
    expect(migrateSettingsV1ToV2(v2)).toEqual(v2);
  });

  it('never throws, passing through what it cannot convert', () => {
    for (const garbage of [null, 3, 'x', [], { engine: 5 }, { engine: { quietHours: 'late' } }]) {
      expect(() => migrateSettingsV1ToV2(garbage)).not.toThrow();
    }
    expect(migrateSettingsV1ToV2('x')).toBe('x');
  });

  it('clockTimeToMinute reads HH:MM and leaves anything else alone', () => {
    expect(clockTimeToMinute('00:00')).toBe(0);
    expect(clockTimeToMinute('23:59')).toBe(1439);
    expect(clockTimeToMinute(' 6:30 ')).toBe(390);
    expect(clockTimeToMinute('24:00')).toBe('24:00');
    expect(clockTimeToMinute('7pm')).toBe('7pm');
    expect(clockTimeToMinute(420)).toBe(420);
  });

  it('migrateSettings from the current version is the identity', () => {
    const current = settingsToStored(v1AsV2);
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
  });
});

describe('settings item migration through WXT storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates a stored v1 value (unversioned, as v1 builds wrote it) on first read', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    const settings = defineSettingsValue();
    expect(await settings.get()).toEqual(v1AsV2);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(stored.settings).toEqual(settingsToStored(v1AsV2));
    expect(await getRecoveries()).toEqual([]);
  });

  it('migrates an explicitly versioned v1 value', async () => {
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    expect(await defineSettingsValue().get()).toEqual(v1AsV2);
  });

  it('recovers the parts of a damaged v1 value the migration could not convert', async () => {
    const damaged = {
      ...v1,
      engine: { ...v1.engine, quietHours: { start: 'late', end: '07:05', days: [1, 2] } },
    };
    await fakeBrowser.storage.local.set({ settings: damaged });
    const settings = await defineSettingsValue().get();
    expect(settings.engine.quietHours).toEqual({
      start: DEFAULT_SETTINGS.engine.quietHours.start,
      end: 7 * 60 + 5,
      days: [1, 2],
    });
    expect(settings.guardedChats).toEqual(v1AsV2.guardedChats);
    const log = await getRecoveries();
    expect(log.map((r) => r.reset)).toEqual([['engine.quietHours.start']]);
  });

  it('keeps reading (with defaults) a value from a newer version it cannot downgrade', async () => {
    await fakeBrowser.storage.local.set({ settings: { future: true }, settings$: { v: 9 } });
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await defineSettingsValue().get()).toEqual(DEFAULT_SETTINGS);
    } finally {
      console.error = original;
    }
  });
});
