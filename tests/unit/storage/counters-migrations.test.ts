// Counters stored by version 1 (events, not drafts) read as version 2: every count kept, and the
// drafts they noticed estimated so that no rule's figure exceeds the total.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { computeStatsView } from '../../../src/background/stats-view';
import { defineBackgroundItems } from '../../../src/storage/background-items';
import { countEvent } from '../../../src/storage/counters';
import { countersSchema } from '../../../src/storage/counters-schema';
import {
  countersSchemaV1,
  migrateCountersV1ToV2,
} from '../../../src/storage/migrations/counters-v1';
import { getRecoveries } from '../../../src/storage/recoveries';

const NOW = new Date(2026, 10, 25, 12).getTime();

/** A v1 value: two drafts that each warned and then paused for `begging`, one also for `past`. */
const V1 = {
  since: NOW - 86_400_000,
  lastSentAnywayAt: NOW - 3600_000,
  days: {
    '2026-11-25': {
      kinds: { warned: 2, paused: 2, 'sent-anyway': 1, 'kept-editing': 1 },
      sites: { whatsapp: { warned: 2, paused: 2, 'sent-anyway': 1, 'kept-editing': 1 } },
      rules: { begging: { warned: 2, paused: 2, 'sent-anyway': 1 }, past: { warned: 1 } },
    },
  },
  months: {
    '2026-06': { kinds: { paused: 3 }, sites: { messenger: { paused: 3 } }, rules: {} },
  },
  earlier: { kinds: { warned: 1 }, sites: {}, rules: { anger: { warned: 1 } } },
  countedIds: ['e1', 'e2'],
};

describe('counters v1 → v2', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the sample is a real v1 value, and not a v2 one', () => {
    expect(countersSchemaV1.safeParse(V1).success).toBe(true);
    expect(countersSchema.safeParse(V1).success).toBe(false);
  });

  it('keeps every count and estimates the drafts noticed as the larger of warnings and pauses', () => {
    const v2 = countersSchema.parse(migrateCountersV1ToV2(V1));
    expect(v2.days['2026-11-25']?.kinds).toEqual({ ...V1.days['2026-11-25'].kinds, noticed: 2 });
    expect(v2.days['2026-11-25']?.sites.whatsapp?.noticed).toBe(2);
    expect(v2.days['2026-11-25']?.rules.begging?.noticed).toBe(2);
    expect(v2.days['2026-11-25']?.rules.past?.noticed).toBe(1);
    expect(v2.months['2026-06']?.kinds).toEqual({ paused: 3, noticed: 3 });
    expect(v2.earlier.rules.anger).toEqual({ warned: 1, noticed: 1 });
    expect(v2.drafts).toEqual([]);
    expect(v2.countedIds).toEqual(V1.countedIds);
  });

  it('after migrating, no rule is seen more often than the drafts noticed', () => {
    const stats = computeStatsView(countersSchema.parse(migrateCountersV1ToV2(V1)), NOW);
    // Version 1 said `begging` 4 times (2 warnings + 2 pauses) against 2 pauses in all.
    expect(stats.topRules[0]).toEqual({ rule: 'begging', count: 2, paused: 2 });
    for (const { count } of stats.topRules) {
      expect(count).toBeLessThanOrEqual(stats.allTime.noticed);
    }
  });

  it('is harmless on a value already migrated, and passes through what it cannot read', () => {
    const once = migrateCountersV1ToV2(V1);
    expect(migrateCountersV1ToV2(once)).toEqual(once);
    expect(migrateCountersV1ToV2('nonsense')).toBe('nonsense');
    expect(migrateCountersV1ToV2({ ...V1, days: 7 })).toMatchObject({ days: 7, drafts: [] });
  });

  it('runs through WXT storage on read, and counting then goes on by draft', async () => {
    await fakeBrowser.storage.local.set({ counters: V1, counters$: { v: 1 } });
    const { counters } = defineBackgroundItems();
    const read = await counters.get();
    expect(read.days['2026-11-25']?.rules.begging?.noticed).toBe(2);
    expect(await getRecoveries()).toEqual([]);
    expect((await fakeBrowser.storage.local.get('counters$')).counters$).toEqual({ v: 2 });
    const event = {
      id: 'e3',
      draft: 'd3',
      site: 'whatsapp' as const,
      rules: ['begging' as const],
      at: NOW,
      chatKey: null,
    };
    let next = countEvent(read, { ...event, kind: 'warned' }, NOW).counters;
    next = countEvent(next, { ...event, id: 'e4', kind: 'paused' }, NOW).counters;
    expect(computeStatsView(next, NOW).topRules[0]).toEqual({
      rule: 'begging',
      count: 3,
      paused: 3,
    });
  });
});
