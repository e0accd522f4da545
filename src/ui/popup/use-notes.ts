import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UnsentNote } from '../../messaging/protocol';
import { deleteNote, fetchNotes, markNotesSeen } from '../data/background';

export type NotesState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; notes: UnsentNote[] };

/** What the person decided about a note in this popup. */
export type Decision = 'kept' | 'deleted';

export interface NotesApi {
  /** The notes as they were when the popup opened (what to bring up is decided from these). */
  state: NotesState;
  /** The notes decided on since, by id. */
  decided: ReadonlyMap<string, Decision>;
  /** Keep: the note stops waiting (the badge counts one less) and stays in Settings. */
  keep: (id: string) => Promise<boolean>;
  /** Delete: the note is gone from this device. */
  remove: (id: string) => Promise<boolean>;
}

/**
 * The unsent notes, read from the background once when the popup opens, and the two decisions
 * the popup offers. Each resolves true once the background has done it (the only writer).
 */
export function useNotes(): NotesApi {
  const [state, setState] = useState<NotesState>({ status: 'loading' });
  const [decided, setDecided] = useState<ReadonlyMap<string, Decision>>(new Map());

  useEffect(() => {
    let live = true;
    fetchNotes().then(
      (notes) => live && setState({ status: 'ready', notes }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const decide = useCallback(async (id: string, decision: Decision, work: Promise<void>) => {
    try {
      await work;
    } catch {
      return false;
    }
    setDecided((current) => new Map(current).set(id, decision));
    return true;
  }, []);

  const keep = useCallback((id: string) => decide(id, 'kept', markNotesSeen([id])), [decide]);
  const remove = useCallback((id: string) => decide(id, 'deleted', deleteNote(id)), [decide]);
  return { state, decided, keep, remove };
}
