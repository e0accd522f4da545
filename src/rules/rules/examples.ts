/**
 * Shape of each rule's examples file (`<rule>.examples.ts`): drafts the rule must flag and drafts
 * it must leave alone, at the default (balanced) sensitivity. Every rule's unit test runs them.
 */
export interface TextExamples {
  positive: readonly string[];
  negative: readonly string[];
}
