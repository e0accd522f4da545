import type { OutcomeKind } from '../messaging/protocol';
import { DAY_KEY_PATTERN, MONTH_KEY_PATTERN } from './local-day';
import { ruleIdSchema, siteIdSchema } from './settings-schema';
import { z } from './zod';

export const OUTCOME_KINDS = [
  'warned',
  'paused',
  'kept-editing',
  'saved-note',
  'sent-anyway',
  'safe-send',
] as const satisfies readonly OutcomeKind[];

/** Daily detail is kept this many days (today included); older days become monthly totals. */
export const DAYS_KEPT = 120;
/** Monthly totals are kept this many months; older ones merge into one `earlier` total. */
export const MONTHS_KEPT = 60;
/** Ids of recently counted events, so a retried event is not counted twice. */
export const COUNTED_IDS_KEPT = 500;
export const EVENT_ID_MAX_LENGTH = 128;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const outcomeKindSchema = z.enum(OUTCOME_KINDS);
const kindCountsSchema = z.partialRecord(outcomeKindSchema, count);

/** Counts for one period, by outcome, by site and outcome, and by rule and outcome. Sparse. */
export const bucketSchema = z.object({
  kinds: kindCountsSchema,
  sites: z.partialRecord(siteIdSchema, kindCountsSchema),
  rules: z.partialRecord(ruleIdSchema, kindCountsSchema),
});

export const countersSchema = z.object({
  /** When counting started (epoch ms), or null before the first event. */
  since: z.number().nullable(),
  /** When a risky message was last sent anyway (epoch ms), for the streak. */
  lastSentAnywayAt: z.number().nullable(),
  days: z.record(z.string().regex(DAY_KEY_PATTERN), bucketSchema),
  months: z.record(z.string().regex(MONTH_KEY_PATTERN), bucketSchema),
  earlier: bucketSchema,
  /**
   * Recently counted event ids, oldest first. Stored in the same item as the counts so one write
   * updates both: a worker stopped mid-count neither loses nor double-counts a retried event.
   */
  countedIds: z.array(z.string().min(1).max(EVENT_ID_MAX_LENGTH)).max(COUNTED_IDS_KEPT),
});

export type KindCounts = z.infer<typeof kindCountsSchema>;
export type Bucket = z.infer<typeof bucketSchema>;
export type Counters = z.infer<typeof countersSchema>;

export function emptyBucket(): Bucket {
  return { kinds: {}, sites: {}, rules: {} };
}

export function emptyCounters(): Counters {
  return {
    since: null,
    lastSentAnywayAt: null,
    days: {},
    months: {},
    earlier: emptyBucket(),
    countedIds: [],
  };
}
