import type { ChatStanding } from '../rules/decide';
import type { SiteId } from '../sites/types';
import { sameChat } from '../storage/chat-identity';
import type { Settings } from '../storage/settings-schema';

/** Where the guard stands in this chat now: out of the way entirely, or the chat's standing. */
export type GuardScope = 'site-off' | 'snoozed' | ChatStanding;

/**
 * The site switched off or the guard snoozed first; else how the person stands towards the chat:
 * `listed` (they asked for a second thought here), `unguarded` (they asked to be left alone
 * here), or `unlisted`. Names are compared by `chatIdentity`, as the popup and options page
 * compare them. A chat on both lists (possible only by editing a file) counts as listed: the
 * person asked for the pause there, and a pause can always be passed. What pauses in each
 * standing is `decide`'s to say, not this function's.
 */
export function chatStanding(
  settings: Settings,
  site: SiteId,
  chatTitle: string | null,
  now: number,
): GuardScope {
  if (!settings.sites[site]) return 'site-off';
  if (settings.snoozeUntil !== null && now < settings.snoozeUntil) return 'snoozed';
  if (chatTitle === null) return 'unlisted';
  const chat = { site, title: chatTitle };
  if (settings.guardedChats.some((c) => sameChat(c, chat))) return 'listed';
  if (settings.unguardedChats.some((c) => sameChat(c, chat))) return 'unguarded';
  return 'unlisted';
}
