import type { ContextRule } from './context-rule';
import { anger } from './rules/anger';
import { begging } from './rules/begging';
import { doubleText } from './rules/double-text';
import { frequency } from './rules/frequency';
import { future } from './rules/future';
import { guiltTrip } from './rules/guilt-trip';
import { lateNight } from './rules/late-night';
import { longLetter } from './rules/long-letter';
import { longing } from './rules/longing';
import { newPartner } from './rules/new-partner';
import { past } from './rules/past';
import { petName } from './rules/pet-name';
import { pressure } from './rules/pressure';
import { rehash } from './rules/rehash';
import { selfHarm } from './rules/self-harm';
import type { TextRule } from './text-rule';
import type { RuleId } from './types';

/** Every rule by id; `satisfies` makes the compiler insist on every id in RULE_IDS. */
export const RULES = {
  begging: { kind: 'text', rule: begging },
  'late-night': { kind: 'context', rule: lateNight },
  past: { kind: 'text', rule: past },
  future: { kind: 'text', rule: future },
  frequency: { kind: 'context', rule: frequency },
  'double-text': { kind: 'context', rule: doubleText },
  'guilt-trip': { kind: 'text', rule: guiltTrip },
  anger: { kind: 'text', rule: anger },
  'new-partner': { kind: 'text', rule: newPartner },
  'pet-name': { kind: 'text', rule: petName },
  pressure: { kind: 'text', rule: pressure },
  'self-harm': { kind: 'text', rule: selfHarm },
  longing: { kind: 'text', rule: longing },
  rehash: { kind: 'text', rule: rehash },
  'long-letter': { kind: 'text', rule: longLetter },
} as const satisfies Record<
  RuleId,
  { kind: 'text'; rule: TextRule } | { kind: 'context'; rule: ContextRule }
>;
