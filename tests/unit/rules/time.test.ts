import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  formatClock,
  formatWallClock,
  minuteOfDay,
  parseWallClock,
  toWallClock,
} from '../../../src/rules/time';

describe('wall-clock time', () => {
  it('parses a zone-less local time', () => {
    expect(parseWallClock('2026-11-18T23:40:00')).toBe(Date.UTC(2026, 10, 18, 23, 40, 0));
    expect(parseWallClock('2026-11-18T23:40')).toBe(Date.UTC(2026, 10, 18, 23, 40));
    expect(parseWallClock('2026-11-18T23:40:00.5')).toBe(Date.UTC(2026, 10, 18, 23, 40, 0, 500));
  });

  it.each([
    '2026-02-30T10:00:00',
    '2026-11-18T24:00:00',
    '2026-11-18T23:40:00Z',
    '2026-11-18',
    '',
    'soon',
  ])('rejects %j', (text) => expect(parseWallClock(text)).toBeNull());

  it('round-trips through formatWallClock', () => {
    expect(formatWallClock(parseWallClock('0099-01-02T03:04:05')!)).toBe('0099-01-02T03:04:05');
  });

  it('reads the local fields of a Date', () => {
    const d = new Date(2026, 10, 18, 23, 40, 5);
    const w = toWallClock(d);
    expect(formatWallClock(w)).toBe('2026-11-18T23:40:05');
    expect(minuteOfDay(w)).toBe(23 * 60 + 40);
    expect(dayOfWeek(w)).toBe(3);
    expect(formatClock(w)).toBe('23:40');
  });
});
