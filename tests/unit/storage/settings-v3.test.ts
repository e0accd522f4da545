// Settings store the switches as what differs from the defaults (version 3), so a release that
// adds rules or sites reads settings saved before it with every choice kept and no notice.
// The twelve-rule release's record is written out below; RULE_IDS here holds more (this release's
// new rules) and is made longer still, as a later release's rules will make it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../src/rules/types', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/rules/types')>();
  return { ...actual, RULE_IDS: [...actual.RULE_IDS, 'a-rule-from-next-year'] };
});

const { RULE_IDS } = await import('../../../src/rules/types');
const { parseSettingsImport } = await import('../../../src/storage/import-export');
const { migrateSettings } = await import('../../../src/storage/migrations/settings');
const { migrateSettingsV2ToV3 } = await import('../../../src/storage/migrations/settings-v2');
const { getRecoveries } = await import('../../../src/storage/recoveries');
const { defineSettingsValue } = await import('../../../src/storage/settings');
const { settingsFromStored, storedSettingsSchema, settingsToStored, DEFAULT_SETTINGS } =
  await import('../../../src/storage/settings-schema');

/** Settings exactly as the release with twelve rules and two sites writes them (version 2). */
const SAVED_BY_V2 = {
  sites: { whatsapp: true, messenger: false },
  guardMode: 'listed',
  guardedChats: [{ site: 'whatsapp', title: 'Robin' }],
  pauseSeconds: 9,
  snoozeUntil: null,
  engine: {
    enabledRules: {
      begging: false,
      'late-night': true,
      past: true,
      future: true,
      frequency: false,
      'double-text': true,
      'guilt-trip': true,
      anger: true,
      'new-partner': true,
      'pet-name': false,
      pressure: true,
      'self-harm': true,
    },
    quietHours: { start: 1380, end: 420, days: [5, 6] },
    frequency: { perHour: 9, perDay: 30 },
    doubleText: { unanswered: 3 },
    sensitivity: 'strict',
    watchPhrases: [{ phrase: 'sunflower', rule: 'past' }],
    neverFlag: ['pick up the kids'],
  },
};

const OFF = new Set(['begging', 'frequency', 'pet-name']);

function expectEveryChoiceKept(settings: typeof DEFAULT_SETTINGS) {
  // Google Messages and Instagram came after that release: on by default.
  // Google Messages came after that release: on by default.
  expect(settings.sites).toEqual({
    whatsapp: true,
    messenger: false,
    'google-messages': true,
    instagram: true,
    telegram: true,
  });
  expect(settings.guardMode).toBe('listed');
  expect(settings.guardedChats).toEqual([{ site: 'whatsapp', title: 'Robin' }]);
  expect(settings.unguardedChats).toEqual([]);
  expect(settings.pauseSeconds).toBe(9);
  const { enabledRules, ...tuning } = settings.engine;
  const { enabledRules: _, ...savedTuning } = SAVED_BY_V2.engine;
  expect(tuning).toEqual(savedTuning);
  expect(enabledRules).toEqual(Object.fromEntries(RULE_IDS.map((id) => [id, !OFF.has(id)])));
}

describe('settings saved by the twelve-rule release, read by one with more rules', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has the new rules (the test would prove nothing otherwise)', () => {
    expect(RULE_IDS).toContain('a-rule-from-next-year');
    expect(RULE_IDS.length).toBeGreaterThan(Object.keys(SAVED_BY_V2.engine.enabledRules).length);
    for (const id of Object.keys(SAVED_BY_V2.engine.enabledRules)) expect(RULE_IDS).toContain(id);
  });

  it('the pure migration keeps every choice; new rules are on', () => {
    const stored = storedSettingsSchema.parse(migrateSettings(SAVED_BY_V2, 2));
    expect(stored.sitesOff).toEqual(['messenger']);
    expect(stored.engine.rulesOff).toEqual(['begging', 'frequency', 'pet-name']);
    expectEveryChoiceKept(settingsFromStored(stored));
  });

  it('loads from storage with every choice kept and no recovery notice', async () => {
    await fakeBrowser.storage.local.set({ settings: SAVED_BY_V2, settings$: { v: 2 } });
    expectEveryChoiceKept(await defineSettingsValue().get());
    expect(await getRecoveries()).toEqual([]);
    // Read again after the migrated value was written back: the same, still no notice.
    expectEveryChoiceKept(await defineSettingsValue().get());
    expect(await getRecoveries()).toEqual([]);
  });

  it('imports a file exported by that release the same way', () => {
    const file = JSON.stringify({
      format: 'second-thought-settings',
      version: 2,
      settings: SAVED_BY_V2,
    });
    const imported = parseSettingsImport(file);
    if (!imported.ok) throw new Error(imported.error);
    expectEveryChoiceKept(imported.settings);
  });

  it('ignores switches for rules and sites it does not know, without a notice', async () => {
    const fromElsewhere = structuredClone(SAVED_BY_V2) as Record<string, unknown> & {
      sites: Record<string, boolean>;
      engine: { enabledRules: Record<string, boolean> };
    };
    fromElsewhere.engine.enabledRules.mood = false;
    fromElsewhere.sites.signal = false;
    await fakeBrowser.storage.local.set({ settings: fromElsewhere, settings$: { v: 2 } });
    expectEveryChoiceKept(await defineSettingsValue().get());
    expect(await getRecoveries()).toEqual([]);
    const file = { format: 'second-thought-settings', version: 2, settings: fromElsewhere };
    const imported = parseSettingsImport(JSON.stringify(file));
    if (!imported.ok) throw new Error(imported.error);
    expectEveryChoiceKept(imported.settings);
  });

  it('stores only what differs from the defaults', async () => {
    const value = defineSettingsValue();
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.engine.enabledRules.longing = false;
    await value.set(settings);
    const { settings: stored } = (await fakeBrowser.storage.local.get('settings')) as {
      settings: { sitesOff: string[]; engine: Record<string, unknown> };
    };
    expect(stored.sitesOff).toEqual([]);
    expect(stored.engine.rulesOff).toEqual(['longing']);
    expect(stored.engine).not.toHaveProperty('enabledRules');
    expect(await value.get()).toEqual(settings);
  });

  it('a v3 value naming a rule this release lacks reads without a notice', async () => {
    const stored = settingsToStored(DEFAULT_SETTINGS);
    stored.engine.rulesOff = ['begging', 'rule-from-next-year'];
    stored.sitesOff = ['site-from-next-year'];
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 3 } });
    const settings = await defineSettingsValue().get();
    expect(settings.engine.enabledRules.begging).toBe(false);
    expect(settings.sites).toEqual({
      whatsapp: true,
      messenger: true,
      'google-messages': true,
      instagram: true,
      telegram: true,
    });
    expect(await getRecoveries()).toEqual([]);
  });
});

describe('migrateSettingsV2ToV3 (pure)', () => {
  it('adds an empty list of chats left alone and keeps one it finds', () => {
    expect(migrateSettingsV2ToV3(SAVED_BY_V2)).toMatchObject({ unguardedChats: [] });
    const chats = [{ site: 'whatsapp', title: 'Mum' }];
    expect(migrateSettingsV2ToV3({ ...SAVED_BY_V2, unguardedChats: chats })).toMatchObject({
      unguardedChats: chats,
    });
  });

  it('leaves a value that is already v3 as it is (interrupted migration)', () => {
    const v3 = settingsToStored(DEFAULT_SETTINGS);
    expect(migrateSettingsV2ToV3(v3)).toEqual(v3);
    expect(migrateSettings(v3, 3)).toBe(v3);
  });

  it('never throws, and passes a damaged switches record through to be reset', () => {
    for (const garbage of [null, 3, 'x', [], { engine: 5 }, { sites: 'on', engine: {} }]) {
      expect(() => migrateSettingsV2ToV3(garbage)).not.toThrow();
    }
    expect(migrateSettingsV2ToV3({ sites: 'on' })).toMatchObject({ sitesOff: 'on' });
    expect(migrateSettingsV2ToV3({ engine: { enabledRules: 7 } })).toMatchObject({
      engine: { rulesOff: 7 },
    });
  });

  it('a damaged switches record is reset with a notice naming it', async () => {
    fakeBrowser.reset();
    const damaged = { ...SAVED_BY_V2, engine: { ...SAVED_BY_V2.engine, enabledRules: 'all' } };
    await fakeBrowser.storage.local.set({ settings: damaged, settings$: { v: 2 } });
    const settings = await defineSettingsValue().get();
    expect(Object.values(settings.engine.enabledRules).every(Boolean)).toBe(true);
    expect((await getRecoveries()).map((r) => r.reset)).toEqual([['engine.rulesOff']]);
  });
});
