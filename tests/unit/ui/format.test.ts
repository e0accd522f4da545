import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { formatShare, minutesToTime, timeToMinutes } from '../../../src/ui/shared/format';

describe('format', () => {
  it('round-trips every minute of the day through a time input value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (m) => {
        expect(timeToMinutes(minutesToTime(m))).toBe(m);
      }),
    );
    expect(minutesToTime(1320)).toBe('22:00');
    expect(timeToMinutes('06:30:00')).toBe(390);
  });

  it('rejects what is not a time', () => {
    for (const bad of ['', '24:00', '12:60', '7:00', 'noon']) expect(timeToMinutes(bad)).toBeNull();
  });

  it('formats shares and plurals', () => {
    expect(formatShare(null)).toBe('–');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(i18n.t('popup.streak.days', 1, { count: '1' })).toBe('1 day');
    expect(i18n.t('popup.streak.days', 0, { count: '0' })).toBe('0 days');
  });
});
