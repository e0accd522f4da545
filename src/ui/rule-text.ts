import { ruleName, ruleWhy } from '../i18n/rule-text';
import { RULE_IDS, type RuleId } from '../rules/types';

/**
 * Each pattern in plain words, for the popup's "seen most often" list and the options page's
 * per-rule switches, in the interface language (English from each rule's module, the other
 * languages from the locale files by rule id). Getters, so each read follows the browser's
 * language, and a new rule needs no change here.
 */
export const RULE_LABELS: Record<RuleId, { readonly name: string; readonly reason: string }> =
  Object.fromEntries(
    RULE_IDS.map((id) => [
      id,
      {
        get name() {
          return ruleName(id);
        },
        get reason() {
          return ruleWhy(id);
        },
      },
    ]),
  ) as Record<RuleId, { name: string; reason: string }>;
