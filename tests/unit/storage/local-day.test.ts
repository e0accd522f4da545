import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  localDayKey,
  monthOf,
  monthsBetween,
} from '../../../src/storage/local-day';

describe('local days', () => {
  it('names the local calendar day of a moment', () => {
    expect(localDayKey(new Date(2026, 0, 5, 0, 0).getTime())).toBe('2026-01-05');
    expect(localDayKey(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(localDayKey(new Date(2026, 11, 31, 12).getTime())).toBe('2026-12-31');
  });

  it('counts calendar days, across months, years and leap days', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-24', '2026-11-25')).toBe(1);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
    expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('groups days into months and counts months', () => {
    expect(monthOf('2026-11-25')).toBe('2026-11');
    expect(monthsBetween('2025-12', '2026-01')).toBe(1);
    expect(monthsBetween('2021-11', '2026-11')).toBe(60);
  });
});
