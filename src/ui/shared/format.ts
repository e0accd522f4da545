import { uiLocale } from '../../i18n/locale';

/** Small formatters shared by the popup and the options page (the interface language). */

/** "14:05" in the person's locale. */
export function formatClock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** "67%", or an en dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(
    Math.round(share * 100) / 100,
  );
}

/** A local day "2026-11-25" as "25 Nov" (read as local midnight, never shifted by UTC). */
export function formatDay(day: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return date.toLocaleDateString(uiLocale(), {
    day: 'numeric',
    month: 'short',
    ...(style === 'long' ? { weekday: 'short' } : {}),
  });
}

/** Minutes after midnight as an `<input type="time">` value: 1320 → "22:00". */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** An `<input type="time">` value as minutes after midnight, or null if it is not a time. */
export function timeToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}

/** A note's time: "25 Nov 2026, 14:05". */
export function formatDateTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(uiLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
