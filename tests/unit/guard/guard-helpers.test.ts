import { describe, expect, it, vi } from 'vitest';
import { Bypass } from '../../../src/guard/bypass';
import { chatKeyFor } from '../../../src/guard/chat-key';
import { guardScope } from '../../../src/guard/guard-scope';
import { createOutbox } from '../../../src/guard/outbox';
import { RepeatAttempts } from '../../../src/guard/repeat-attempts';
import { isSendKey } from '../../../src/guard/send-keys';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';

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

describe('guardScope', () => {
  const s = DEFAULT_SETTINGS;
  it('guards every chat until chats are listed, then only those', () => {
    expect(guardScope(s, 'whatsapp', 'Alex', 0)).toBe('guarded');
    const listed = {
      ...s,
      guardMode: 'listed' as const,
      guardedChats: [{ site: 'whatsapp' as const, title: 'Alex  Morgan' }],
    };
    expect(guardScope(listed, 'whatsapp', 'alex morgan', 0)).toBe('guarded');
    expect(guardScope(listed, 'whatsapp', 'Mum', 0)).toBe('chat-not-listed');
    expect(guardScope(listed, 'messenger', 'Alex Morgan', 0)).toBe('chat-not-listed');
  });

  it('respects the site switch and the snooze', () => {
    expect(guardScope({ ...s, sites: { ...s.sites, messenger: false } }, 'messenger', 'A', 0)).toBe(
      'site-off',
    );
    expect(guardScope({ ...s, snoozeUntil: 100 }, 'whatsapp', 'A', 50)).toBe('snoozed');
    expect(guardScope({ ...s, snoozeUntil: 100 }, 'whatsapp', 'A', 150)).toBe('guarded');
  });
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
