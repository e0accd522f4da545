/**
 * Changes the pages make to settings, as pure functions (settings in, settings out) so they can be
 * tested alone and passed straight to `updateSettings`.
 */
import type { SiteId } from '../sites/types';
import { sameChat } from '../storage/chat-identity';
import type { GuardedChat, Settings } from '../storage/settings-schema';

export const SNOOZE_MS = 60 * 60 * 1000;

type ChatList = 'guardedChats' | 'unguardedChats';

function onList(settings: Settings, list: ChatList, chat: GuardedChat): boolean {
  return settings[list].some((c) => sameChat(c, chat));
}

function withChat(settings: Settings, list: ChatList, chat: GuardedChat): Settings {
  if (onList(settings, list, chat)) return settings;
  return {
    ...settings,
    [list]: [...settings[list], { site: chat.site, title: chat.title.trim() }],
  };
}

function withoutChat(settings: Settings, list: ChatList, chat: GuardedChat): Settings {
  if (!onList(settings, list, chat)) return settings;
  return { ...settings, [list]: settings[list].filter((c) => !sameChat(c, chat)) };
}

/** Listed: a second thought for everything written there ("Guard this chat"). */
export function isChatListed(settings: Settings, chat: GuardedChat): boolean {
  return onList(settings, 'guardedChats', chat);
}

/** Left alone: the guard stays out of this chat entirely ("Don't guard this chat"). */
export function isChatLeftAlone(settings: Settings, chat: GuardedChat): boolean {
  return onList(settings, 'unguardedChats', chat);
}

/**
 * Lists a chat (once), so every finding counts there. It is no longer left alone, and the guard
 * mode stays as it is: listing one chat does not stop the guard in the others.
 */
export function listChat(settings: Settings, chat: GuardedChat): Settings {
  return withChat(withoutChat(settings, 'unguardedChats', chat), 'guardedChats', chat);
}

export function unlistChat(settings: Settings, chat: GuardedChat): Settings {
  return withoutChat(settings, 'guardedChats', chat);
}

/** Leaves a chat alone (once): nothing is shown or held there. It is no longer listed. */
export function leaveChatAlone(settings: Settings, chat: GuardedChat): Settings {
  return withChat(withoutChat(settings, 'guardedChats', chat), 'unguardedChats', chat);
}

export function stopLeavingChatAlone(settings: Settings, chat: GuardedChat): Settings {
  return withoutChat(settings, 'unguardedChats', chat);
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
