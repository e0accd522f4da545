import type { ContextRule, SafeContext } from '../context-rule';
import { DAY_MS, dayOfWeek, formatClock, minuteOfDay } from '../time';
import type { EngineSettings } from '../types';

/**
 * `late-night`: the message would be sent inside the quiet hours (default 22:00-06:00 every
 * night). The start minute is inside, the end minute outside. A window that crosses midnight
 * belongs to the night it started on: with days = [5, 6] (Friday and Saturday nights), Saturday
 * 01:00 is inside (Friday night) but Monday 01:00 is not. A window whose start equals its end is
 * empty. Sensitivity does not apply: the person sets the hours.
 */
export function isQuietTime(at: number, quiet: EngineSettings['quietHours']): boolean {
  const { start, end, days } = quiet;
  if (start === end) return false;
  const minute = minuteOfDay(at);
  let nightOf: number;
  if (start < end) {
    if (minute < start || minute >= end) return false;
    nightOf = at;
  } else if (minute >= start) {
    nightOf = at;
  } else if (minute < end) {
    nightOf = at - DAY_MS;
  } else {
    return false;
  }
  return days.includes(dayOfWeek(nightOf));
}

export const lateNight: ContextRule = {
  id: 'late-night',
  severity: 'low',
  label: {
    name: 'Late-night messages',
    short: 'late at night',
    why: 'Messages sent in the small hours are often impulsive, and they read that way.',
  },
  suggestion:
    'If it can wait, save it as an unsent note and read it again in the morning before deciding.',
  evaluate(context: SafeContext) {
    if (context.at === null || !isQuietTime(context.at, context.settings.quietHours)) return null;
    return {
      rule: 'late-night',
      severity: 'low',
      spans: [],
      // About the relationship, not the words: only where the person asked for a close guard.
      reach: 'listed',
      reason: `It is ${formatClock(context.at)}, inside your quiet hours, and late-night messages are often the ones people wish they had slept on.`,
      suggestion: lateNight.suggestion,
    };
  },
};
