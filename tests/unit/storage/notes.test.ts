import { describe, expect, it } from 'vitest';
import type { UnsentNote } from '../../../src/messaging/protocol';
import { migrateNotesV1ToV2 } from '../../../src/storage/migrations/notes-v1';
import {
  addNote,
  clampNoteText,
  markSeen,
  NOTE_MAX_CHARS,
  NOTES_KEPT,
  notesNewestFirst,
  notesSchema,
  removeNote,
  waitingCount,
} from '../../../src/storage/notes';

const note = (id: string, at: number): UnsentNote => ({
  id,
  site: 'messenger',
  text: `note ${id}`,
  rules: ['past'],
  at,
  chatTitle: null,
  seenAt: null,
});

describe('notes', () => {
  it(`keeps at most ${NOTES_KEPT}, forgetting the oldest`, () => {
    let notes: UnsentNote[] = [];
    for (let i = 0; i < NOTES_KEPT + 3; i++) notes = addNote(notes, note(`n${i}`, i));
    expect(notes).toHaveLength(NOTES_KEPT);
    expect(notes[0]?.id).toBe('n3');
    expect(notesSchema.safeParse(notes).success).toBe(true);
  });

  it('removes by id and lists newest first', () => {
    const notes = [note('a', 1), note('b', 3), note('c', 2)];
    expect(removeNote(notes, 'b').map((n) => n.id)).toEqual(['a', 'c']);
    expect(removeNote(notes, 'zzz')).toEqual(notes);
    expect(notesNewestFirst(notes).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('cuts text to the limit without splitting an emoji', () => {
    expect(clampNoteText('short')).toBe('short');
    expect(clampNoteText('x'.repeat(NOTE_MAX_CHARS + 5))).toHaveLength(NOTE_MAX_CHARS);
    const emojiAtEdge = `${'x'.repeat(NOTE_MAX_CHARS - 1)}😀`;
    const cut = clampNoteText(emojiAtEdge);
    expect(cut).toBe('x'.repeat(NOTE_MAX_CHARS - 1));
  });
});

describe('notes v1 → v2', () => {
  const v1 = { id: 'n1', site: 'whatsapp', text: 'miss you', rules: ['longing'], at: 1000 };

  it('notes from before have no chat title and count as looked at when written', () => {
    const v2 = notesSchema.parse(migrateNotesV1ToV2([v1]));
    expect(v2).toEqual([{ ...v1, chatTitle: null, seenAt: 1000 }]);
    expect(waitingCount(v2)).toBe(0);
  });

  it('leaves a note already v2 as it is (a waiting note keeps waiting)', () => {
    const waiting = { ...v1, chatTitle: 'Alex', seenAt: null };
    expect(migrateNotesV1ToV2([waiting])).toEqual([waiting]);
  });

  it('passes through what it cannot read, for the read to drop', () => {
    expect(migrateNotesV1ToV2('nonsense')).toBe('nonsense');
    expect(migrateNotesV1ToV2([7, v1])).toEqual([7, { ...v1, chatTitle: null, seenAt: 1000 }]);
  });
});

describe('looked at', () => {
  it('marks only the notes named, once, and counts the ones still waiting', () => {
    const notes = [note('a', 1), note('b', 2), { ...note('c', 3), seenAt: 50 }];
    const marked = markSeen(notes, ['a', 'c', 'zzz'], 99);
    expect(marked.map((n) => n.seenAt)).toEqual([99, null, 50]);
    expect(waitingCount(notes)).toBe(2);
    expect(waitingCount(marked)).toBe(1);
  });
});
