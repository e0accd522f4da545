import type { OutcomeEvent, OutcomeKind } from '../messaging/protocol';
import type { RuleId } from '../rules/types';
import type { SiteId } from '../sites/types';
import {
  type Bucket,
  COUNTED_IDS_KEPT,
  type Counters,
  DAYS_KEPT,
  emptyBucket,
  type KindCounts,
  MONTHS_KEPT,
} from './counters-schema';
import { daysBetween, localDayKey, monthOf, monthsBetween } from './local-day';

export interface CountResult {
  counters: Counters;
  /** False when the event id was counted before (a retry); the counters are then unchanged. */
  counted: boolean;
}

/**
 * Adds one outcome to its local day, site and rules, remembers its id, and rolls old days up.
 * Pure: returns new counters. An event stamped in the future (clock skew) counts as `now`.
 */
export function countEvent(counters: Counters, event: OutcomeEvent, now: number): CountResult {
  if (counters.countedIds.includes(event.id)) return { counters, counted: false };
  const at = Math.min(event.at, now);
  const day = localDayKey(at);
  const bucket = addToBucket(
    counters.days[day] ?? emptyBucket(),
    event.kind,
    event.site,
    event.rules,
  );
  const next: Counters = {
    ...counters,
    since: counters.since ?? now,
    lastSentAnywayAt:
      event.kind === 'sent-anyway'
        ? Math.max(counters.lastSentAnywayAt ?? Number.NEGATIVE_INFINITY, at)
        : counters.lastSentAnywayAt,
    days: { ...counters.days, [day]: bucket },
    countedIds: [...counters.countedIds, event.id].slice(-COUNTED_IDS_KEPT),
  };
  return { counters: rollUp(next, now), counted: true };
}

/**
 * Keeps storage small after years of use: days older than DAYS_KEPT merge into their month,
 * months older than MONTHS_KEPT merge into `earlier`. Totals are unchanged by rolling up.
 */
export function rollUp(counters: Counters, now: number): Counters {
  const today = localDayKey(now);
  const days: Record<string, Bucket> = {};
  const months: Record<string, Bucket> = { ...counters.months };
  for (const [day, bucket] of Object.entries(counters.days)) {
    if (daysBetween(day, today) < DAYS_KEPT) days[day] = bucket;
    else months[monthOf(day)] = mergeBuckets(months[monthOf(day)] ?? emptyBucket(), bucket);
  }
  const thisMonth = monthOf(today);
  let earlier = counters.earlier;
  const keptMonths: Record<string, Bucket> = {};
  for (const [month, bucket] of Object.entries(months)) {
    if (monthsBetween(month, thisMonth) < MONTHS_KEPT) keptMonths[month] = bucket;
    else earlier = mergeBuckets(earlier, bucket);
  }
  return { ...counters, days, months: keptMonths, earlier };
}

export function addToBucket(
  bucket: Bucket,
  kind: OutcomeKind,
  site: SiteId,
  rules: readonly RuleId[],
): Bucket {
  const ruleCounts = { ...bucket.rules };
  for (const rule of new Set(rules)) ruleCounts[rule] = increment(ruleCounts[rule], kind);
  return {
    kinds: increment(bucket.kinds, kind),
    sites: { ...bucket.sites, [site]: increment(bucket.sites[site], kind) },
    rules: ruleCounts,
  };
}

export function mergeBuckets(a: Bucket, b: Bucket): Bucket {
  return {
    kinds: mergeCounts(a.kinds, b.kinds),
    sites: mergeKeyed(a.sites, b.sites),
    rules: mergeKeyed(a.rules, b.rules),
  };
}

function increment(counts: KindCounts | undefined, kind: OutcomeKind): KindCounts {
  return { ...counts, [kind]: (counts?.[kind] ?? 0) + 1 };
}

function mergeCounts(a: KindCounts, b: KindCounts): KindCounts {
  const out: KindCounts = { ...a };
  for (const [kind, value] of Object.entries(b) as [OutcomeKind, number][]) {
    out[kind] = (out[kind] ?? 0) + value;
  }
  return out;
}

function mergeKeyed<K extends string>(
  a: Partial<Record<K, KindCounts>>,
  b: Partial<Record<K, KindCounts>>,
): Partial<Record<K, KindCounts>> {
  const out: Partial<Record<K, KindCounts>> = { ...a };
  for (const [key, counts] of Object.entries(b) as [K, KindCounts][]) {
    out[key] = mergeCounts(out[key] ?? {}, counts);
  }
  return out;
}
