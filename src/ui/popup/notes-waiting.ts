import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { UnsentNote } from '../../messaging/protocol';
import { isQuietTime } from '../../rules/rules/late-night';
import { toWallClock } from '../../rules/time';
import type { EngineSettings } from '../../rules/types';

type QuietHours = EngineSettings['quietHours'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The notes the popup brings up: a review of the night's notes, or a line of notes waiting. */
export interface NotesWaiting {
  /**
   * Notes written in the quiet hours, now that they are over: the popup leads with these, oldest
   * first, under `headline`. Null when there are none, or while the quiet hours go on.
   */
  night: { notes: UnsentNote[]; headline: string } | null;
  /** Every other note not looked at yet, oldest first: a compact line near the top. */
  others: UnsentNote[];
}

/**
 * Sorts the notes not yet looked at into the morning review and the rest. The quiet hours are
 * the person's own (as `late-night` reads them, on the local clock). While they last, no note is
 * pressed on anyone: the review waits for the morning, and the notes show only as waiting.
 */
export function notesWaiting(
  notes: readonly UnsentNote[],
  quiet: QuietHours,
  now: number,
): NotesWaiting {
  const waiting = notes.filter((note) => note.seenAt === null).sort((a, b) => a.at - b.at);
  const quietNow = isQuietTime(toWallClock(new Date(now)), quiet);
  const fromNight = quietNow
    ? []
    : waiting.filter((note) => isQuietTime(toWallClock(new Date(note.at)), quiet));
  if (fromNight.length === 0) return { night: null, others: waiting };
  return {
    night: { notes: fromNight, headline: nightHeadline(fromNight, quiet, now) },
    others: waiting.filter((note) => !fromNight.includes(note)),
  };
}

/**
 * "You saved 2 messages last night": said so when the quiet hours are a night (they cross
 * midnight or end by noon) and every note is from the last one; else "in your quiet hours".
 */
export function nightHeadline(
  notes: readonly UnsentNote[],
  quiet: QuietHours,
  now: number,
): string {
  const isNight = quiet.start > quiet.end || quiet.end <= 12 * 60;
  const lastNight = isNight && notes.every((note) => now - note.at < DAY_MS);
  const count = { count: formatCount(notes.length) };
  return lastNight
    ? i18n.t('popup.notes.savedLastNight', notes.length, count)
    : i18n.t('popup.notes.savedQuietHours', notes.length, count);
}
