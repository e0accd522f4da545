import { describe, expect, it, vi } from 'vitest';
import { Bypass } from '../../../src/guard/bypass';
import { chatKeyFor } from '../../../src/guard/chat-key';
import { chatStanding, type GuardScope } from '../../../src/guard/guard-scope';
import { createOutbox } from '../../../src/guard/outbox';
import { RepeatAttempts } from '../../../src/guard/repeat-attempts';
import { isSendKey } from '../../../src/guard/send-keys';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import type { ChatStanding } from '../../../src/rules/decide';
import { isGuarded as guardIsOn } from '../../../src/rules/decide';
import type { SiteAdapter, SiteId } from '../../../src/sites/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';

const key = (init: KeyboardEventInit & { keyCode?: number }) => new KeyboardEvent('keydown', init);

describe('isSendKey', () => {
  it('is plain Enter only', () => {
    expect(isSendKey(key({ key: 'Enter' }), false)).toBe(true);
    expect(isSendKey(key({ key: 'Enter', shiftKey: true }), false)).toBe(false);
    expect(isSendKey(key({ key: 'Enter', ctrlKey: true }), false)).toBe(false);
    expect(isSendKey(key({ key: 'a' }), false)).toBe(false);
  });

  it('ignores Enter that ends an IME composition', () => {
    expect(isSendKey(key({ key: 'Enter', isComposing: true }), false)).toBe(false);
    expect(isSendKey(key({ key: 'Enter' }), true)).toBe(false);
    const ime = key({ key: 'Enter' });
    Object.defineProperty(ime, 'keyCode', { value: 229 });
    expect(isSendKey(ime, false)).toBe(false);
  });

  it('asks a site that lets the person choose the send key, and only outside a composition', () => {
    const enterSends = vi.fn((event: KeyboardEvent) => event.ctrlKey);
    const adapter = { enterSends } as unknown as SiteAdapter;
    expect(isSendKey(key({ key: 'Enter', ctrlKey: true }), false, adapter, document)).toBe(true);
    expect(isSendKey(key({ key: 'Enter' }), false, adapter, document)).toBe(false);
    expect(isSendKey(key({ key: 'Enter', ctrlKey: true }), true, adapter, document)).toBe(false);
    expect(isSendKey(key({ key: 'a', ctrlKey: true }), false, adapter, document)).toBe(false);
    expect(enterSends).toHaveBeenCalledTimes(2);
    // A site without the method: plain Enter, as before.
    const plain = {} as SiteAdapter;
    expect(isSendKey(key({ key: 'Enter' }), false, plain, document)).toBe(true);
    expect(isSendKey(key({ key: 'Enter', ctrlKey: true }), false, plain, document)).toBe(false);
  });
});

describe('Bypass', () => {
  it('lets exactly one send through, only shortly after it was armed', () => {
    let now = 1000;
    const bypass = new Bypass(() => now);
    expect(bypass.consume()).toBe(false);
    bypass.arm();
    expect(bypass.consume()).toBe(true);
    expect(bypass.consume()).toBe(false);
    bypass.arm();
    now += 5000;
    expect(bypass.consume()).toBe(false);
  });
});

describe('chatStanding', () => {
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    guardedChats: [{ site: 'whatsapp', title: 'Alex  Morgan' }],
    unguardedChats: [
      { site: 'whatsapp', title: 'Mum' },
      { site: 'messenger', title: 'Ａｌｅｘ Morgan' },
    ],
  };
  const table: [string, Settings, SiteId, string | null, number, GuardScope][] = [
    ['a listed chat', base, 'whatsapp', 'Alex Morgan', 0, 'listed'],
    [
      'listed, read with other case and spacing',
      base,
      'whatsapp',
      '  alex\u00a0 MORGAN ',
      0,
      'listed',
    ],
    ['a chat left alone', base, 'whatsapp', 'mum', 0, 'unguarded'],
    [
      'left alone, full-width letters folded (NFKC)',
      base,
      'messenger',
      'alex morgan',
      0,
      'unguarded',
    ],
    ['any other chat', base, 'whatsapp', 'Sam', 0, 'unlisted'],
    ['the same name on another site', base, 'messenger', 'Mum', 0, 'unlisted'],
    ['no title read', base, 'whatsapp', null, 0, 'unlisted'],
    [
      'listed mode does not change a standing',
      { ...base, guardMode: 'listed' },
      'whatsapp',
      'Sam',
      0,
      'unlisted',
    ],
    [
      'on both lists: listed wins',
      {
        ...base,
        unguardedChats: [...base.unguardedChats, { site: 'whatsapp', title: 'alex morgan' }],
      },
      'whatsapp',
      'Alex Morgan',
      0,
      'listed',
    ],
    [
      'site switched off, even for a listed chat',
      { ...base, sites: { ...base.sites, whatsapp: false } },
      'whatsapp',
      'Alex Morgan',
      0,
      'site-off',
    ],
    [
      'snoozed, even for a listed chat',
      { ...base, snoozeUntil: 100 },
      'whatsapp',
      'Alex Morgan',
      50,
      'snoozed',
    ],
    [
      'a snooze that has ended',
      { ...base, snoozeUntil: 100 },
      'whatsapp',
      'Alex Morgan',
      100,
      'listed',
    ],
    [
      'site off goes before snoozed',
      { ...base, snoozeUntil: 100, sites: { ...base.sites, messenger: false } },
      'messenger',
      'Sam',
      50,
      'site-off',
    ],
  ];
  for (const [name, settings, site, title, now, expected] of table) {
    it(`${name}: ${expected}`, () => {
      expect(chatStanding(settings, site, title, now)).toBe(expected);
    });
  }
});

describe('isGuarded (decide.ts: where the guard is on at all)', () => {
  const table: [ChatStanding, 'all' | 'listed', boolean][] = [
    ['listed', 'all', true],
    ['listed', 'listed', true],
    ['unlisted', 'all', true],
    ['unlisted', 'listed', false],
    ['unguarded', 'all', false],
    ['unguarded', 'listed', false],
  ];
  for (const [standing, guardMode, on] of table) {
    it(`${standing} chat, guard mode ${guardMode}: ${on ? 'on' : 'off'}`, () => {
      expect(guardIsOn(standing, { guardMode })).toBe(on);
    });
  }
});

describe('chatKeyFor', () => {
  it('is stable, per site, and does not contain the name', () => {
    expect(chatKeyFor('whatsapp', 'Alex')).toBe(chatKeyFor('whatsapp', 'Alex'));
    expect(chatKeyFor('whatsapp', 'Alex')).not.toBe(chatKeyFor('messenger', 'Alex'));
    expect(chatKeyFor('whatsapp', 'Alex')).not.toContain('Alex');
    expect(chatKeyFor('whatsapp', 'Alex')).toMatch(/^whatsapp:[0-9a-f]{8}$/);
  });
});

describe('RepeatAttempts', () => {
  it('counts attempts per chat within ten minutes', () => {
    const r = new RepeatAttempts();
    expect(r.record('a', 0)).toBe(1);
    expect(r.record('a', 60_000)).toBe(2);
    expect(r.record('b', 60_000)).toBe(1);
    expect(r.record('a', 10.5 * 60_000)).toBe(2); // the one at 0 has expired
  });
});

describe('outbox', () => {
  const event: OutcomeEvent = {
    id: 'e1',
    kind: 'paused',
    site: 'whatsapp',
    rules: ['begging'],
    at: 1,
    chatKey: null,
  };

  it('retries a failed delivery with the same event id until it is acknowledged', async () => {
    const timers: (() => void)[] = [];
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('worker asleep'))
      .mockResolvedValue({ counted: true });
    const outbox = createOutbox({
      send,
      setTimeout: (fn) => timers.push(fn),
      isActive: () => true,
    });
    outbox.post(event);
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    timers[0]!();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls.map((c) => (c[0] as OutcomeEvent).id)).toEqual(['e1', 'e1']);
  });

  it('stops when the extension context is gone', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated'));
    const onGiveUp = vi.fn();
    let active = true;
    const outbox = createOutbox({
      send,
      setTimeout: () => undefined,
      isActive: () => active,
      onGiveUp,
    });
    active = false;
    outbox.post(event);
    expect(send).not.toHaveBeenCalled();
  });
});
