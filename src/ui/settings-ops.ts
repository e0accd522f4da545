/**
 * Changes the pages make to settings, as pure functions (settings in, settings out) so they can be
 * tested alone and passed straight to `updateSettings`.
 */
import type { SiteId } from '../sites/types';
import type { GuardedChat, Settings } from '../storage/settings-schema';

export const SNOOZE_MS = 60 * 60 * 1000;

/** Chat names are compared as a person reads them: spacing and letter case do not matter. */
function chatName(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function sameChat(a: GuardedChat, b: GuardedChat): boolean {
  return a.site === b.site && chatName(a.title) === chatName(b.title);
}

export function isChatListed(settings: Settings, chat: GuardedChat): boolean {
  return settings.guardedChats.some((listed) => sameChat(listed, chat));
}

/** Adds a chat to the list (once), leaving the guard mode as it is. */
export function listChat(settings: Settings, chat: GuardedChat): Settings {
  if (isChatListed(settings, chat)) return settings;
  const entry = { site: chat.site, title: chat.title.trim() };
  return { ...settings, guardedChats: [...settings.guardedChats, entry] };
}

/** Guards this chat and switches to guarding only listed chats (the popup's "Guard this chat"). */
export function guardChat(settings: Settings, chat: GuardedChat): Settings {
  return { ...listChat(settings, chat), guardMode: 'listed' };
}

export function unguardChat(settings: Settings, chat: GuardedChat): Settings {
  return { ...settings, guardedChats: settings.guardedChats.filter((c) => !sameChat(c, chat)) };
}

export function isSnoozed(settings: Settings, now: number): boolean {
  return settings.snoozeUntil !== null && settings.snoozeUntil > now;
}

export function snooze(settings: Settings, now: number): Settings {
  return { ...settings, snoozeUntil: now + SNOOZE_MS };
}

export function resume(settings: Settings): Settings {
  return { ...settings, snoozeUntil: null };
}

export function setSiteOn(settings: Settings, site: SiteId, on: boolean): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: on } };
}
