import type { WallClockMs } from './types';

/**
 * Wall-clock helpers. The engine reasons about the time on the person's clock, not instants, so
 * a wall-clock time is stored as `Date.UTC(...)` of its local fields and read back with the
 * `getUTC*` methods. No time zone is ever consulted inside the engine.
 */

const MINUTE = 60_000;
export const HOUR_MS = 60 * MINUTE;
export const DAY_MS = 24 * HOUR_MS;

/** The wall-clock time a JS Date shows in the runtime's local zone. */
export function toWallClock(date: Date): WallClockMs {
  return Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
}

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Parses a zone-less local time such as "2026-11-18T23:40:00" (seconds and milliseconds
 * optional). Returns null for anything else, including impossible dates ("2026-02-30T10:00")
 * and strings with a zone ("…Z", "…+01:00"), which would be ambiguous here.
 */
export function parseWallClock(text: string): WallClockMs | null {
  const m = LOCAL_ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
  // ".5" is half a second: pad the fraction to milliseconds.
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (month! < 1 || month! > 12 || hour! > 23 || minute! > 59 || second! > 59) return null;
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  const check = new Date(0);
  check.setUTCFullYear(year!, month! - 1, day!);
  check.setUTCHours(hour!, minute!, second!, ms);
  const value = check.getTime();
  // 30 February rolls over into March; reading the fields back catches it.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month! - 1
  ) {
    return null;
  }
  return value;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2026-11-18T23:40:00", the inverse of parseWallClock. */
export function formatWallClock(at: WallClockMs): string {
  const d = new Date(at);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** "23:40", for reasons shown to the person. */
export function formatClock(at: WallClockMs): string {
  const d = new Date(at);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Minutes after midnight on the wall clock (0…1439). */
export function minuteOfDay(at: WallClockMs): number {
  const d = new Date(at);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

/** Day of the week on the wall clock, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(at: WallClockMs): number {
  return new Date(at).getUTCDay();
}

/** True for a number the Date functions accept (±8.64e15 ms around 1970). */
export function isValidWallClock(at: unknown): at is WallClockMs {
  return typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= 8.64e15;
}
