import { ruleShort } from '../../i18n/rule-text';
import type { Finding } from '../../rules/types';

/**
 * What a finding is called in the live warning: a few plain words, worded for how far the finding
 * reaches (plain love in a chat the person listed is "words of love").
 */
export function chipName(finding: Finding): string {
  return ruleShort(finding.rule, finding.reach);
}
