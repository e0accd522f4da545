import type { RuleId } from '../rules/types';

/**
 * Each pattern in plain words, for the popup's "seen most often" list and the options page's
 * per-rule switches. The reasons paraphrase guidance.md's table: one calm sentence, no blame.
 */
export const RULE_LABELS: Record<RuleId, { name: string; reason: string }> = {
  begging: {
    name: 'Pleading',
    reason: 'Pleading tends to push people away; if they come back, it is of their own accord.',
  },
  'late-night': {
    name: 'Late-night messages',
    reason: 'Messages sent in the small hours are often impulsive, and they read that way.',
  },
  past: {
    name: 'Bringing up the past',
    reason: 'Old memories and old fights put pressure on them and reopen the wound.',
  },
  future: {
    name: 'A future together',
    reason: 'Plans they have not agreed to can leave them feeling cornered.',
  },
  frequency: {
    name: 'Many messages in a short time',
    reason: 'Space is what lets you both heal; constant contact takes it away.',
  },
  'double-text': {
    name: 'Writing again before a reply',
    reason: 'When earlier messages are still unanswered, the next move is theirs.',
  },
  'guilt-trip': {
    name: 'Guilt and blame',
    reason: 'Guilt and demands make people keep their guard up.',
  },
  anger: {
    name: 'Anger and insults',
    reason: 'An angry message is one of the surest ways to end any chance of friendship.',
  },
  'new-partner': {
    name: 'Asking about their love life',
    reason: 'Their life is theirs now; prying reads as jealousy.',
  },
  'pet-name': {
    name: 'Old pet names',
    reason: 'Pet names slip back into the old relationship and blur the boundary.',
  },
  pressure: {
    name: 'Pressure to meet or for intimacy',
    reason: 'Pressure is disrespectful and wears the other person down.',
  },
  'self-harm': {
    name: 'Thoughts of self-harm',
    reason:
      'This may be a real crisis: reaching someone who can help matters more than any message.',
  },
};
