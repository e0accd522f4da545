import { describe, expect, it } from 'vitest';
import { computeStatsView } from '../../../src/background/stats-view';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import { countEvent, mergeBuckets, rollUp } from '../../../src/storage/counters';
import {
  COUNTED_IDS_KEPT,
  type Counters,
  countersSchema,
  DAYS_KEPT,
  DRAFTS_KEPT,
  emptyCounters,
} from '../../../src/storage/counters-schema';
import { addDays, localDayKey } from '../../../src/storage/local-day';

const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();
const NOW = noon(2026, 11, 25);
let nextId = 0;
function event(overrides: Partial<OutcomeEvent> = {}): OutcomeEvent {
  nextId += 1;
  return {
    id: `e${nextId}`,
    kind: 'paused',
    site: 'whatsapp',
    rules: ['begging'],
    at: NOW,
    chatKey: 'k1',
    ...overrides,
  };
}

function countAll(events: OutcomeEvent[], now = NOW, start = emptyCounters()): Counters {
  return events.reduce((c, e) => countEvent(c, e, now).counters, start);
}

describe('countEvent', () => {
  it('counts per local day, per site and per rule and outcome', () => {
    const counters = countAll([
      event({ kind: 'warned', rules: ['begging', 'past'] }),
      event({ kind: 'paused', rules: ['begging'] }),
      event({ kind: 'sent-anyway', site: 'messenger', rules: ['begging'] }),
      event({ kind: 'safe-send', rules: [], at: noon(2026, 11, 24) }),
    ]);
    expect(countersSchema.safeParse(counters).success).toBe(true);
    // Events without a draft id (an older content script) are each a draft of their own.
    expect(counters.days['2026-11-25']).toEqual({
      kinds: { warned: 1, paused: 1, noticed: 2, 'sent-anyway': 1 },
      sites: { whatsapp: { warned: 1, paused: 1, noticed: 2 }, messenger: { 'sent-anyway': 1 } },
      rules: {
        begging: { warned: 1, paused: 1, noticed: 2, 'sent-anyway': 1 },
        past: { warned: 1, noticed: 1 },
      },
    });
    expect(counters.days['2026-11-24']?.kinds).toEqual({ 'safe-send': 1 });
    expect(counters.since).toBe(NOW);
    expect(counters.lastSentAnywayAt).toBe(NOW);
  });

  it('counts a rule once per event even if listed twice', () => {
    const counters = countAll([event({ rules: ['past', 'past'] })]);
    expect(counters.days['2026-11-25']?.rules.past).toEqual({ paused: 1, noticed: 1 });
  });

  it('ignores an id it has already counted and leaves the counters untouched', () => {
    const first = event();
    const once = countEvent(emptyCounters(), first, NOW);
    const again = countEvent(once.counters, { ...first }, NOW);
    expect(once.counted).toBe(true);
    expect(again.counted).toBe(false);
    expect(again.counters).toBe(once.counters);
  });

  it('remembers only the newest ids, so the id list stays bounded', () => {
    const events = Array.from({ length: COUNTED_IDS_KEPT + 20 }, () => event());
    const counters = countAll(events);
    expect(counters.countedIds).toHaveLength(COUNTED_IDS_KEPT);
    expect(counters.countedIds.at(-1)).toBe(events.at(-1)?.id);
    expect(counters.countedIds).not.toContain(events[0]?.id);
  });

  it('puts an event stamped in the future on today', () => {
    const counters = countAll([event({ at: NOW + 3 * 86_400_000 })]);
    expect(Object.keys(counters.days)).toEqual(['2026-11-25']);
  });

  it('keeps the latest sent-anyway time when events arrive out of order', () => {
    const counters = countAll([
      event({ kind: 'sent-anyway', at: NOW - 1000 }),
      event({ kind: 'sent-anyway', at: NOW - 5000 }),
    ]);
    expect(counters.lastSentAnywayAt).toBe(NOW - 1000);
  });
});

describe('rollUp', () => {
  it(`keeps ${DAYS_KEPT} days of detail and moves older days into their month`, () => {
    const today = localDayKey(NOW);
    const events = [0, DAYS_KEPT - 1, DAYS_KEPT, DAYS_KEPT + 1].map((age) =>
      event({ at: new Date(`${addDays(today, -age)}T12:00:00`).getTime() }),
    );
    const counters = countAll(events);
    expect(Object.keys(counters.days).sort()).toEqual([addDays(today, -(DAYS_KEPT - 1)), today]);
    const oldMonth = addDays(today, -DAYS_KEPT).slice(0, 7);
    expect(counters.months[oldMonth]?.kinds.paused).toBeGreaterThanOrEqual(1);
    expect(computeStatsView(counters, NOW).allTime.paused).toBe(4);
  });

  it('stays small and keeps exact totals after years of daily use', () => {
    let counters = emptyCounters();
    let now = noon(2020, 1, 1);
    for (let day = 0; day < 365 * 7; day++) {
      now = noon(2020, 1, 1 + day);
      counters = countEvent(
        counters,
        event({ at: now, rules: ['past', 'late-night'] }),
        now,
      ).counters;
      counters = countEvent(counters, event({ kind: 'kept-editing', at: now }), now).counters;
    }
    expect(Object.keys(counters.days).length).toBeLessThanOrEqual(DAYS_KEPT);
    expect(Object.keys(counters.months).length).toBeLessThanOrEqual(60);
    expect(counters.earlier.kinds.paused).toBeGreaterThan(0);
    const stats = computeStatsView(counters, now);
    expect(stats.allTime.paused).toBe(365 * 7);
    expect(stats.allTime.keptEditing).toBe(365 * 7);
    expect(stats.topRules).toEqual([
      { rule: 'late-night', count: 365 * 7, paused: 365 * 7 },
      { rule: 'past', count: 365 * 7, paused: 365 * 7 },
    ]);
    expect(JSON.stringify(counters).length).toBeLessThan(80_000);
  });

  it('does not change totals', () => {
    const counters = countAll([event({ at: noon(2026, 1, 1) }), event()]);
    const later = noon(2027, 6, 1);
    const rolled = rollUp(counters, later);
    expect(Object.keys(rolled.days)).toEqual([]);
    expect(computeStatsView(rolled, later).allTime).toEqual(
      computeStatsView(counters, NOW).allTime,
    );
  });
});

describe('mergeBuckets', () => {
  it('adds counts key by key', () => {
    expect(
      mergeBuckets(
        { kinds: { paused: 1 }, sites: { whatsapp: { paused: 1 } }, rules: {} },
        { kinds: { paused: 2, warned: 1 }, sites: {}, rules: { past: { warned: 1 } } },
      ),
    ).toEqual({
      kinds: { paused: 3, warned: 1 },
      sites: { whatsapp: { paused: 1 } },
      rules: { past: { warned: 1 } },
    });
  });
});

describe('counting drafts, not events', () => {
  const stats = (counters: Counters) => computeStatsView(counters, NOW);

  it('a draft warned and then paused counts once in "seen most often"', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'warned', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging'] }),
    ]);
    expect(stats(counters).topRules).toEqual([{ rule: 'begging', count: 1, paused: 1 }]);
    expect(stats(counters).today).toMatchObject({ noticed: 1, warned: 1, paused: 1 });
  });

  it('two drafts count twice', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'warned', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging'] }),
      event({ draft: 'd2', kind: 'warned', rules: ['begging'] }),
    ]);
    expect(stats(counters).topRules).toEqual([{ rule: 'begging', count: 2, paused: 1 }]);
    expect(stats(counters).today).toMatchObject({ noticed: 2, warned: 2, paused: 1 });
  });

  it('a retried event id counts once', () => {
    const warned = event({ draft: 'd1', kind: 'warned', rules: ['past'] });
    const once = countEvent(emptyCounters(), warned, NOW);
    const retried = countEvent(once.counters, { ...warned }, NOW);
    expect(retried.counted).toBe(false);
    expect(stats(retried.counters).topRules).toEqual([{ rule: 'past', count: 1, paused: 0 }]);
  });

  it('a warning that comes back, or a second pause after keep editing, adds nothing', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'warned', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'warned', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'kept-editing', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging'] }),
    ]);
    expect(stats(counters).today).toMatchObject({
      noticed: 1,
      warned: 1,
      paused: 1,
      keptEditing: 1,
    });
  });

  it('a rule that joins the draft later counts for that draft too', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'warned', rules: ['begging'] }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging', 'past'] }),
    ]);
    expect(stats(counters).topRules).toEqual([
      { rule: 'begging', count: 1, paused: 1 },
      { rule: 'past', count: 1, paused: 1 },
    ]);
    expect(stats(counters).today.noticed).toBe(1);
  });

  it('a paused draft has one ending, the last: kept editing then sent anyway counts as sent', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'paused', rules: ['begging'], at: NOW - 3000 }),
      event({ draft: 'd1', kind: 'kept-editing', rules: ['begging'], at: NOW - 2000 }),
      event({ draft: 'd1', kind: 'paused', rules: ['begging'], at: NOW - 1000 }),
      event({ draft: 'd1', kind: 'sent-anyway', rules: ['begging'], at: NOW }),
    ]);
    const today = stats(counters).today;
    expect(today).toMatchObject({ paused: 1, keptEditing: 0, sentAnyway: 1 });
    expect(today.keptEditing + today.savedNote + today.sentAnyway).toBeLessThanOrEqual(
      today.paused,
    );
    expect(counters.days['2026-11-25']?.rules.begging).toMatchObject({
      'kept-editing': 0,
      'sent-anyway': 1,
    });
    expect(counters.lastSentAnywayAt).toBe(NOW);
  });

  it('an earlier ending that arrives late (a retry) does not replace a later one', () => {
    const counters = countAll([
      event({ draft: 'd1', kind: 'paused', at: NOW - 3000 }),
      event({ draft: 'd1', kind: 'saved-note', at: NOW }),
      event({ draft: 'd1', kind: 'kept-editing', at: NOW - 2000 }),
    ]);
    expect(stats(counters).today).toMatchObject({ paused: 1, savedNote: 1, keptEditing: 0 });
  });

  it('takes an ending back from the day it was counted on, even once that day is rolled up', () => {
    const long = noon(2026, 7, 1); // more than DAYS_KEPT days before NOW: kept as its month
    let counters = countAll([
      event({ draft: 'd1', kind: 'paused', at: long }),
      event({ draft: 'd1', kind: 'kept-editing', at: long + 1000 }),
    ]);
    expect(counters.months['2026-07']?.kinds['kept-editing']).toBe(1);
    counters = countAll([event({ draft: 'd1', kind: 'sent-anyway', at: NOW })], NOW, counters);
    expect(counters.months['2026-07']?.kinds['kept-editing']).toBe(0);
    expect(stats(counters).allTime).toMatchObject({ paused: 1, keptEditing: 0, sentAnyway: 1 });
    expect(countersSchema.safeParse(counters).success).toBe(true);
  });

  it('remembers only the newest drafts, so the list stays bounded', () => {
    const counters = countAll(
      Array.from({ length: DRAFTS_KEPT + 10 }, (_, i) => event({ draft: `d${i}` })),
    );
    expect(counters.drafts).toHaveLength(DRAFTS_KEPT);
    expect(counters.drafts.at(-1)?.id).toBe(`d${DRAFTS_KEPT + 9}`);
    expect(countersSchema.safeParse(counters).success).toBe(true);
  });
});
