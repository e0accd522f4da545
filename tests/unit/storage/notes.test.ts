import { describe, expect, it } from 'vitest';
import type { UnsentNote } from '../../../src/messaging/protocol';
import {
  addNote,
  clampNoteText,
  NOTE_MAX_CHARS,
  NOTES_KEPT,
  notesNewestFirst,
  notesSchema,
  removeNote,
} from '../../../src/storage/notes';

const note = (id: string, at: number): UnsentNote => ({
  id,
  site: 'messenger',
  text: `note ${id}`,
  rules: ['past'],
  at,
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
