import { RULES } from '../../rules/registry';
import type { Finding } from '../../rules/types';

/**
 * What a finding is called in the live warning: a few plain words from the rule's module, worded
 * for how far the finding reaches (plain love in a chat the person listed is "words of love").
 */
export function chipName(finding: Finding): string {
  const { short, closeShort } = RULES[finding.rule].rule.label;
  return finding.reach === 'listed' && closeShort ? closeShort : short;
}
