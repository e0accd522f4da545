import { isPlainObject } from '../recover';

/**
 * Notes version 1 held the text, site, rules and time. Version 2 adds `chatTitle` (the chat's
 * title, kept only for a chat the person listed) and `seenAt` (when the person looked at the note
 * in the popup; null while it waits, and the toolbar badge counts those).
 */

/**
 * v1 → v2. Notes from before had no title (null), and count as looked at when written: they were
 * already listed in Settings, and an update must not light the badge up with old notes. Pure and
 * defensive (never throws); an item that is not an object is passed through for the read to
 * drop, and a note already v2 keeps its fields.
 */
export function migrateNotesV1ToV2(previous: unknown): unknown {
  if (!Array.isArray(previous)) return previous;
  return previous.map((note) => {
    if (!isPlainObject(note)) return note;
    return {
      ...note,
      chatTitle: 'chatTitle' in note ? note.chatTitle : null,
      seenAt: 'seenAt' in note ? note.seenAt : typeof note.at === 'number' ? note.at : null,
    };
  });
}
