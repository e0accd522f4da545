import type { UnsentNote } from '../messaging/protocol';
import { waitingCount } from '../storage/notes';

/** The toolbar button's badge, as `browser.action` (Chrome MV3) and `browserAction` (Firefox MV2) offer it. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** The notes as the background stores them: read once, then followed as they change. */
interface WatchedNotes {
  get(): Promise<UnsentNote[]>;
  watch(cb: (notes: UnsentNote[]) => void): () => void;
}

/** The extension's accent (theme.css): calm, not an alarm red. */
const BADGE_COLOUR = '#2d6b66';

/** "3" for three notes waiting; nothing at all when none wait. Capped, as a badge is tiny. */
export function badgeText(waiting: number): string {
  if (waiting <= 0) return '';
  return waiting > 99 ? '99+' : String(waiting);
}

/**
 * Keeps the toolbar badge at the number of notes not yet looked at: set when the background
 * starts (the badge does not survive a browser restart) and again whenever the notes change,
 * whoever changed them. A badge that cannot be set is only a missing hint: errors are ignored.
 */
export function showWaitingNotes(notes: WatchedNotes, badge: BadgeApi): () => void {
  const show = (list: UnsentNote[]) =>
    badge.setBadgeText({ text: badgeText(waitingCount(list)) }).catch(() => undefined);
  badge.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
  notes.get().then(show, () => undefined);
  return notes.watch(show);
}
