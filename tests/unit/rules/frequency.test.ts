import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/rules/index';
import { frequencyExamples } from '../../../src/rules/rules/frequency.examples';
import { DAYTIME, makeContext } from './helpers';

const MIN = 60_000;
const fires = (minutesAgo: readonly number[], settings = {}) =>
  analyze(
    'hi',
    makeContext({ recentSends: minutesAgo.map((m) => DAYTIME - m * MIN) }, settings),
  ).find((f) => f.rule === 'frequency');

describe('frequency', () => {
  it.each(frequencyExamples.positive.map((s) => [s.length, s]))(
    'fires with %i earlier sends %j',
    (_n, sends) => expect(fires(sends)).toBeDefined(),
  );
  it.each(frequencyExamples.negative.map((s) => [s.length, s]))(
    'stays quiet with %i earlier sends %j',
    (_n, sends) => expect(fires(sends)).toBeUndefined(),
  );

  it('says which message this would be', () => {
    expect(fires([1, 2, 3, 4, 5, 6])?.reason).toContain('message 7 to this chat within an hour');
    const daily = Array.from({ length: 20 }, (_, i) => 90 + i * 60);
    expect(fires(daily)?.reason).toContain('message 21 to this chat within a day');
  });

  it('ignores sends after the draft time and follows the settings', () => {
    expect(fires([-1, -2, -3, -4, -5, -6])).toBeUndefined();
    expect(fires([1, 2], { frequency: { perHour: 3, perDay: 21 } })).toBeDefined();
  });
});
