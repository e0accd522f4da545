import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/rules/index';
import { isQuietTime } from '../../../src/rules/rules/late-night';
import { lateNightExamples } from '../../../src/rules/rules/late-night.examples';
import { parseWallClock } from '../../../src/rules/time';
import { makeContext } from './helpers';

const at = (s: string) => parseWallClock(s)!;
const fired = (time: string) =>
  analyze('ok', makeContext({ at: at(time) })).some((f) => f.rule === 'late-night');

describe('late-night', () => {
  it.each(lateNightExamples.positive)('fires at %s', (t) => expect(fired(t)).toBe(true));
  it.each(lateNightExamples.negative)('stays quiet at %s', (t) => expect(fired(t)).toBe(false));

  it('names the time, has no spans and weighs low', () => {
    const [f] = analyze('hey', makeContext({ at: at('2026-11-18T23:40:00') }));
    expect(f).toMatchObject({ rule: 'late-night', severity: 'low', spans: [] });
    expect(f?.reason).toContain('23:40');
  });

  it('counts after-midnight hours as the night they started on', () => {
    // 2026-11-21 is a Saturday; 01:00 on it is Friday night (day 5).
    const fridayNights = { start: 22 * 60, end: 6 * 60, days: [5] };
    expect(isQuietTime(at('2026-11-21T01:00:00'), fridayNights)).toBe(true);
    expect(isQuietTime(at('2026-11-20T23:00:00'), fridayNights)).toBe(true);
    expect(isQuietTime(at('2026-11-22T01:00:00'), fridayNights)).toBe(false);
  });

  it('supports a same-day window and treats start = end as no quiet hours', () => {
    const afternoon = { start: 13 * 60, end: 15 * 60, days: [0, 1, 2, 3, 4, 5, 6] };
    expect(isQuietTime(at('2026-11-18T13:00:00'), afternoon)).toBe(true);
    expect(isQuietTime(at('2026-11-18T15:00:00'), afternoon)).toBe(false);
    expect(isQuietTime(at('2026-11-18T23:00:00'), { ...afternoon, start: 600, end: 600 })).toBe(
      false,
    );
  });

  it('stays quiet without a usable time', () => {
    expect(analyze('hey', makeContext({ at: Number.NaN }))).toEqual([]);
  });
});
