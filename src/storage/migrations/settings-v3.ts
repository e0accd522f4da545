import { isPlainObject } from '../recover';

/**
 * Settings version 4 adds `rulesOffInChats`: rules the person marked "not risky" for one chat
 * only (the pause dialog's and chip's "Not risky" → "Not in this chat"). Version 3 had none.
 */

/**
 * v3 → v4. Pure and defensive (never throws): adds the empty list, keeps everything else as it
 * was. A value that is not an object is passed through, so reading resets it and says so; a
 * value that already has the list (interrupted migration) keeps it.
 */
export function migrateSettingsV3ToV4(previous: unknown): unknown {
  if (!isPlainObject(previous)) return previous;
  if ('rulesOffInChats' in previous) return previous;
  return { ...previous, rulesOffInChats: [] };
}
