import type { OutcomeCounts, StatsView } from '../messaging/protocol';
import { RULE_IDS } from '../rules/types';
import { mergeBuckets } from '../storage/counters';
import type { Bucket, Counters, KindCounts } from '../storage/counters-schema';
import { addDays, daysBetween, localDayKey } from '../storage/local-day';

const EMPTY_BUCKET: Bucket = { kinds: {}, sites: {}, rules: {} };

/** What the popup shows, from the stored counters and the current time. Pure. */
export function computeStatsView(counters: Counters, now: number): StatsView {
  const today = localDayKey(now);
  const within = (days: number) =>
    sumBuckets(
      Object.entries(counters.days)
        .filter(([day]) => {
          const age = daysBetween(day, today);
          return age >= 0 && age < days;
        })
        .map(([, bucket]) => bucket),
    );
  const allBuckets = [
    ...Object.values(counters.days),
    ...Object.values(counters.months),
    counters.earlier,
  ];
  const todayCounts = toOutcomeCounts(counters.days[today]?.kinds ?? {});
  const weekCounts = toOutcomeCounts(within(7).kinds);
  const all = sumBuckets(allBuckets);
  const allCounts = toOutcomeCounts(all.kinds);

  return {
    // Counts kept after a damaged `since` was reset (recovery) are not a first run.
    firstRun: counters.since === null && Object.values(all.kinds).every((n) => !n),
    today: todayCounts,
    last7Days: weekCounts,
    allTime: allCounts,
    reconsideredShare: {
      today: reconsidered(todayCounts),
      last7Days: reconsidered(weekCounts),
      allTime: reconsidered(allCounts),
    },
    topRules: topRules(all),
    last14Days: Array.from({ length: 14 }, (_, index) => {
      const day = addDays(today, index - 13);
      const kinds = counters.days[day]?.kinds ?? {};
      return { day, paused: kinds.paused ?? 0, sentAnyway: kinds['sent-anyway'] ?? 0 };
    }),
    streakDays:
      counters.lastSentAnywayAt === null
        ? null
        : Math.max(0, daysBetween(localDayKey(counters.lastSentAnywayAt), today)),
    since: counters.since,
  };
}

export function toOutcomeCounts(kinds: KindCounts): OutcomeCounts {
  return {
    noticed: kinds.noticed ?? 0,
    warned: kinds.warned ?? 0,
    paused: kinds.paused ?? 0,
    keptEditing: kinds['kept-editing'] ?? 0,
    savedNote: kinds['saved-note'] ?? 0,
    sentAnyway: kinds['sent-anyway'] ?? 0,
    safeSends: kinds['safe-send'] ?? 0,
  };
}

/** Share of pauses that ended in keep editing or a saved note; null without pauses. */
function reconsidered(counts: OutcomeCounts): number | null {
  if (counts.paused === 0) return null;
  return Math.min(1, (counts.keptEditing + counts.savedNote) / counts.paused);
}

/**
 * Rules by the drafts they were noticed in (once per draft, however often it warned or paused),
 * most first, ties in rule order; zeros left out. A rule's count never exceeds the drafts noticed.
 */
function topRules(bucket: Bucket): StatsView['topRules'] {
  return RULE_IDS.map((rule) => {
    const counts = bucket.rules[rule] ?? {};
    return { rule, count: counts.noticed ?? 0, paused: counts.paused ?? 0 };
  })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

function sumBuckets(buckets: Bucket[]): Bucket {
  return buckets.reduce(mergeBuckets, EMPTY_BUCKET);
}
