import { forEachWordEnd, SECOND_PERSON_WORDS, THIRD_PERSON_WORDS, type WordCounter } from './words';

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

/** Counts the words of a counter (see words.ts) into their sentences; returns the total. */
function tally(
  counter: WordCounter,
  text: string,
  starts: readonly number[],
  into: Int32Array,
): number {
  let total = 0;
  // A word never holds a ".", so its last character is in the sentence it starts in. The
  // counter gives its words in two runs, each in order: the sentence search starts over for each.
  let sentence = 0;
  let lastEnd = 0;
  forEachWordEnd(counter, text, 0, text.length, (end) => {
    if (end < lastEnd) sentence = 0;
    lastEnd = end;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= end - 1) sentence++;
    into[sentence]!++;
    total++;
    return true;
  });
  return total;
}
