/**
 * The pages' only door to the background. Every call gets a deadline: a background that never
 * answers (crashed, or still starting) must become an error state with a retry, not a page that
 * spins forever.
 */
import type { HealthView, StatsView, UnsentNote } from '../../messaging/protocol';
import { sendMessage } from '../../messaging/protocol';
import type { Corrections } from '../../storage/not-risky';

const ANSWER_WITHIN_MS = 5000;

export class NoAnswerError extends Error {
  constructor(what: string) {
    super(`The background did not answer (${what}).`);
    this.name = 'NoAnswerError';
  }
}

function withDeadline<T>(what: string, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerError(what)), ANSWER_WITHIN_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export const fetchStats = (): Promise<StatsView> =>
  withDeadline('stats', sendMessage('getStats', undefined));

export const fetchHealth = (): Promise<HealthView> =>
  withDeadline('health', sendMessage('getHealth', undefined));

export const fetchNotes = (): Promise<UnsentNote[]> =>
  withDeadline('notes', sendMessage('listNotes', undefined));

export const deleteNote = (id: string): Promise<void> =>
  withDeadline('delete note', sendMessage('deleteNote', { id }));

export const deleteAllNotes = (): Promise<void> =>
  withDeadline('delete notes', sendMessage('deleteAllNotes', undefined));

export const resetStats = (): Promise<void> =>
  withDeadline('reset stats', sendMessage('resetStats', undefined));

export const fetchCorrections = (): Promise<Corrections> =>
  withDeadline('corrections', sendMessage('getCorrections', undefined));

export const forgetCorrections = (rule: string): Promise<void> =>
  withDeadline('forget corrections', sendMessage('forgetCorrections', { rule }));

export const markNotesSeen = (ids: string[]): Promise<void> =>
  withDeadline('mark notes looked at', sendMessage('markNotesSeen', { ids }));
