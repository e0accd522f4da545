/**
 * Local calendar days as "YYYY-MM-DD" keys. Counters are kept per day the person lived (their
 * time zone), and day arithmetic goes through calendar dates, so a 23- or 25-hour day around a
 * daylight-saving change is still one day.
 */
export type DayKey = string;
/** "YYYY-MM". */
export type MonthKey = string;

export const DAY_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function localDayKey(epochMs: number): DayKey {
  const date = new Date(epochMs);
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function monthOf(day: DayKey): MonthKey {
  return day.slice(0, 7);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

export function addDays(day: DayKey, days: number): DayKey {
  const date = new Date(toUtcMs(day) + days * MS_PER_DAY);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: MonthKey, to: MonthKey): number {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  return ((toYear ?? 0) - (fromYear ?? 0)) * 12 + ((toMonth ?? 0) - (fromMonth ?? 0));
}

function toUtcMs(day: DayKey): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

function formatDay(year: number, month: number, date: number): DayKey {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
