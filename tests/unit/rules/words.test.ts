// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  FIRST_PERSON_WORDS,
  SECOND_PERSON_WORDS,
  THIRD_PERSON_WORDS,
  type WordCounter,
} from '../../../src/rules/words';

/**
 * Word counters count whole words of folded text. Second-person words include Spanish verbs said
 * to "you" ("fuiste", "dejaste"), found by their ending and checked from the word's start rather
 * than tried at every word's start: the count must be the one a single regex would give.
 */

/** The count a single alternation of the counter's parts would give, as before. */
function byOneRegex(counter: WordCounter, text: string, from = 0, to = text.length): number {
  const sources = [counter.words.source];
  if (counter.ending) sources.push(`\\b${counter.ending.word.source}`);
  const re = new RegExp(sources.join('|'), 'g');
  let n = 0;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) n++;
  }
  return n;
}

const WORDS = [
  'you',
  'fuiste',
  'dejaste',
  'triste',
  'existe',
  'chiste',
  'waste',
  'taste',
  'aste',
  'baste',
  'iste',
  'piste',
  'insiste',
  'quiste',
  'alaste',
  'x1iste',
  'a_iste',
  'he',
  'hecho',
  'she',
  'me',
  'tu',
  'te',
  'elegiste',
  'vc',
  'ella',
  'love',
];

describe('word counters', () => {
  it('no listed second-person word ends as the Spanish verbs do, so none counts twice', () => {
    const listed = SECOND_PERSON_WORDS.words.source.slice('\\b(?:'.length, -')\\b'.length);
    expect(listed.split('|').filter((w) => /[ai]ste$/.test(w))).toEqual([]);
  });

  it.each([
    ['fuiste y me dejaste. you', 3],
    ['triste existe chiste waste taste', 0],
    ['elegiste. x1iste a_iste alaste', 2],
  ])('counts second-person words in "%s"', (text, count) => {
    expect(countWords(SECOND_PERSON_WORDS, text)).toBe(count);
  });

  it('counts as one regex would, over any range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '.', '', '9', ' . '), { minLength: 12, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (words, gaps, a, b) => {
          const text = words.map((w, i) => w + gaps[i]).join('');
          const from = text.length ? a % (text.length + 1) : 0;
          const to = from + (text.length ? b % (text.length - from + 1) : 0);
          for (const counter of [SECOND_PERSON_WORDS, THIRD_PERSON_WORDS, FIRST_PERSON_WORDS]) {
            expect(countWords(counter, text, from, to)).toBe(byOneRegex(counter, text, from, to));
          }
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
