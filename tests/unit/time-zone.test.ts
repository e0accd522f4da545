// The zone the test runs are pinned to (tests/time-zone.ts): it must really give the local hour
// asked for at any UTC hour, and it must reach the test workers.
import { describe, expect, it } from 'vitest';
import { testTimeZone, zoneWithLocalHour } from '../time-zone';

/** The local hour `zone` shows at `at`, from ICU's zone data (not from our arithmetic). */
function hourIn(zone: string, at: Date): number {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return Number(text);
}

describe('zoneWithLocalHour', () => {
  const utcHours = Array.from({ length: 24 }, (_, h) => h);

  it.each([2, 12, 0, 23])('gives local hour %i at every UTC hour', (hour) => {
    for (const utc of utcHours) {
      const at = new Date(Date.UTC(2026, 11, 1, utc, 59));
      const zone = zoneWithLocalHour(hour, at);
      expect(zone).toMatch(/^Etc\/GMT([+-]\d{1,2})?$/);
      expect(hourIn(zone, at), `${zone} at ${utc}:59 UTC`).toBe(hour);
    }
  });

  it('names zones with the inverted Etc/GMT signs', () => {
    const at = new Date(Date.UTC(2026, 11, 1, 7, 30));
    expect(zoneWithLocalHour(23, at)).toBe('Etc/GMT+8'); // UTC-8
    expect(zoneWithLocalHour(9, at)).toBe('Etc/GMT-2'); // UTC+2
    expect(zoneWithLocalHour(7, at)).toBe('Etc/GMT');
  });
});

describe('testTimeZone', () => {
  const at = new Date(Date.UTC(2026, 11, 1, 7, 30));

  it('is night by default, day or a named zone on request', () => {
    expect(hourIn(testTimeZone(undefined, at)!, at)).toBe(2);
    expect(hourIn(testTimeZone('night', at)!, at)).toBe(2);
    expect(hourIn(testTimeZone('day', at)!, at)).toBe(12);
    expect(testTimeZone('Asia/Kathmandu', at)).toBe('Asia/Kathmandu');
  });
});

describe('this run', () => {
  const wanted = process.env.TEST_TZ ?? 'night';

  it.runIf(wanted === 'night')('happens in the small hours, inside the default quiet hours', () => {
    // Pinned to 02:00-02:59 when the run started; a slow run may have reached 03:xx.
    expect([2, 3]).toContain(new Date().getHours());
  });

  it.runIf(wanted === 'day')('happens around noon, outside the default quiet hours', () => {
    expect([12, 13]).toContain(new Date().getHours());
  });
});
