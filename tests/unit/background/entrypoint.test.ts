import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @webext-core/messaging talks to `chrome.runtime` with callbacks, which fakeBrowser does not
// answer; capture the listeners the entrypoint registers and call them as the library would.
const listeners = vi.hoisted(() => new Map<string, (message: { data: unknown }) => unknown>());
vi.mock('../../../src/messaging/protocol', () => ({
  onMessage: (type: string, onReceived: (message: { data: unknown }) => unknown) => {
    listeners.set(type, onReceived);
    return () => listeners.delete(type);
  },
}));

const { default: background } = await import('../../../entrypoints/background');

function send(type: string, data?: unknown): Promise<unknown> {
  const listener = listeners.get(type);
  if (!listener) throw new Error(`no listener for ${type}`);
  return Promise.resolve(listener({ data }));
}

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listeners.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('registers every background message, and not getCurrentChat', () => {
    background.main();
    expect([...listeners.keys()].sort()).toEqual(
      [
        'deleteAllNotes',
        'deleteNote',
        'forgetCorrections',
        'getCorrections',
        'getHealth',
        'getRecentSends',
        'getSettings',
        'getStats',
        'listNotes',
        'markNotRisky',
        'markNotesSeen',
        'recordOutcome',
        'reportHealth',
        'resetStats',
        'saveNote',
        'undoNotRisky',
      ].sort(),
    );
  });

  it('answers messages from storage end to end', async () => {
    // Noon on the clock (only Date is faked): an event a second old is still "today" for
    // getStats, even when the suite runs just after local midnight.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 25, 12) });
    background.main();
    const at = Date.now() - 1000;
    const event = { id: 'w1', kind: 'safe-send', site: 'whatsapp', rules: [], at, chatKey: 'k' };
    expect(await send('recordOutcome', event)).toEqual({ counted: true });
    expect(await send('recordOutcome', event)).toEqual({ counted: false });
    expect(await send('getRecentSends', { chatKey: 'k' })).toEqual([at]);
    expect(await send('getStats')).toMatchObject({ firstRun: false, today: { safeSends: 1 } });
    const saved = (await send('saveNote', { site: 'whatsapp', text: 'later', rules: [], at })) as {
      id: string;
    };
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await send('listNotes')).toMatchObject([{ id: saved.id, text: 'later' }]);
    await send('deleteNote', { id: saved.id });
    expect(await send('listNotes')).toEqual([]);
    await send('reportHealth', { site: 'whatsapp', status: 'active', detail: 'ok', at });
    expect(await send('getHealth')).toMatchObject({ whatsapp: { status: 'active' } });
    await expect(send('recordOutcome', { nonsense: true })).rejects.toThrow(/invalid data/);
  });

  it('opens the welcome page in a new tab on install, and not on an update', async () => {
    background.main();
    const welcomeTabs = async () =>
      (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(await welcomeTabs()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect((await welcomeTabs()).map((t) => t.url)).toEqual([
      fakeBrowser.runtime.getURL('/welcome.html'),
    ]);
  });

  it('shows the notes waiting on the toolbar badge, from the start and as they change', async () => {
    const waiting = {
      site: 'whatsapp',
      text: 'x',
      rules: [],
      at: 1,
      chatTitle: null,
      seenAt: null,
    };
    await fakeBrowser.storage.local.set({
      notes: [
        { ...waiting, id: 'a' },
        { ...waiting, id: 'b' },
        { ...waiting, id: 'c', seenAt: 2 },
      ],
      notes$: { v: 2 },
    });
    const badge = () => fakeBrowser.action.getBadgeText({});
    background.main();
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    await send('markNotesSeen', { ids: ['a'] });
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    await send('deleteNote', { id: 'b' });
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    await send('saveNote', { site: 'messenger', text: 'later', rules: [], at: 5 });
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
  });
});
