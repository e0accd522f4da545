import { SECOND_PERSON_WORDS, THIRD_PERSON_WORDS } from './words';

/**
 * How often each sentence of a folded draft speaks to "you" (second person) and of "him", "her"
 * or an ex (third person): one scan per word list over the whole draft, shared by the rules that
 * ask (address.ts, long-letter.ts) instead of each scanning again.
 */
export interface PersonCounts {
  /** By sentence number. */
  readonly second: Int32Array;
  readonly third: Int32Array;
  readonly totalSecond: number;
  readonly totalThird: number;
}

/** `starts`: where each sentence starts in `text` (0 first, each just after a "."). */
export function countPersonsBySentence(text: string, starts: readonly number[]): PersonCounts {
  const second = new Int32Array(starts.length);
  const third = new Int32Array(starts.length);
  return {
    second,
    third,
    totalSecond: tally(SECOND_PERSON_WORDS, text, starts, second),
    totalThird: tally(THIRD_PERSON_WORDS, text, starts, third),
  };
}

/**
 * Counts the matches of a word counter (see words.ts) into their sentences; returns the total.
 * `test` leaves `lastIndex` at a match's end and makes no match object; a word never holds a
 * ".", so the match's last character is in the same sentence as its first.
 */
function tally(counter: RegExp, text: string, starts: readonly number[], into: Int32Array): number {
  let total = 0;
  let sentence = 0;
  counter.lastIndex = 0;
  while (counter.test(text)) {
    const last = counter.lastIndex - 1;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= last) sentence++;
    into[sentence]!++;
    total++;
  }
  return total;
}
