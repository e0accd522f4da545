import type { OutcomeKind } from '../messaging/protocol';
import { RULE_IDS } from '../rules/types';
import { DAY_KEY_PATTERN, MONTH_KEY_PATTERN } from './local-day';
import { LIMITS, ruleIdSchema } from './settings-schema';
import { z } from './zod';

export const OUTCOME_KINDS = [
  'warned',
  'paused',
  'kept-editing',
  'saved-note',
  'sent-anyway',
  'safe-send',
] as const satisfies readonly OutcomeKind[];

/** How a paused draft ended; a draft has one ending, the last one (see `DraftRecord`). */
export const ENDING_KINDS = [
  'kept-editing',
  'saved-note',
  'sent-anyway',
] as const satisfies readonly OutcomeKind[];
export type EndingKind = (typeof ENDING_KINDS)[number];

/**
 * What a bucket counts: drafts per outcome, and `noticed`, the drafts in which anything risky
 * was seen (a warning while typing, a pause, or both).
 */
export const COUNT_KEYS = [...OUTCOME_KINDS, 'noticed'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Daily detail is kept this many days (today included); older days become monthly totals. */
export const DAYS_KEPT = 120;
/** Monthly totals are kept this many months; older ones merge into one `earlier` total. */
export const MONTHS_KEPT = 60;
/** Ids of recently counted events, so a retried event is not counted twice. */
export const COUNTED_IDS_KEPT = 500;
export const EVENT_ID_MAX_LENGTH = 128;
/** Recent drafts remembered, so their later events (a pause after a warning) count them once. */
export const DRAFTS_KEPT = 200;
/** What one draft can have added: each count key once, and once per rule. */
const DRAFT_KEYS_MAX = COUNT_KEYS.length * (RULE_IDS.length + 1);

/** The counters version this build writes (2: drafts, not events; see migrations/counters-v1). */
export const COUNTERS_VERSION = 2;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const outcomeKindSchema = z.enum(OUTCOME_KINDS);
const kindCountsSchema = z.partialRecord(z.enum(COUNT_KEYS), count);

/**
 * A site as counters name it: any site id, not only this release's (src/sites/table.ts). Counts
 * saved by a release with a site this one lacks are kept, not reset with a notice; a release
 * that adds a site finds no entry for it, which is zero. So adding a site needs no migration.
 */
const countedSiteSchema = z.string().min(1).max(LIMITS.switchIdLength);

/** Counts for one period, by outcome, by site and outcome, and by rule and outcome. Sparse. */
export const bucketSchema = z.object({
  kinds: kindCountsSchema,
  sites: z.partialRecord(countedSiteSchema, kindCountsSchema),
  rules: z.partialRecord(ruleIdSchema, kindCountsSchema),
});

/**
 * A draft counted recently. `counted` holds what it added already (`paused`, `noticed`,
 * `paused:begging`, …), so a second pause or a warning that comes back adds nothing. `ending` is
 * its ending as counted: a later one (kept editing, then sent anyway) takes its place, so a
 * paused draft counts as reconsidered or as sent anyway, never both.
 */
export const draftRecordSchema = z.object({
  id: z.string().min(1).max(EVENT_ID_MAX_LENGTH),
  counted: z.array(z.string().min(1).max(64)).max(DRAFT_KEYS_MAX),
  ending: z
    .object({
      kind: z.enum(ENDING_KINDS),
      /** When it was counted (epoch ms): its day is the bucket to take it back from. */
      at: z.number(),
      site: countedSiteSchema,
      rules: z.array(ruleIdSchema).max(RULE_IDS.length),
    })
    .nullable(),
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
  /** Recent drafts, oldest first. */
  drafts: z.array(draftRecordSchema).max(DRAFTS_KEPT),
});

export type KindCounts = z.infer<typeof kindCountsSchema>;
export type Bucket = z.infer<typeof bucketSchema>;
export type Counters = z.infer<typeof countersSchema>;
export type DraftRecord = z.infer<typeof draftRecordSchema>;

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
    drafts: [],
  };
}
