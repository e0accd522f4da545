import { describe, expect, it } from 'vitest';
import { computeStatsView } from '../../../src/background/stats-view';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import { countEvent } from '../../../src/storage/counters';
import { type Counters, emptyCounters } from '../../../src/storage/counters-schema';

const at = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();
const NOW = at(25, 18); // Wednesday 25 November 2026, 18:00 local
let n = 0;

function counted(events: Partial<OutcomeEvent>[], now = NOW): Counters {
  return events.reduce<Counters>((counters, overrides) => {
    n += 1;
    const event: OutcomeEvent = {
      id: `s${n}`,
      kind: 'paused',
      site: 'whatsapp',
      rules: [],
      at: NOW,
      chatKey: null,
      ...overrides,
    };
    return countEvent(counters, event, now).counters;
  }, emptyCounters());
}

describe('computeStatsView', () => {
  it('is a first run with nothing counted', () => {
    const view = computeStatsView(emptyCounters(), NOW);
    expect(view.firstRun).toBe(true);
    expect(view.since).toBeNull();
    expect(view.streakDays).toBeNull();
    expect(view.topRules).toEqual([]);
    expect(view.reconsideredShare).toEqual({ today: null, last7Days: null, allTime: null });
    expect(view.last14Days).toHaveLength(14);
    expect(view.last14Days[0]).toEqual({ day: '2026-11-12', paused: 0, sentAnyway: 0 });
    expect(view.last14Days[13]).toEqual({ day: '2026-11-25', paused: 0, sentAnyway: 0 });
  });

  it('is not a first run when counts survived a reset of a damaged start date', () => {
    const counters = { ...counted([{ kind: 'warned', at: at(25) }]), since: null };
    expect(computeStatsView(counters, NOW).firstRun).toBe(false);
  });

  it('splits counts into today, the last 7 local days and all time', () => {
    const counters = counted([
      { kind: 'paused', at: at(25, 0) }, // today, just after midnight
      { kind: 'kept-editing', at: at(25, 1) },
      { kind: 'paused', at: at(24, 23) }, // yesterday
      { kind: 'saved-note', at: at(24, 23) },
      { kind: 'paused', at: at(19) }, // 6 days ago: still in the week
      { kind: 'paused', at: at(18) }, // 7 days ago: outside the week
      { kind: 'sent-anyway', at: at(18) },
      { kind: 'warned', at: at(1) },
      { kind: 'safe-send', at: at(25) },
    ]);
    const view = computeStatsView(counters, NOW);
    expect(view.firstRun).toBe(false);
    expect(view.today).toEqual({
      noticed: 1,
      warned: 0,
      paused: 1,
      keptEditing: 1,
      savedNote: 0,
      sentAnyway: 0,
      safeSends: 1,
    });
    expect(view.last7Days.paused).toBe(3);
    expect(view.last7Days.savedNote).toBe(1);
    expect(view.allTime).toEqual({
      noticed: 5,
      warned: 1,
      paused: 4,
      keptEditing: 1,
      savedNote: 1,
      sentAnyway: 1,
      safeSends: 1,
    });
    expect(view.reconsideredShare).toEqual({ today: 1, last7Days: 2 / 3, allTime: 0.5 });
  });

  it('gives the last 14 days oldest first, with empty days as zero', () => {
    const counters = counted([
      { kind: 'paused', at: at(12) },
      { kind: 'paused', at: at(11) }, // 14 days ago: outside the series
      { kind: 'sent-anyway', at: at(20) },
      { kind: 'paused', at: at(20) },
      { kind: 'paused', at: at(20) },
    ]);
    const series = computeStatsView(counters, NOW).last14Days;
    expect(series.map((d) => d.day)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-11-${String(12 + i).padStart(2, '0')}`),
    );
    expect(series[0]).toEqual({ day: '2026-11-12', paused: 1, sentAnyway: 0 });
    expect(series[8]).toEqual({ day: '2026-11-20', paused: 2, sentAnyway: 1 });
    expect(series.reduce((sum, d) => sum + d.paused, 0)).toBe(3);
  });

  it('counts the streak in whole local days since the last send anyway', () => {
    expect(
      computeStatsView(counted([{ kind: 'sent-anyway', at: at(25, 9) }]), NOW).streakDays,
    ).toBe(0);
    expect(
      computeStatsView(counted([{ kind: 'sent-anyway', at: at(24, 23) }]), NOW).streakDays,
    ).toBe(1);
    expect(
      computeStatsView(
        counted([
          { kind: 'sent-anyway', at: at(10) },
          { kind: 'sent-anyway', at: at(15) },
          { kind: 'paused', at: at(24) },
        ]),
        NOW,
      ).streakDays,
    ).toBe(10);
    // Without any send anyway there is no streak to count, even with other activity.
    expect(computeStatsView(counted([{ kind: 'paused' }]), NOW).streakDays).toBeNull();
  });

  it('ranks rules by the drafts they were seen in (warned or paused), most first, zeros left out', () => {
    const counters = counted([
      { kind: 'warned', rules: ['past'] },
      { kind: 'paused', rules: ['past', 'begging'] },
      { kind: 'paused', rules: ['late-night'] },
      { kind: 'warned', rules: ['late-night'] },
      { kind: 'warned', rules: ['late-night'] },
      { kind: 'sent-anyway', rules: ['anger'] }, // not "seen": only warnings and pauses count
    ]);
    // Each event here is a draft of its own (no draft id).
    expect(computeStatsView(counters, NOW).topRules).toEqual([
      { rule: 'late-night', count: 3, paused: 1 },
      { rule: 'past', count: 2, paused: 1 },
      { rule: 'begging', count: 1, paused: 1 },
    ]);
  });

  it('reports when counting started', () => {
    const counters = counted([{ kind: 'paused', at: at(3) }], at(3));
    expect(computeStatsView(counters, NOW).since).toBe(at(3));
  });
});
