import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HealthView, UnsentNote } from '../../../src/messaging/protocol';
import { defineBackgroundItems } from '../../../src/storage/background-items';
import { countEvent } from '../../../src/storage/counters';
import { type Counters, emptyCounters } from '../../../src/storage/counters-schema';
import { getRecoveries } from '../../../src/storage/recoveries';
import type { SendTimes } from '../../../src/storage/send-times';
import { defineSettingsValue } from '../../../src/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';

const NOW = new Date(2026, 10, 25, 12).getTime();

const good: {
  settings: Settings;
  counters: Counters;
  sendTimes: SendTimes;
  notes: UnsentNote[];
  health: HealthView;
} = {
  settings: { ...DEFAULT_SETTINGS, pauseSeconds: 9, guardMode: 'listed' },
  counters: countEvent(
    emptyCounters(),
    { id: 'e1', kind: 'paused', site: 'whatsapp', rules: ['past'], at: NOW, chatKey: 'k' },
    NOW,
  ).counters,
  sendTimes: { k: [NOW - 1000] },
  notes: [
    {
      id: 'n1',
      site: 'whatsapp',
      text: 'sleep on it',
      rules: ['past'],
      at: NOW,
      chatTitle: 'Alex',
      seenAt: null,
    },
  ],
  health: {
    whatsapp: { site: 'whatsapp', status: 'active', detail: 'ok', at: NOW },
    messenger: null,
    'google-messages': null,
    instagram: null,
    telegram: null,
  },
};

type Key = keyof typeof good;
const KEYS = Object.keys(good) as Key[];
const GARBAGE: unknown[] = ['garbage', 42, [1, 2, 3], { nonsense: true }];

function readAll() {
  const items = { ...defineBackgroundItems(), settings: defineSettingsValue() };
  return Promise.all(KEYS.map((key) => items[key].get()));
}

describe('a damaged stored value recovers alone', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  for (const broken of KEYS) {
    for (const garbage of GARBAGE) {
      it(`${broken} = ${JSON.stringify(garbage)}: that value resets, the others are kept`, async () => {
        await fakeBrowser.storage.local.set({ ...good, [broken]: garbage });
        const values = await readAll();
        KEYS.forEach((key, index) => {
          if (key === broken) expect(values[index]).not.toEqual(garbage);
          else expect(values[index]).toEqual(good[key]);
        });
        const log = await getRecoveries();
        expect(log).toHaveLength(1);
        expect(log[0]?.key).toBe(`local:${broken}`);
        // The repaired value was written back, so the next read is clean and logs nothing new.
        await readAll();
        expect(await getRecoveries()).toHaveLength(1);
      });
    }
  }

  it('a counters value with a damaged id list keeps its counts', async () => {
    await fakeBrowser.storage.local.set({ counters: { ...good.counters, countedIds: 'oops' } });
    const [counters] = await Promise.all([defineBackgroundItems().counters.get()]);
    expect(counters?.days).toEqual(good.counters.days);
    expect(counters?.countedIds).toEqual([]);
  });

  it('a notes list with one damaged note keeps the rest', async () => {
    const notes = [...good.notes, { id: 'n2', text: 5 }];
    await fakeBrowser.storage.local.set({ notes });
    expect(await defineBackgroundItems().notes.get()).toEqual(good.notes);
    expect((await getRecoveries())[0]?.reset).toEqual(['[1]']);
  });
});
