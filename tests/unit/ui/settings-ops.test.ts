import { describe, expect, it } from 'vitest';
import { chatIdentity, sameChat } from '../../../src/storage/chat-identity';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/storage/settings-schema';
import {
  isChatLeftAlone,
  isChatListed,
  isSnoozed,
  leaveChatAlone,
  listChat,
  resume,
  SNOOZE_MS,
  setSiteOn,
  snooze,
  stopLeavingChatAlone,
  unlistChat,
} from '../../../src/ui/settings-ops';

const alex = { site: 'whatsapp' as const, title: 'Alex' };

describe('settings changes from the pages', () => {
  it('listing a chat lists it once and leaves the guard mode as it is', () => {
    const once = listChat(DEFAULT_SETTINGS, alex);
    const twice = listChat(once, { site: 'whatsapp', title: '  alex ' });
    expect(twice.guardMode).toBe('all');
    expect(twice.guardedChats).toEqual([alex]);
    expect(settingsSchema.safeParse(twice).success).toBe(true);
    expect(DEFAULT_SETTINGS.guardedChats).toEqual([]);
    expect(listChat({ ...DEFAULT_SETTINGS, guardMode: 'listed' }, alex).guardMode).toBe('listed');
  });

  it('treats the same name on another site as another chat', () => {
    expect(sameChat(alex, { site: 'messenger', title: 'Alex' })).toBe(false);
    expect(
      isChatListed(listChat(DEFAULT_SETTINGS, alex), { site: 'messenger', title: 'Alex' }),
    ).toBe(false);
  });

  it('unlisting removes only that chat', () => {
    const sam = { site: 'messenger' as const, title: 'Sam' };
    const both = listChat(listChat(DEFAULT_SETTINGS, alex), sam);
    expect(unlistChat(both, { site: 'whatsapp', title: 'ALEX' }).guardedChats).toEqual([sam]);
  });

  it('listed and left alone exclude each other', () => {
    const listed = listChat(DEFAULT_SETTINGS, alex);
    const alone = leaveChatAlone(listed, { site: 'whatsapp', title: 'alex' });
    expect(isChatListed(alone, alex)).toBe(false);
    expect(isChatLeftAlone(alone, alex)).toBe(true);
    expect(alone.unguardedChats).toEqual([{ site: 'whatsapp', title: 'alex' }]);
    const back = listChat(alone, alex);
    expect(isChatListed(back, alex)).toBe(true);
    expect(isChatLeftAlone(back, alex)).toBe(false);
    expect(stopLeavingChatAlone(alone, alex).unguardedChats).toEqual([]);
    expect(leaveChatAlone(alone, alex)).toBe(alone);
    expect(settingsSchema.safeParse(alone).success).toBe(true);
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
      'google-messages': true,
      instagram: true,
      telegram: true,
    });
  });
});

describe('chatIdentity: the one definition of the same chat', () => {
  it.each([
    ['Alex Morgan', '  alex   morgan '],
    ['Alex Morgan', 'alex\u00a0morgan'],
    ['Ａｌｅｘ', 'alex'],
    ['Café', 'Cafe\u0301'],
    ['STRASSE', 'straße'],
    ['ﬁona', 'FIONA'],
  ])('%j and %j are the same chat', (a, b) => {
    expect(chatIdentity(a)).toBe(chatIdentity(b));
    expect(sameChat({ site: 'whatsapp', title: a }, { site: 'whatsapp', title: b })).toBe(true);
  });

  it.each([
    ['Alex', 'Alexa'],
    ['Alex Morgan', 'AlexMorgan'],
    ['Mum', 'Mum 2'],
  ])('%j and %j are different chats', (a, b) => {
    expect(chatIdentity(a)).not.toBe(chatIdentity(b));
  });
});
