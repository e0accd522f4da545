import type { RuleId } from '../../rules/types';

/** What each pattern is called in the live warning: a few plain words, no jargon. */
export const SHORT_RULE_NAMES: Record<RuleId, string> = {
  begging: 'pleading',
  'late-night': 'late at night',
  past: 'about the past',
  future: 'a future together',
  frequency: 'many messages in a short time',
  'double-text': 'earlier messages still unanswered',
  'guilt-trip': 'guilt',
  anger: 'anger',
  'new-partner': 'their dating life',
  'pet-name': 'an old pet name',
  pressure: 'pressure',
  'self-harm': 'a lot of pain',
};
