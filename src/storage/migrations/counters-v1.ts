import { OUTCOME_KINDS } from '../counters-schema';
import { DAY_KEY_PATTERN, MONTH_KEY_PATTERN } from '../local-day';
import { isPlainObject } from '../recover';
import { ruleIdSchema, siteIdSchema } from '../settings-schema';
import { z } from '../zod';

/**
 * Counters version 1 counted events, not drafts: one draft that warned and then paused added a
 * warning and a pause, and its rules twice, so "seen most often" could exceed every total.
 * Version 2 counts each draft once per outcome and adds, to every bucket, `noticed`: the drafts
 * in which anything risky was seen (a warning, a pause or both), overall, per site and per rule.
 * It also remembers the recent drafts it counted (`drafts`), to count their later events once.
 */

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const kindCountsV1 = z.partialRecord(z.enum(OUTCOME_KINDS), count);
const bucketV1 = z.object({
  kinds: kindCountsV1,
  sites: z.partialRecord(siteIdSchema, kindCountsV1),
  rules: z.partialRecord(ruleIdSchema, kindCountsV1),
});

/** Version 1 as it was stored, kept so tests can show its values still read. */
export const countersSchemaV1 = z.object({
  since: z.number().nullable(),
  lastSentAnywayAt: z.number().nullable(),
  days: z.record(z.string().regex(DAY_KEY_PATTERN), bucketV1),
  months: z.record(z.string().regex(MONTH_KEY_PATTERN), bucketV1),
  earlier: bucketV1,
  countedIds: z.array(z.string().min(1).max(128)).max(500),
});

type Counts = Record<string, unknown>;

/**
 * v1 → v2. Old events cannot be told apart by draft, so the drafts they noticed are estimated as
 * the larger of warnings and pauses (a risky draft usually warns, then pauses): a lower bound,
 * and one no rule's figure can exceed. Pure and defensive (never throws); a part that is not the
 * shape expected is passed through for the read to reset, and a value already v2 is unchanged.
 */
export function migrateCountersV1ToV2(previous: unknown): unknown {
  if (!isPlainObject(previous)) return previous;
  const out: Record<string, unknown> = { ...previous, drafts: previous.drafts ?? [] };
  if (isPlainObject(previous.days)) out.days = mapValues(previous.days, withNoticed);
  if (isPlainObject(previous.months)) out.months = mapValues(previous.months, withNoticed);
  out.earlier = withNoticed(previous.earlier);
  return out;
}

function withNoticed(bucket: unknown): unknown {
  if (!isPlainObject(bucket)) return bucket;
  const out: Record<string, unknown> = { ...bucket, kinds: countsWithNoticed(bucket.kinds) };
  if (isPlainObject(bucket.sites)) out.sites = mapValues(bucket.sites, countsWithNoticed);
  if (isPlainObject(bucket.rules)) out.rules = mapValues(bucket.rules, countsWithNoticed);
  return out;
}

function countsWithNoticed(counts: unknown): unknown {
  if (!isPlainObject(counts) || 'noticed' in counts) return counts;
  const noticed = Math.max(whole(counts.warned), whole(counts.paused));
  return noticed > 0 ? { ...(counts as Counts), noticed } : counts;
}

function whole(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function mapValues(record: Record<string, unknown>, fn: (value: unknown) => unknown) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
