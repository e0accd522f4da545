import type { UnsentNote } from '../messaging/protocol';
import { RULE_IDS } from '../rules/types';
import { LIMITS, ruleIdSchema, siteIdSchema } from './settings-schema';
import { z } from './zod';

/** Notes kept; saving one more forgets the oldest. */
export const NOTES_KEPT = 500;
/** A note longer than this is cut (a message this long is not a chat message anyway). */
export const NOTE_MAX_CHARS = 20_000;
export const NOTE_ID_MAX_LENGTH = 64;

/** The notes version this build writes (2: chat title and "looked at"; see migrations/notes-v1). */
export const NOTES_VERSION = 2;

export const noteSchema = z.object({
  id: z.string().min(1).max(NOTE_ID_MAX_LENGTH),
  site: siteIdSchema,
  text: z.string().min(1).max(NOTE_MAX_CHARS),
  rules: z.array(ruleIdSchema).max(RULE_IDS.length),
  at: z.number(),
  chatTitle: z.string().min(1).max(LIMITS.chatTitleLength).nullable(),
  seenAt: z.number().nullable(),
});

/** Oldest first. The only place message text is ever stored, and only when asked to. */
export const notesSchema = z.array(noteSchema).max(NOTES_KEPT);

export function addNote(notes: UnsentNote[], note: UnsentNote): UnsentNote[] {
  return [...notes, note].slice(-NOTES_KEPT);
}

export function removeNote(notes: UnsentNote[], id: string): UnsentNote[] {
  return notes.filter((note) => note.id !== id);
}

/** Marks these notes looked at (those already looked at keep their time). */
export function markSeen(notes: UnsentNote[], ids: readonly string[], now: number): UnsentNote[] {
  const wanted = new Set(ids);
  return notes.map((note) =>
    wanted.has(note.id) && note.seenAt === null ? { ...note, seenAt: now } : note,
  );
}

/** How many notes wait to be looked at: the toolbar badge's number. */
export function waitingCount(notes: readonly UnsentNote[]): number {
  return notes.filter((note) => note.seenAt === null).length;
}

/** A chat title as a note keeps it: trimmed and cut to the limit, or null when there is none. */
export function noteChatTitle(title: string | undefined): string | null {
  const trimmed = title?.trim().slice(0, LIMITS.chatTitleLength).trim();
  return trimmed ? trimmed : null;
}

/** Newest first, as the options page lists them. */
export function notesNewestFirst(notes: UnsentNote[]): UnsentNote[] {
  return [...notes].sort((a, b) => b.at - a.at);
}

/** Cuts text to the limit without splitting a surrogate pair (an emoji) in half. */
export function clampNoteText(text: string): string {
  if (text.length <= NOTE_MAX_CHARS) return text;
  let end = NOTE_MAX_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
