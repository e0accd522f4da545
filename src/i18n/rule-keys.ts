import type { RuleId } from '../rules/types';

/**
 * Where a rule's words live in the translated locale files (es, pt_BR): `rule_<id>_<field>`, the
 * id with "_" for "-" (browser.i18n message names allow no hyphen). English stays in the rule
 * modules, the one source of truth; en.yml has no rule keys, so an English interface (or a key a
 * locale lacks, which tests/unit/i18n/rule-messages.test.ts forbids) shows the module's words.
 */
export type RuleField =
  | 'name'
  | 'short'
  | 'closeShort'
  | 'why'
  | 'reason'
  | 'reasonListed'
  | 'reasonOne'
  | 'reasonDay'
  | 'suggestion';

/**
 * The fields every rule has in every translated locale. `closeShort` and `reasonListed` exist
 * for a rule whose English differs by reach; the timing rules carry their figures in extra keys.
 */
export const RULE_FIELDS = ['name', 'short', 'why', 'reason', 'suggestion'] as const;

export const RULE_EXTRA_FIELDS: Partial<Record<RuleId, readonly RuleField[]>> = {
  'double-text': ['reasonOne'],
  frequency: ['reasonDay'],
};

/** The message name as browser.i18n.getMessage takes it (and as each _locales messages.json has it). */
export function ruleMessageName(rule: RuleId, field: RuleField): string {
  return `rule_${rule.replaceAll('-', '_')}_${field}`;
}
