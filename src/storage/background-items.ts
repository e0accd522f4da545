import type { HealthView, UnsentNote } from '../messaging/protocol';
import { COUNTERS_VERSION, type Counters, countersSchema, emptyCounters } from './counters-schema';
import { EMPTY_HEALTH, healthSchema } from './health';
import { migrateCountersV1ToV2 } from './migrations/counters-v1';
import { migrateNotesV1ToV2 } from './migrations/notes-v1';
import { type Corrections, correctionsSchema, EMPTY_CORRECTIONS } from './not-risky';
import { NOTES_VERSION, notesSchema } from './notes';
import { type SendTimes, sendTimesSchema } from './send-times';
import { defineStoredValue, type StoredValue } from './stored-value';

/**
 * Values only the background writes (the single writer); pages reach them through messages.
 * A change of shape adds a version and a migration (src/storage/README.md).
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
      version: COUNTERS_VERSION,
      migrations: { 2: migrateCountersV1ToV2 },
    }),
    sendTimes: defineStoredValue({
      key: 'local:sendTimes',
      schema: sendTimesSchema,
      fallback: {},
      version: 1,
    }),
    notes: defineStoredValue({
      key: 'local:notes',
      schema: notesSchema,
      fallback: [],
      version: NOTES_VERSION,
      migrations: { 2: migrateNotesV1ToV2 },
    }),
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
