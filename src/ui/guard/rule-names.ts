import { RULES } from '../../rules/registry';
import { RULE_IDS, type RuleId } from '../../rules/types';

/** What each pattern is called in the live warning: a few plain words, from the rule's module. */
export const SHORT_RULE_NAMES: Record<RuleId, string> = Object.fromEntries(
  RULE_IDS.map((id) => [id, RULES[id].rule.label.short]),
) as Record<RuleId, string>;
