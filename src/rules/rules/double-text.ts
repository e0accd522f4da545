import type { ContextRule, SafeContext } from '../context-rule';

/**
 * `double-text`: writing again while earlier messages are still unanswered. Fires when the number
 * of unanswered outgoing messages is at least `settings.doubleText.unanswered` (default 2).
 * Sensitivity does not apply: the person sets the threshold.
 */
export const doubleText: ContextRule = {
  id: 'double-text',
  severity: 'low',
  label: {
    name: 'Writing again before a reply',
    short: 'earlier messages still unanswered',
    why: 'When earlier messages are still unanswered, the next move is theirs.',
  },
  suggestion:
    'The next move is theirs for now: save this as an unsent note and wait to hear back first.',
  evaluate(context: SafeContext) {
    const waiting = context.unanswered;
    if (waiting < context.settings.doubleText.unanswered) return null;
    return {
      rule: 'double-text',
      severity: 'low',
      spans: [],
      // About the relationship, not the words: only where the person asked for a close guard.
      reach: 'listed',
      reason: `${waiting === 1 ? 'One of your messages here is' : `${waiting} of your messages here are`} still waiting for a reply, and writing again before they answer tends to push people further away.`,
      suggestion: doubleText.suggestion,
    };
  },
};
