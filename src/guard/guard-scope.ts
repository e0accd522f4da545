import type { SiteId } from '../sites/types';
import type { Settings } from '../storage/settings-schema';

export type GuardScope = 'guarded' | 'site-off' | 'snoozed' | 'chat-not-listed';

/**
 * Whether the guard acts in this chat now. Every chat is guarded until the person lists chats;
 * then only the listed ones (names compared as the site shows them, ignoring case and spaces).
 */
export function guardScope(
  settings: Settings,
  site: SiteId,
  chatTitle: string | null,
  now: number,
): GuardScope {
  if (!settings.sites[site]) return 'site-off';
  if (settings.snoozeUntil !== null && now < settings.snoozeUntil) return 'snoozed';
  if (settings.guardMode === 'listed') {
    const wanted = normalise(chatTitle ?? '');
    const listed = settings.guardedChats.some(
      (c) => c.site === site && normalise(c.title) === wanted,
    );
    if (!listed) return 'chat-not-listed';
  }
  return 'guarded';
}

function normalise(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}
