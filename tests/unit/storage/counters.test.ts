import { describe, expect, it } from 'vitest';
import { computeStatsView } from '../../../src/background/stats-view';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import { countEvent, mergeBuckets, rollUp } from '../../../src/storage/counters';
import {
  COUNTED_IDS_KEPT,
  type Counters,
  countersSchema,
  DAYS_KEPT,
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
    expect(counters.days['2026-11-25']).toEqual({
      kinds: { warned: 1, paused: 1, 'sent-anyway': 1 },
      sites: { whatsapp: { warned: 1, paused: 1 }, messenger: { 'sent-anyway': 1 } },
      rules: { begging: { warned: 1, paused: 1, 'sent-anyway': 1 }, past: { warned: 1 } },
    });
    expect(counters.days['2026-11-24']?.kinds).toEqual({ 'safe-send': 1 });
    expect(counters.since).toBe(NOW);
    expect(counters.lastSentAnywayAt).toBe(NOW);
  });

  it('counts a rule once per event even if listed twice', () => {
    const counters = countAll([event({ rules: ['past', 'past'] })]);
    expect(counters.days['2026-11-25']?.rules.past).toEqual({ paused: 1 });
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
      { rule: 'late-night', count: 365 * 7 },
      { rule: 'past', count: 365 * 7 },
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
