import type { ContextRule, SafeContext } from '../context-rule';
import { DAY_MS, HOUR_MS } from '../time';

/**
 * `frequency`: too many messages to this chat in a short time. With the defaults (7 per hour,
 * 21 per day) the draft fires when it would be the 7th within 60 minutes, that is when at least
 * 6 earlier sends fall in [at - 60 min, at], or the 21st within 24 hours (20 earlier sends in
 * [at - 24 h, at]). Both ends are inclusive: a send exactly 60 minutes ago still counts. Sends
 * recorded after `at` are ignored. Sensitivity does not apply: the person sets the limits.
 */
export function countSince(sends: readonly number[], at: number, windowMs: number): number {
  let count = 0;
  for (const t of sends) if (t <= at && t >= at - windowMs) count++;
  return count;
}

export const frequency: ContextRule = {
  id: 'frequency',
  severity: 'medium',
  label: {
    name: 'Many messages in a short time',
    short: 'many messages in a short time',
    why: 'Space is what lets you both heal; constant contact takes it away.',
  },
  suggestion:
    'Give the conversation some room: save this as an unsent note and let them answer in their own time.',
  evaluate(context: SafeContext) {
    if (context.at === null) return null;
    const { perHour, perDay } = context.settings.frequency;
    const lastHour = countSince(context.recentSends, context.at, HOUR_MS);
    const lastDay =
      lastHour + 1 >= perHour ? 0 : countSince(context.recentSends, context.at, DAY_MS);
    let reason: string;
    if (lastHour + 1 >= perHour) {
      reason = `This would be message ${lastHour + 1} to this chat within an hour, and a steady stream of messages takes away the space you both need.`;
    } else if (lastDay + 1 >= perDay) {
      reason = `This would be message ${lastDay + 1} to this chat within a day, and a steady stream of messages takes away the space you both need.`;
    } else {
      return null;
    }
    return {
      rule: 'frequency',
      severity: 'medium',
      spans: [],
      // About the relationship, not the words: only where the person asked for a close guard.
      reach: 'listed',
      reason,
      suggestion: frequency.suggestion,
    };
  },
};
