import type { OutcomeEvent, OutcomeKind } from '../messaging/protocol';
import type { RuleId } from '../rules/types';
import {
  type Bucket,
  COUNTED_IDS_KEPT,
  type Counters,
  type CountKey,
  DAYS_KEPT,
  DRAFTS_KEPT,
  type DraftRecord,
  ENDING_KINDS,
  type EndingKind,
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

const ENDINGS: ReadonlySet<OutcomeKind> = new Set(ENDING_KINDS);
/** Outcomes that mean something risky was noticed in the draft. */
const NOTICING: ReadonlySet<OutcomeKind> = new Set(['warned', 'paused']);

/**
 * Adds one outcome to its local day, site and rules, remembers its id, and rolls old days up.
 * A draft counts once per outcome and a rule once per draft and outcome: a warning that comes
 * back, or a second pause after "keep editing", adds nothing. A paused draft has one ending, the
 * latest: kept editing and then sent anyway counts as sent anyway. Pure: returns new counters.
 * An event stamped in the future (clock skew) counts as `now`.
 */
export function countEvent(counters: Counters, event: OutcomeEvent, now: number): CountResult {
  if (counters.countedIds.includes(event.id)) return { counters, counted: false };
  const at = Math.min(event.at, now);
  const draftId = event.draft ?? event.id;
  const draft = counters.drafts.find((d) => d.id === draftId) ?? {
    id: draftId,
    counted: [],
    ending: null,
  };
  const rules = [...new Set(event.rules)];
  const counted = ENDINGS.has(event.kind)
    ? countEnding(counters, draft, { ...event, rules }, at)
    : countOnce(counters, draft, { ...event, rules }, at);
  const next: Counters = {
    ...counted.counters,
    since: counters.since ?? now,
    lastSentAnywayAt:
      event.kind === 'sent-anyway'
        ? Math.max(counters.lastSentAnywayAt ?? Number.NEGATIVE_INFINITY, at)
        : counters.lastSentAnywayAt,
    countedIds: [...counters.countedIds, event.id].slice(-COUNTED_IDS_KEPT),
    // An event without a draft id is a draft of its own: nothing later can belong to it.
    drafts: event.draft
      ? [...counters.drafts.filter((d) => d.id !== draftId), counted.draft].slice(-DRAFTS_KEPT)
      : counters.drafts,
  };
  return { counters: rollUp(next, now), counted: true };
}

interface Counted {
  counters: Counters;
  draft: DraftRecord;
}

/** A warning, a pause or a safe send: adds what this draft has not added yet. */
function countOnce(
  counters: Counters,
  draft: DraftRecord,
  event: OutcomeEvent,
  at: number,
): Counted {
  const kinds: CountKey[] = NOTICING.has(event.kind) ? [event.kind, 'noticed'] : [event.kind];
  const seen = new Set(draft.counted);
  const add: Tally = { kinds: [], rules: [] };
  for (const kind of kinds) {
    if (!seen.has(kind)) add.kinds.push(kind);
    for (const rule of event.rules) {
      if (!seen.has(`${kind}:${rule}`)) add.rules.push([rule, kind]);
    }
  }
  const keys = [...add.kinds, ...add.rules.map(([rule, kind]) => `${kind}:${rule}`)];
  return {
    counters: addToDay(counters, localDayKey(at), (b) => tally(b, event.site, add, 1)),
    draft: { ...draft, counted: [...draft.counted, ...keys] },
  };
}

/**
 * How a paused draft ended. The same ending again adds nothing; an earlier one arriving late (a
 * retried event) is ignored; a later one is counted and takes the earlier one back.
 */
function countEnding(
  counters: Counters,
  draft: DraftRecord,
  event: OutcomeEvent,
  at: number,
): Counted {
  const previous = draft.ending;
  if (previous && (previous.kind === event.kind || previous.at > at)) return { counters, draft };
  let next = counters;
  if (previous) {
    const taken = { kinds: [previous.kind], rules: previous.rules.map(withKind(previous.kind)) };
    next = changeHolderOf(next, localDayKey(previous.at), (b) =>
      tally(b, previous.site, taken, -1),
    );
  }
  const kind = event.kind as EndingKind;
  const added = { kinds: [kind], rules: event.rules.map(withKind(kind)) };
  next = addToDay(next, localDayKey(at), (b) => tally(b, event.site, added, 1));
  return {
    counters: next,
    draft: { ...draft, ending: { kind, at, site: event.site, rules: event.rules } },
  };
}

function withKind(kind: CountKey) {
  return (rule: RuleId): [RuleId, CountKey] => [rule, kind];
}

/** What one event adds (or takes back): counts overall and per site, and counts per rule. */
interface Tally {
  kinds: CountKey[];
  rules: [RuleId, CountKey][];
}

/** `site` is any site id: a draft's ending may name one a newer release counted. */
function tally(bucket: Bucket, site: string, change: Tally, by: 1 | -1): Bucket {
  let kinds = bucket.kinds;
  let siteCounts = bucket.sites[site];
  for (const kind of change.kinds) {
    kinds = add(kinds, kind, by);
    siteCounts = add(siteCounts, kind, by);
  }
  const rules = { ...bucket.rules };
  for (const [rule, kind] of change.rules) rules[rule] = add(rules[rule], kind, by);
  const sites = change.kinds.length > 0 ? { ...bucket.sites, [site]: siteCounts } : bucket.sites;
  return { kinds, sites, rules };
}

/** Adds to `day`'s bucket; rollUp then moves a day too old to keep into its month. */
function addToDay(counters: Counters, day: string, change: (b: Bucket) => Bucket): Counters {
  return {
    ...counters,
    days: { ...counters.days, [day]: change(counters.days[day] ?? emptyBucket()) },
  };
}

/** Changes the bucket holding `day`'s counts: the day, or once rolled up its month or `earlier`. */
function changeHolderOf(counters: Counters, day: string, change: (b: Bucket) => Bucket): Counters {
  const month = monthOf(day);
  if (counters.days[day]) return addToDay(counters, day, change);
  if (counters.months[month]) {
    return { ...counters, months: { ...counters.months, [month]: change(counters.months[month]) } };
  }
  return { ...counters, earlier: change(counters.earlier) };
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

export function mergeBuckets(a: Bucket, b: Bucket): Bucket {
  return {
    kinds: mergeCounts(a.kinds, b.kinds),
    sites: mergeKeyed(a.sites, b.sites),
    rules: mergeKeyed(a.rules, b.rules),
  };
}

/** Never below zero: taking back what a reset or recovery already cleared leaves zero. */
function add(counts: KindCounts | undefined, key: CountKey, by: 1 | -1): KindCounts {
  return { ...counts, [key]: Math.max(0, (counts?.[key] ?? 0) + by) };
}

function mergeCounts(a: KindCounts, b: KindCounts): KindCounts {
  const out: KindCounts = { ...a };
  for (const [kind, value] of Object.entries(b) as [CountKey, number][]) {
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
