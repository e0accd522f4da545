import type { HealthView, UnsentNote } from '../messaging/protocol';
import { type Counters, countersSchema, emptyCounters } from './counters-schema';
import { EMPTY_HEALTH, healthSchema } from './health';
import { type Corrections, correctionsSchema, EMPTY_CORRECTIONS } from './not-risky';
import { notesSchema } from './notes';
import { type SendTimes, sendTimesSchema } from './send-times';
import { defineStoredValue, type StoredValue } from './stored-value';

/**
 * Values only the background writes (the single writer); pages reach them through messages.
 * Each is version 1, the first shipped shape; a change of shape adds a version and a migration.
 */
export interface BackgroundItems {
  counters: StoredValue<Counters>;
  sendTimes: StoredValue<SendTimes>;
  notes: StoredValue<UnsentNote[]>;
  health: StoredValue<HealthView>;
  corrections: StoredValue<Corrections>;
}

export function defineBackgroundItems(): BackgroundItems {
  return {
    counters: defineStoredValue({
      key: 'local:counters',
      schema: countersSchema,
      fallback: emptyCounters(),
      version: 1,
    }),
    sendTimes: defineStoredValue({
      key: 'local:sendTimes',
      schema: sendTimesSchema,
      fallback: {},
      version: 1,
    }),
    notes: defineStoredValue({ key: 'local:notes', schema: notesSchema, fallback: [], version: 1 }),
    health: defineStoredValue({
      key: 'local:health',
      schema: healthSchema,
      fallback: EMPTY_HEALTH,
      version: 1,
    }),
    corrections: defineStoredValue({
      key: 'local:corrections',
      schema: correctionsSchema,
      fallback: EMPTY_CORRECTIONS,
      version: 1,
    }),
  };
}
