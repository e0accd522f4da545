import { DEFAULT_ENGINE_SETTINGS } from '../../rules/defaults';
import { isPlainObject } from '../recover';
import { engineSettingsSchema, guardedChatSchema, LIMITS } from '../settings-schema';
import { z } from '../zod';

/**
 * Settings version 1: the pre-release shape, kept so stored values and exported files from it
 * still load. It differed from version 2 in two ways:
 * - quiet hours were "HH:MM" strings ("22:00") instead of minutes after midnight;
 * - there was no `guardMode`: an empty `guardedChats` list meant "guard every chat".
 * Its `sites` record names that release's two sites literally, not from src/sites/table.ts: it
 * describes what was stored then, and must not change when the table grows.
 */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "22:00"');

export const settingsSchemaV1 = z.object({
  sites: z.object({ whatsapp: z.boolean(), messenger: z.boolean() }),
  guardedChats: z.array(guardedChatSchema).max(LIMITS.chatCount),
  pauseSeconds: z.number().int().min(0).max(LIMITS.pauseSeconds.max),
  snoozeUntil: z.number().int().nullable(),
  engine: engineSettingsSchema.extend({
    quietHours: z.object({
      start: clockTime,
      end: clockTime,
      days: z.array(z.number().int().min(0).max(6)).max(7),
    }),
  }),
});

export type SettingsV1 = z.infer<typeof settingsSchemaV1>;

export const DEFAULT_SETTINGS_V1: SettingsV1 = {
  sites: { whatsapp: true, messenger: true },
  guardedChats: [],
  pauseSeconds: 5,
  snoozeUntil: null,
  engine: {
    ...DEFAULT_ENGINE_SETTINGS,
    quietHours: { start: '22:00', end: '06:00', days: [0, 1, 2, 3, 4, 5, 6] },
  },
};

/**
 * v1 → v2. Pure and defensive: WXT only logs a migration that throws, so this never throws.
 * Parts it cannot convert are passed through unchanged; reading the value then resets just those
 * parts to defaults and records the recovery. Running it on a value that is already v2 (possible
 * when an earlier run was interrupted) leaves that value as it is.
 */
export function migrateSettingsV1ToV2(previous: unknown): unknown {
  if (!isPlainObject(previous)) return previous;
  const { engine, guardedChats, guardMode } = previous;
  const listed = Array.isArray(guardedChats) && guardedChats.length > 0;
  return {
    ...previous,
    guardMode: guardMode ?? (listed ? 'listed' : 'all'),
    engine: isPlainObject(engine)
      ? { ...engine, quietHours: migrateQuietHours(engine.quietHours) }
      : engine,
  };
}

function migrateQuietHours(quietHours: unknown): unknown {
  if (!isPlainObject(quietHours)) return quietHours;
  return {
    ...quietHours,
    start: clockTimeToMinute(quietHours.start),
    end: clockTimeToMinute(quietHours.end),
  };
}

/** "22:00" → 1320. Anything else is returned as it was. */
export function clockTimeToMinute(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return value;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return value;
  return hours * 60 + minutes;
}
