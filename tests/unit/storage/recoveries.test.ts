import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearRecoveries,
  describeRecovery,
  getRecoveries,
  RECOVERY_LOG_LIMIT,
  recordRecovery,
  watchRecoveries,
} from '../../../src/storage/recoveries';

describe('recovery log', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty, records, and clears', async () => {
    expect(await getRecoveries()).toEqual([]);
    await recordRecovery('local:settings', ['pauseSeconds'], 5);
    expect(await getRecoveries()).toEqual([
      { key: 'local:settings', at: 5, reset: ['pauseSeconds'] },
    ]);
    await clearRecoveries();
    expect(await getRecoveries()).toEqual([]);
  });

  it(`keeps only the newest ${RECOVERY_LOG_LIMIT} entries and bounds each`, async () => {
    const day = 86_400_000;
    for (let i = 0; i < RECOVERY_LOG_LIMIT + 5; i++) {
      await recordRecovery('local:notes', [''], i * day);
    }
    const log = await getRecoveries();
    expect(log).toHaveLength(RECOVERY_LOG_LIMIT);
    expect(log[0]?.at).toBe(5 * day);
    await recordRecovery(
      'local:notes',
      Array.from({ length: 50 }, (_, i) => `p${i}`),
      1,
    );
    expect((await getRecoveries()).at(-1)?.reset).toHaveLength(10);
  });

  it('keeps one entry when the same damage is reported twice at once', async () => {
    await recordRecovery('local:settings', ['pauseSeconds'], 1000);
    await recordRecovery('local:settings', ['pauseSeconds'], 1500);
    await recordRecovery('local:settings', ['guardMode'], 1600);
    expect((await getRecoveries()).map((r) => r.reset)).toEqual([['pauseSeconds'], ['guardMode']]);
  });

  it('survives a damaged log', async () => {
    await fakeBrowser.storage.local.set({ recoveries: 'broken' });
    expect(await getRecoveries()).toEqual([]);
    await recordRecovery('local:health', [''], 1);
    expect(await getRecoveries()).toHaveLength(1);
  });

  it('tells watchers about new entries', async () => {
    const seen = vi.fn();
    const unwatch = watchRecoveries(seen);
    await recordRecovery('local:settings', [''], 1);
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith([{ key: 'local:settings', at: 1, reset: [''] }]),
    );
    unwatch();
  });

  it('describes entries in plain words', () => {
    expect(describeRecovery({ key: 'local:notes', at: 0, reset: [''] })).toBe(
      'unsent notes: reset to defaults',
    );
    expect(
      describeRecovery({
        key: 'local:settings',
        at: 0,
        reset: ['pauseSeconds', 'engine.sensitivity'],
      }),
    ).toBe('settings: pause length, sensitivity reset');
    expect(
      describeRecovery({
        key: 'local:settings',
        at: 0,
        reset: ['engine.quietHours.start', 'engine.quietHours.end', 'guardedChats[2]', 'engine'],
      }),
    ).toBe('settings: quiet hours, chats to guard, patterns, limits and phrases reset');
    expect(describeRecovery({ key: 'local:notes', at: 0, reset: ['[0]', '[3]'] })).toBe(
      'unsent notes: 2 damaged entries removed or reset',
    );
  });
});
