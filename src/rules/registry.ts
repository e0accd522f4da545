import type { ContextRule } from './context-rule';
import { anger } from './rules/anger';
import { begging } from './rules/begging';
import { doubleText } from './rules/double-text';
import { frequency } from './rules/frequency';
import { future } from './rules/future';
import { guiltTrip } from './rules/guilt-trip';
import { lateNight } from './rules/late-night';
import { newPartner } from './rules/new-partner';
import { past } from './rules/past';
import { petName } from './rules/pet-name';
import { pressure } from './rules/pressure';
import { selfHarm } from './rules/self-harm';
import type { TextRule } from './text-rule';
import type { RuleId } from './types';

/** Every rule by id; `satisfies` makes the compiler insist on all twelve. */
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
} as const satisfies Record<
  RuleId,
  { kind: 'text'; rule: TextRule } | { kind: 'context'; rule: ContextRule }
>;
