import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createHandlers,
  type HandlerDeps,
  type ValueStore,
} from '../../../src/background/handlers';
import { computeStatsView } from '../../../src/background/stats-view';
import type { HealthReport, OutcomeEvent } from '../../../src/messaging/protocol';
import { defineBackgroundItems } from '../../../src/storage/background-items';
import { countEvent } from '../../../src/storage/counters';
import { emptyCounters } from '../../../src/storage/counters-schema';
import { EMPTY_HEALTH } from '../../../src/storage/health';
import { NOTE_MAX_CHARS, NOTES_KEPT } from '../../../src/storage/notes';
import { getSettings, updateSettings } from '../../../src/storage/settings';
import { LIMITS } from '../../../src/storage/settings-schema';

const NOW = new Date(2026, 10, 25, 20).getTime();
let ids = 0;

function event(overrides: Partial<OutcomeEvent> = {}): OutcomeEvent {
  ids += 1;
  return {
    id: `ev-${ids}`,
    kind: 'paused',
    site: 'whatsapp',
    rules: ['begging'],
    at: NOW - 1000,
    chatKey: 'chat-a',
    ...overrides,
  };
}

function setup(overrides: Partial<HandlerDeps> = {}) {
  const items = defineBackgroundItems();
  let noteId = 0;
  const deps: HandlerDeps = {
    ...items,
    settings: { get: getSettings, update: updateSettings },
    now: () => NOW,
    newId: () => {
      noteId += 1;
      return `note-${noteId}`;
    },
    ...overrides,
  };
  return { handlers: createHandlers(deps), items };
}

/** Wraps a store so its next `set` fails, as if the worker stopped before the write landed. */
function failingOnce<T>(store: ValueStore<T>): ValueStore<T> & { failNext: boolean } {
  const wrapper = {
    failNext: false,
    get: () => store.get(),
    async set(value: T) {
      if (wrapper.failNext) {
        wrapper.failNext = false;
        throw new Error('worker stopped');
      }
      await store.set(value);
    },
  };
  return wrapper;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recordOutcome', () => {
  it('counts two tabs sending 50 events each at once exactly', async () => {
    const { handlers } = setup();
    const tabA = Array.from({ length: 50 }, () => event({ kind: 'paused', chatKey: 'chat-a' }));
    const tabB = Array.from({ length: 50 }, (_, i) =>
      event({ kind: 'sent-anyway', site: 'messenger', chatKey: 'chat-b', at: NOW - 1000 - i }),
    );
    const interleaved = tabA.flatMap((a, i) => [a, tabB[i] as OutcomeEvent]);
    const results = await Promise.all(interleaved.map((e) => handlers.recordOutcome(e)));
    expect(results.every((r) => r.counted)).toBe(true);
    const stats = await handlers.getStats();
    expect(stats.today.paused).toBe(50);
    expect(stats.today.sentAnyway).toBe(50);
    expect(await handlers.getRecentSends({ chatKey: 'chat-b' })).toHaveLength(50);
    expect(await handlers.getRecentSends({ chatKey: 'chat-a' })).toEqual([]);
  });

  it('(why the queue exists) the same writes without it lose updates', async () => {
    const { items } = setup();
    const unqueued = async (e: OutcomeEvent) => {
      const current = await items.counters.get();
      await items.counters.set(countEvent(current, e, NOW).counters);
    };
    await Promise.all(Array.from({ length: 20 }, () => unqueued(event())));
    const counters = await items.counters.get();
    expect(counters.countedIds.length).toBeLessThan(20);
  });

  it('counts a retried event once', async () => {
    const { handlers } = setup();
    const e = event({ kind: 'safe-send' });
    expect(await handlers.recordOutcome(e)).toEqual({ counted: true });
    expect(await handlers.recordOutcome({ ...e })).toEqual({ counted: false });
    expect((await handlers.getStats()).today.safeSends).toBe(1);
    expect(await handlers.getRecentSends({ chatKey: 'chat-a' })).toEqual([e.at]);
  });

  it('a worker stopped before the counters were written: the retry counts once', async () => {
    const items = defineBackgroundItems();
    const counters = failingOnce(items.counters);
    const { handlers } = setup({ counters });
    const e = event({ kind: 'sent-anyway' });
    counters.failNext = true;
    await expect(handlers.recordOutcome(e)).rejects.toThrow('worker stopped');
    expect((await handlers.getStats()).allTime.sentAnyway).toBe(0);
    expect(await handlers.recordOutcome(e)).toEqual({ counted: true });
    expect((await handlers.getStats()).allTime.sentAnyway).toBe(1);
    // The send time written before the stop is not duplicated by the retry.
    expect(await handlers.getRecentSends({ chatKey: 'chat-a' })).toEqual([e.at]);
  });

  it('records send times only for messages that went out, and only with a chat key', async () => {
    const { handlers } = setup();
    await handlers.recordOutcome(event({ kind: 'warned', at: NOW - 5000 }));
    await handlers.recordOutcome(event({ kind: 'paused', at: NOW - 4000 }));
    await handlers.recordOutcome(event({ kind: 'safe-send', at: NOW - 3000 }));
    await handlers.recordOutcome(event({ kind: 'sent-anyway', at: NOW - 2000 }));
    await handlers.recordOutcome(event({ kind: 'safe-send', chatKey: null }));
    expect(await handlers.getRecentSends({ chatKey: 'chat-a' })).toEqual([NOW - 3000, NOW - 2000]);
  });

  it('refuses a malformed event and stores nothing', async () => {
    const { handlers } = setup();
    const bad = { ...event(), kind: 'exploded' } as unknown as OutcomeEvent;
    await expect(handlers.recordOutcome(bad)).rejects.toThrow(/recordOutcome: invalid data \(kind/);
    const noId = { ...event(), id: '' };
    await expect(handlers.recordOutcome(noId)).rejects.toThrow(/id/);
    expect((await handlers.getStats()).firstRun).toBe(true);
  });
});

describe('getRecentSends', () => {
  it('refuses a missing chat key', async () => {
    const { handlers } = setup();
    await expect(handlers.getRecentSends({ chatKey: '' })).rejects.toThrow(/getRecentSends/);
  });
});

describe('resetStats', () => {
  it('clears the counts but still ignores a retried event counted before', async () => {
    const { handlers } = setup();
    const e = event();
    await handlers.recordOutcome(e);
    await handlers.resetStats();
    const stats = await handlers.getStats();
    expect(stats.firstRun).toBe(true);
    expect(stats.allTime.paused).toBe(0);
    expect(await handlers.recordOutcome(e)).toEqual({ counted: false });
    expect(await handlers.recordOutcome(event())).toEqual({ counted: true });
  });
});

describe('notes', () => {
  const input = { site: 'whatsapp' as const, text: 'I miss us', rules: ['past' as const], at: NOW };

  it('saves, lists newest first, deletes one and deletes all', async () => {
    const { handlers } = setup();
    expect(await handlers.saveNote(input)).toEqual({ id: 'note-1' });
    await handlers.saveNote({ ...input, text: 'second', at: NOW + 1 });
    const listed = await handlers.listNotes();
    expect(listed.map((n) => [n.id, n.text])).toEqual([
      ['note-2', 'second'],
      ['note-1', 'I miss us'],
    ]);
    expect(listed[1]).toEqual({ id: 'note-1', ...input, chatTitle: null, seenAt: null });
    await handlers.deleteNote({ id: 'note-2' });
    expect((await handlers.listNotes()).map((n) => n.id)).toEqual(['note-1']);
    await handlers.deleteAllNotes();
    expect(await handlers.listNotes()).toEqual([]);
  });

  it('survives a restart: a new background reads the stored notes', async () => {
    await setup().handlers.saveNote(input);
    expect(await setup().handlers.listNotes()).toHaveLength(1);
  });

  it(`keeps at most ${NOTES_KEPT} notes, forgetting the oldest`, async () => {
    const { handlers, items } = setup();
    const full = Array.from({ length: NOTES_KEPT }, (_, i) => ({
      ...input,
      id: `old-${i}`,
      at: i,
      chatTitle: null,
      seenAt: null,
    }));
    await items.notes.set(full);
    await handlers.saveNote(input);
    const notes = await handlers.listNotes();
    expect(notes).toHaveLength(NOTES_KEPT);
    expect(notes[0]?.id).toBe('note-1');
    expect(notes.some((n) => n.id === 'old-0')).toBe(false);
    expect(notes.some((n) => n.id === 'old-1')).toBe(true);
  });

  it(`cuts a note to ${NOTE_MAX_CHARS} characters`, async () => {
    const { handlers } = setup();
    await handlers.saveNote({ ...input, text: 'y'.repeat(NOTE_MAX_CHARS + 100) });
    expect((await handlers.listNotes())[0]?.text).toHaveLength(NOTE_MAX_CHARS);
  });

  it('keeps the chat title it is given (trimmed, cut to the limit), and none when not given', async () => {
    const { handlers } = setup();
    await handlers.saveNote({ ...input, chatTitle: '  Alex  ' });
    await handlers.saveNote({
      ...input,
      at: NOW + 1,
      chatTitle: 'A'.repeat(LIMITS.chatTitleLength + 50),
    });
    await handlers.saveNote({ ...input, at: NOW + 2, chatTitle: '   ' });
    const titles = (await handlers.listNotes()).map((n) => n.chatTitle);
    expect(titles).toEqual([null, 'A'.repeat(LIMITS.chatTitleLength), 'Alex']);
  });

  it('a new note waits; marking notes looked at keeps them, and only theirs', async () => {
    let clock = NOW;
    const { handlers } = setup({ now: () => clock });
    await handlers.saveNote(input);
    await handlers.saveNote({ ...input, at: NOW + 1 });
    expect((await handlers.listNotes()).map((n) => n.seenAt)).toEqual([null, null]);
    clock = NOW + 5000;
    await handlers.markNotesSeen({ ids: ['note-1', 'unknown'] });
    const notes = await handlers.listNotes();
    expect(notes.map((n) => [n.id, n.seenAt])).toEqual([
      ['note-2', null],
      ['note-1', NOW + 5000],
    ]);
    // Looked at again later: the first time stays.
    clock = NOW + 9000;
    await handlers.markNotesSeen({ ids: ['note-1'] });
    expect((await handlers.listNotes())[1]?.seenAt).toBe(NOW + 5000);
    await expect(handlers.markNotesSeen({ ids: 'note-1' } as never)).rejects.toThrow(
      /markNotesSeen/,
    );
  });

  it('refuses an empty note', async () => {
    const { handlers } = setup();
    await expect(handlers.saveNote({ ...input, text: '   ' })).rejects.toThrow(/saveNote/);
    expect(await handlers.listNotes()).toEqual([]);
  });
});

describe('health', () => {
  const report = (status: 'active' | 'broken', at: number) => ({
    site: 'messenger' as const,
    status,
    detail: status === 'broken' ? 'send button not found' : 'ok',
    at,
  });

  it('starts empty and keeps the newest report per site', async () => {
    const { handlers } = setup();
    expect(await handlers.getHealth()).toEqual(EMPTY_HEALTH);
    await handlers.reportHealth(report('broken', NOW));
    await handlers.reportHealth(report('active', NOW - 10)); // a late report from an older tab
    expect(await handlers.getHealth()).toEqual({
      whatsapp: null,
      messenger: report('broken', NOW),
      'google-messages': null,
      instagram: null,
      telegram: null,
    });
    await handlers.reportHealth(report('active', NOW + 10));
    expect((await handlers.getHealth()).messenger?.status).toBe('active');
  });

  it('cuts a long detail and refuses a malformed report', async () => {
    const { handlers } = setup();
    await handlers.reportHealth({ ...report('broken', NOW), detail: 'x'.repeat(1000) });
    expect((await handlers.getHealth()).messenger?.detail).toHaveLength(200);
    const bad = { ...report('active', NOW), status: 'fine' } as unknown as HealthReport;
    await expect(handlers.reportHealth(bad)).rejects.toThrow(/reportHealth/);
  });
});

describe('stats from an empty store', () => {
  it('is a first run with all counts zero', async () => {
    const { handlers } = setup();
    const stats = await handlers.getStats();
    expect(stats).toEqual(computeStatsView(emptyCounters(), NOW));
    expect(stats.firstRun).toBe(true);
  });
});
