import type { FoldedText } from '../normalize';
import type { TextRule } from '../text-rule';
import type { Finding } from '../types';
import { FIRST_PERSON, foldedWordSet, SECOND_PERSON, THIRD_PERSON } from '../words';

/**
 * `long-letter`: the shape of the message, not a phrase. Real messages to an ex are often a
 * paragraph or several that mix a memory, a declaration, a reproach and an apology, with none of
 * the tidy phrases the other rules know. A draft of many sentences, addressed to the other person
 * ("you"), dense with feelings and the relationship, is itself what the advice warns about.
 *
 * It stays quiet on long logistics ("the kids' bags are packed, pick-up is at 5…"), long neutral
 * news, venting about someone in the third person, and long thank-you letters to a friend or a
 * parent (gratitude, birthdays and family words weigh against it). One pass over the folded
 * words; no spans are highlighted, since the whole message is the finding.
 */

/** Feelings and the relationship: what a letter about "the two of you" is made of. */
const FEELING = foldedWordSet(`
  love loved loving lover miss missed missing hurt hurts hurting hurtful pain painful heart hearts
  heartbreak heartbroken feel feeling feelings felt sorry forgive forgave forgiven forgiveness
  apologize apologise apology relationship together cry cried crying tears lonely alone broken
  regret regrets deserve deserved trust care cared caring scared afraid fear hope hoped wish
  wished lost goodbye memories memory chance promise promised promises mistake mistakes fault
  worth closure breakup broke ended end leave left heal healing soul vulnerable safe anxiety
  anxious insecure insecurities kiss kisses touch arms forever happiness sad sadness empty
  emptiness ache aching wound grief lie lied lies cheated betrayed betrayal abandoned space
  effort understand understood blame choose chose needed want wanted us ours
`);

/** A letter of thanks or wishes to family and friends, not a letter about the two of you. */
const GIFT = foldedWordSet(`
  thank thanks thankful grateful gratitude birthday bday congratulations congrats proud
  mum mom mummy mommy mama ma dad daddy papa pa sis bro bestie friend friends friendship
  grandma grandpa granny nana auntie aunty uncle teacher graduation diwali eid christmas xmas
  festival blessed blessings bless
`);

/** Words that announce the breakup itself; they outweigh the gift words above. */
const BREAKUP = foldedWordSet(`
  breakup broke ended ex closure relationship
`);

const MIN_WORDS = 45;
const MIN_SECOND_PERSON = 3;
const MIN_FEELINGS = 5;
/** Feelings per word: about one word in fourteen, as in a letter, not in a schedule. */
const MIN_FEELING_DENSITY = 0.07;
/** At least this many sentences, or this many words in one run-on paragraph. */
const MIN_SENTENCES = 3;
const RUN_ON_WORDS = 70;

interface Shape {
  words: number;
  sentences: number;
  second: number;
  third: number;
  first: number;
  feelings: number;
  gift: number;
  breakup: number;
}

/** Counts the shape of a folded draft in one pass. */
export function letterShape(folded: FoldedText): Shape {
  const text = folded.text;
  const shape: Shape = {
    words: 0,
    sentences: 0,
    second: 0,
    third: 0,
    first: 0,
    feelings: 0,
    gift: 0,
    breakup: 0,
  };
  let sentenceHasWords = false;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : '.';
    const boundary = ch === ' ' || ch === '.';
    if (!boundary) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const word = text.slice(start, i);
      start = -1;
      shape.words++;
      sentenceHasWords = true;
      if (SECOND_PERSON.has(word)) shape.second++;
      else if (THIRD_PERSON.has(word)) shape.third++;
      else if (FIRST_PERSON.has(word)) shape.first++;
      if (FEELING.has(word)) shape.feelings++;
      if (GIFT.has(word)) shape.gift++;
      if (BREAKUP.has(word)) shape.breakup++;
    }
    if (ch === '.' && sentenceHasWords) {
      shape.sentences++;
      sentenceHasWords = false;
    }
  }
  return shape;
}

/** Whether a shape reads as a long letter to the other person about the two of you. */
export function isLongLetter(s: Shape): boolean {
  if (s.words < MIN_WORDS) return false;
  if (s.sentences < MIN_SENTENCES && s.words < RUN_ON_WORDS) return false;
  // Addressed to "you", more than told about "him" or "her".
  if (s.second < MIN_SECOND_PERSON || s.second <= s.third) return false;
  if (s.first < 2) return false;
  if (s.feelings < MIN_FEELINGS || s.feelings / s.words < MIN_FEELING_DENSITY) return false;
  // Thanks and wishes to family and friends, unless the breakup itself is named.
  if (s.gift >= 2 && s.breakup === 0) return false;
  return true;
}

const SUGGESTION =
  'Save it as an unsent note and read it again tomorrow; if something still needs saying, a few calm lines will say it.';

export const longLetter: TextRule = {
  id: 'long-letter',
  severity: 'medium',
  label: {
    name: 'Long letters about the two of you',
    short: 'a long letter about the two of you',
    why: 'Long messages about feelings ask a lot of someone who asked for space.',
  },
  suggestion: SUGGESTION,
  reason: () =>
    'This reads like a long letter about the two of you; long messages about feelings ask a lot of someone who asked for space.',
  evaluate(_draft: string, folded: FoldedText): Finding | null {
    if (!isLongLetter(letterShape(folded))) return null;
    return {
      rule: 'long-letter',
      severity: 'medium',
      reach: 'anywhere',
      spans: [],
      reason: longLetter.reason('', 'anywhere'),
      suggestion: SUGGESTION,
    };
  },
};
