import { RULES } from '../rules/registry';
import { RULE_IDS, type RuleId } from '../rules/types';

/**
 * Each pattern in plain words, for the popup's "seen most often" list and the options page's
 * per-rule switches. Derived from the label each rule's module carries, so a new rule needs no
 * change here.
 */
export const RULE_LABELS: Record<RuleId, { name: string; reason: string }> = Object.fromEntries(
  RULE_IDS.map((id) => {
    const { name, why } = RULES[id].rule.label;
    return [id, { name, reason: why }];
  }),
) as Record<RuleId, { name: string; reason: string }>;
