import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverValue } from '../../../src/storage/recover';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/storage/settings-schema';
import { z } from '../../../src/storage/zod';

describe('recoverValue', () => {
  it('returns a valid value as parsed, with nothing reset', () => {
    expect(recoverValue(settingsSchema, DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual({
      value: DEFAULT_SETTINGS,
      reset: [],
    });
  });

  it('resets only the broken field of an object, keeping the others', () => {
    const stored = { ...DEFAULT_SETTINGS, pauseSeconds: 30, guardMode: 'listed', sites: 'x' };
    const { value, reset } = recoverValue(settingsSchema, stored, DEFAULT_SETTINGS);
    expect(value).toEqual({ ...DEFAULT_SETTINGS, pauseSeconds: 30, guardMode: 'listed' });
    expect(reset).toEqual(['sites']);
  });

  it('reaches into nested objects', () => {
    const engine = { ...DEFAULT_SETTINGS.engine, quietHours: { start: -5, end: 300, days: [1] } };
    const { value, reset } = recoverValue(
      settingsSchema,
      { ...DEFAULT_SETTINGS, engine },
      DEFAULT_SETTINGS,
    );
    expect(value.engine.quietHours).toEqual({ start: 22 * 60, end: 300, days: [1] });
    expect(reset).toEqual(['engine.quietHours.start']);
  });

  it('drops invalid list items and keeps the valid ones', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      guardedChats: [{ site: 'whatsapp', title: 'A' }, { site: 'fax', title: 'B' }, 7],
    };
    const { value, reset } = recoverValue(settingsSchema, stored, DEFAULT_SETTINGS);
    expect(value.guardedChats).toEqual([{ site: 'whatsapp', title: 'A' }]);
    expect(reset).toEqual(['guardedChats[1]', 'guardedChats[2]']);
  });

  it('drops unknown keys of strict objects', () => {
    const enabledRules = { ...DEFAULT_SETTINGS.engine.enabledRules, begging: false, extra: true };
    const stored = { ...DEFAULT_SETTINGS, engine: { ...DEFAULT_SETTINGS.engine, enabledRules } };
    const { value } = recoverValue(settingsSchema, stored, DEFAULT_SETTINGS);
    expect(value.engine.enabledRules).toEqual({
      ...DEFAULT_SETTINGS.engine.enabledRules,
      begging: false,
    });
  });

  it('cuts an over-long list to its newest entries', () => {
    const schema = z.array(z.number()).max(3);
    expect(recoverValue(schema, [1, 2, 3, 4, 5], [])).toEqual({
      value: [3, 4, 5],
      reset: ['(over 3 entries)'],
    });
  });

  it('drops bad record entries', () => {
    const schema = z.record(z.string().regex(/^k/), z.number());
    expect(recoverValue(schema, { k1: 1, k2: 'x', z: 3 }, {})).toEqual({
      value: { k1: 1 },
      reset: ['k2', 'z'],
    });
  });

  it('resets the whole value when nothing can be kept', () => {
    for (const garbage of [null, undefined, 'text', 42, [1, 2], true]) {
      const { value, reset } = recoverValue(settingsSchema, garbage, DEFAULT_SETTINGS);
      expect(value).toEqual(DEFAULT_SETTINGS);
      expect(reset).toEqual(['']);
    }
  });

  it('always gives valid settings, whatever is stored (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (garbage) => {
        const { value } = recoverValue(settingsSchema, garbage, DEFAULT_SETTINGS);
        expect(settingsSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every other field when one top-level field is garbage (property)', () => {
    const fields = Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[];
    const stored = { ...DEFAULT_SETTINGS, pauseSeconds: 17, guardMode: 'listed' as const };
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, garbage) => {
        const { value } = recoverValue(
          settingsSchema,
          { ...stored, [field]: garbage },
          DEFAULT_SETTINGS,
        );
        for (const other of fields) {
          if (other !== field) expect(value[other]).toEqual(stored[other]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
