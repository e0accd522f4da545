import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportSettingsJson,
  MAX_IMPORT_BYTES,
  parseSettingsImport,
  SETTINGS_FILE_FORMAT,
} from '../../../src/storage/import-export';
import { SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import { DEFAULT_SETTINGS_V1 } from '../../../src/storage/migrations/settings-v1';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsToStored,
} from '../../../src/storage/settings-schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [{ site: 'messenger', title: 'Jordan' }],
  engine: {
    ...DEFAULT_SETTINGS.engine,
    quietHours: { start: 23 * 60 + 30, end: 7 * 60, days: [5, 6] },
    watchPhrases: [{ phrase: 'one more chance', rule: 'begging' }],
  },
};

function file(settings: unknown, version = 2): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });
}

function errorOf(text: string): string {
  const result = parseSettingsImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('exportSettingsJson', () => {
  it('writes pretty JSON with the format marker and version', () => {
    const json = exportSettingsJson(custom);
    expect(json).toContain('\n  "format": "second-thought-settings"');
    expect(JSON.parse(json)).toEqual({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      settings: settingsToStored(custom),
    });
  });

  it('round-trips through parseSettingsImport', () => {
    expect(parseSettingsImport(exportSettingsJson(custom))).toEqual({ ok: true, settings: custom });
  });
});

describe('parseSettingsImport', () => {
  it('names the field and the rule it breaks', () => {
    const bad = {
      ...custom,
      engine: { ...custom.engine, quietHours: { start: 2000, end: 0, days: [] } },
    };
    expect(errorOf(file(bad))).toContain(
      'engine.quietHours.start: must be a whole number from 0 to 1439',
    );
  });

  it('describes a value of the wrong type by what it should be', () => {
    expect(errorOf(file({ ...custom, pauseSeconds: 'five' }))).toContain(
      'pauseSeconds: must be a whole number from 0 to 60',
    );
    expect(errorOf(file({ ...custom, snoozeUntil: 'soon' }))).toContain(
      'snoozeUntil: must be a whole number, or null',
    );
    expect(errorOf(file({ ...settingsToStored(custom), sitesOff: 'messenger' }, 3))).toContain(
      'sitesOff: must be a list',
    );
  });

  it('says which field is missing', () => {
    const { guardMode: _dropped, ...withoutMode } = custom;
    expect(errorOf(file(withoutMode))).toContain('guardMode: is missing');
  });

  it('lists allowed values for a choice', () => {
    expect(errorOf(file({ ...custom, guardMode: 'some' }))).toContain(
      'guardMode: must be one of "all", "listed"',
    );
  });

  it('points into lists', () => {
    const bad = {
      ...custom,
      guardedChats: [
        { site: 'whatsapp', title: 'ok' },
        { site: 'sms', title: 'x' },
      ],
    };
    expect(errorOf(file(bad))).toContain(
      'guardedChats[1].site: must be one of "whatsapp", "messenger"',
    );
  });

  it('ignores a rule switch from another release (it is no damage)', () => {
    const other = {
      ...custom,
      engine: { ...custom.engine, enabledRules: { ...custom.engine.enabledRules, mood: false } },
    };
    expect(parseSettingsImport(file(other))).toEqual({ ok: true, settings: custom });
    const v3 = settingsToStored(custom);
    v3.engine.rulesOff = ['mood'];
    expect(parseSettingsImport(file(v3, 3))).toEqual({ ok: true, settings: custom });
  });

  it('names a rule switch that is not true or false', () => {
    const bad = {
      ...custom,
      engine: { ...custom.engine, enabledRules: { ...custom.engine.enabledRules, past: 'no' } },
    };
    expect(errorOf(file(bad))).toContain('engine.rulesOff: must be a list');
  });

  it('gives the size limit of a list that is too long', () => {
    const guardedChats = Array.from({ length: 501 }, (_, i) => ({
      site: 'whatsapp',
      title: `c${i}`,
    }));
    expect(errorOf(file({ ...custom, guardedChats }))).toContain(
      'guardedChats: must have at most 500 entries',
    );
  });

  it('counts problems beyond the first three', () => {
    const bad = {
      ...custom,
      pauseSeconds: -1,
      guardMode: 1,
      sites: 2,
      snoozeUntil: 'x',
      engine: 3,
    };
    expect(errorOf(file(bad))).toMatch(/; and 2 more problems$/);
  });

  it('refuses files that are not JSON, not ours, or empty', () => {
    expect(errorOf('')).toBe('This file is empty.');
    expect(errorOf('{not json')).toMatch(/not valid JSON/);
    expect(errorOf('[1,2]')).toMatch(/not a Second Thought settings file/);
    expect(errorOf(JSON.stringify(custom))).toMatch(/not a Second Thought settings file/);
  });

  it('refuses a missing, broken or future version', () => {
    expect(errorOf(JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: custom }))).toMatch(
      /^version: must be a whole number/,
    );
    expect(errorOf(file(custom, 1.5))).toMatch(/^version:/);
    expect(errorOf(file(custom, SETTINGS_VERSION + 1))).toMatch(/newer version of Second Thought/);
  });

  it('refuses a file without settings', () => {
    expect(errorOf(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2 }))).toBe(
      'settings: is missing.',
    );
  });

  it('refuses input over 1 MB before parsing it', () => {
    const big = file({ ...custom, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(errorOf(big)).toMatch(/larger than 1 MB/);
    // Multi-byte characters count as bytes, not characters.
    const wide = file({ ...custom, padding: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 10) });
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(errorOf(wide)).toMatch(/larger than 1 MB/);
  });

  it('migrates a version 1 export', () => {
    const v1 = {
      ...DEFAULT_SETTINGS_V1,
      guardedChats: [{ site: 'whatsapp', title: 'Sam' }],
      engine: {
        ...DEFAULT_SETTINGS_V1.engine,
        quietHours: { start: '23:15', end: '05:00', days: [0, 6] },
      },
    };
    const result = parseSettingsImport(file(v1, 1));
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        guardMode: 'listed',
        guardedChats: [{ site: 'whatsapp', title: 'Sam' }],
        engine: {
          ...DEFAULT_SETTINGS.engine,
          quietHours: { start: 23 * 60 + 15, end: 300, days: [0, 6] },
        },
      },
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => file(v)),
        ),
        (text) => {
          const result = parseSettingsImport(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on deeply nested or hostile JSON', () => {
    expect(parseSettingsImport(`${'['.repeat(100000)}${']'.repeat(100000)}`).ok).toBe(false);
    expect(parseSettingsImport(file({ __proto__: { guardMode: 'all' } })).ok).toBe(false);
  });

  it('accepts every valid settings object it is given, unchanged', () => {
    const settingsArb = fc.record({
      pauseSeconds: fc.integer({ min: 0, max: 60 }),
      start: fc.integer({ min: 0, max: 1439 }),
      guardMode: fc.constantFrom('all', 'listed' as const),
    });
    fc.assert(
      fc.property(settingsArb, ({ pauseSeconds, start, guardMode }) => {
        const settings: Settings = {
          ...custom,
          pauseSeconds,
          guardMode,
          engine: { ...custom.engine, quietHours: { ...custom.engine.quietHours, start } },
        };
        expect(parseSettingsImport(exportSettingsJson(settings))).toEqual({ ok: true, settings });
      }),
    );
  });
});
