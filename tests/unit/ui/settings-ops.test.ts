import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/storage/settings-schema';
import {
  guardChat,
  isChatListed,
  isSnoozed,
  resume,
  SNOOZE_MS,
  sameChat,
  setSiteOn,
  snooze,
  unguardChat,
} from '../../../src/ui/settings-ops';

const alex = { site: 'whatsapp' as const, title: 'Alex' };

describe('settings changes from the pages', () => {
  it('guarding a chat lists it once and switches to listed chats', () => {
    const once = guardChat(DEFAULT_SETTINGS, alex);
    const twice = guardChat(once, { site: 'whatsapp', title: '  alex ' });
    expect(twice.guardMode).toBe('listed');
    expect(twice.guardedChats).toEqual([alex]);
    expect(settingsSchema.safeParse(twice).success).toBe(true);
    expect(DEFAULT_SETTINGS.guardedChats).toEqual([]);
  });

  it('treats the same name on another site as another chat', () => {
    expect(sameChat(alex, { site: 'messenger', title: 'Alex' })).toBe(false);
    expect(
      isChatListed(guardChat(DEFAULT_SETTINGS, alex), { site: 'messenger', title: 'Alex' }),
    ).toBe(false);
  });

  it('unguarding removes only that chat', () => {
    const sam = { site: 'messenger' as const, title: 'Sam' };
    const both = guardChat(guardChat(DEFAULT_SETTINGS, alex), sam);
    expect(unguardChat(both, { site: 'whatsapp', title: 'ALEX' }).guardedChats).toEqual([sam]);
  });

  it('snoozes for one hour from now and resumes', () => {
    const now = 1_800_000_000_000;
    const snoozed = snooze(DEFAULT_SETTINGS, now);
    expect(snoozed.snoozeUntil).toBe(now + SNOOZE_MS);
    expect(isSnoozed(snoozed, now + SNOOZE_MS - 1)).toBe(true);
    expect(isSnoozed(snoozed, now + SNOOZE_MS)).toBe(false);
    expect(resume(snoozed).snoozeUntil).toBeNull();
    expect(isSnoozed(DEFAULT_SETTINGS, now)).toBe(false);
  });

  it('switches one site without touching the other', () => {
    expect(setSiteOn(DEFAULT_SETTINGS, 'messenger', false).sites).toEqual({
      whatsapp: true,
      messenger: false,
    });
  });
});
