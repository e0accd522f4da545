import { foldPhrase } from './normalize';
import { isWordCode } from './word-char';

/**
 * Word lists shared by the rules that read a draft's shape rather than its phrases. Each list is
 * written the way people spell the words and folded once here, like drafts are (see normalize.ts:
 * "feel" becomes "fel"), so a lookup is one Set probe per word of the folded draft.
 */
export function foldedWordSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => foldPhrase(w)),
  );
}

/**
 * The person being written to. Spanish and Portuguese often leave "you" inside the verb
 * ("volvé", "volta"), so their object and possessive forms carry most of the weight: "te", "ti",
 * "tu", "vos", "contigo"; "você", "vc", "teu", "tua", "seu", "sua". Brazilian Portuguese says
 * "dele"/"dela" for "his"/"her", so "seu" and "sua" are "your".
 */
const SECOND_PERSON = foldedWordSet(
  `you u ya yu your ur yr yours yourself urself you're youre you've youve you'll youll you'd youd
  tu tú te ti vos contigo tus tuyo tuya tuyos tuyas usted ud
  você voce vc vcs cê teu tua teus tuas seu sua seus suas`,
);

/**
 * Someone being written about: he, she, an ex. `they` is left out (also plural, also polite), and
 * so are "he'll" and "she'd", which fold into "hell" and "shed".
 */
/**
 * Spanish "él" folds to the article "el" and "la"/"lo" are articles too, so only the words that
 * cannot be anything else count: "ella", "ellas"; Portuguese "ele", "ela", "dele", "dela".
 */
const THIRD_PERSON = foldedWordSet(
  "he him his himself she her hers herself ex he's he'd she's ella ellas ele ela dele dela eles elas deles delas",
);

/** The writer, alone or as one of two. */
const FIRST_PERSON = foldedWordSet(
  `i me my mine myself i'm im i've ive i'd i'll we us our ours ourselves
  yo mi mis conmigo nosotros nosotras nos nuestro nuestra nuestros nuestras
  eu mim meu minha meus minhas comigo nosso nossa nossos nossas`,
);

/**
 * A global regex matching any word of `set` as a whole folded word, for counting: one native
 * scan instead of slicing every word of the draft. Folded words hold letters and digits only
 * (apostrophes are dropped), so word boundaries are where a folded word starts and ends.
 */
export function wordCounter(set: ReadonlySet<string>): WordCounter {
  const words = [...set]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[^a-z0-9]/g, ''));
  return { words: new RegExp(`\\b(?:${words.join('|')})\\b`, 'g') };
}

/**
 * A count of whole words: those a regex matches (see `wordCounter`), and, when there is an
 * `ending`, words told by how they end, which a regex would have to read from every word's start
 * to find (see SPANISH_PAST_TO_YOU). No word of the first kind ends as the second kind do (a test
 * holds it), so none is counted twice.
 */
export interface WordCounter {
  /** Whole words (global). */
  readonly words: RegExp;
  readonly ending?: {
    /** Where such an ending is (global): a literal, cheap to search for. */
    readonly find: RegExp;
    /** The whole word's test, tried at the start of the word the ending is in (sticky). */
    readonly word: RegExp;
  };
}

/**
 * How many words of a counter lie in text[from, to), counting no further than `limit`: a caller
 * that only asks "at least so many?" stops reading there.
 */
export function countWords(
  counter: WordCounter,
  text: string,
  from = 0,
  to = text.length,
  limit = Number.POSITIVE_INFINITY,
): number {
  let n = 0;
  forEachWordEnd(counter, text, from, to, () => ++n < limit);
  return n;
}

/**
 * Calls `each` with the end of every word of a counter lying in text[from, to): first the
 * listed words in order, then the words told by their ending in order. `test` moves `lastIndex`
 * to a match's end without making a match object; a word is never empty, so a word ending by
 * `to` starts before it. A word starting before `from` is not counted, as a regex started at
 * `from` would not see it. Stops when `each` returns false.
 */
export function forEachWordEnd(
  counter: WordCounter,
  text: string,
  from: number,
  to: number,
  each: (end: number) => boolean | undefined,
): void {
  const { words, ending } = counter;
  words.lastIndex = from;
  while (words.test(text) && words.lastIndex <= to) {
    if (each(words.lastIndex) === false) return;
  }
  if (!ending) return;
  ending.find.lastIndex = from;
  while (ending.find.test(text)) {
    const end = ending.find.lastIndex;
    if (end > to) return;
    let start = end;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start < from) continue;
    ending.word.lastIndex = start;
    if (ending.word.test(text) && ending.word.lastIndex === end && each(end) === false) return;
  }
}

/**
 * Spanish says "you" in the verb: "me dejaste", "la elegiste", "fuiste". The past tense said to
 * one person ends in "-aste"/"-iste" and nothing else common does, bar the words listed here
 * ("triste", "existe", "chiste") and English ones ("waste", "taste"), which the two letters
 * required before "-aste" keep out.
 */
const SPANISH_PAST_TO_YOU = {
  find: /[ai]ste\b/g,
  word: /(?!(?:tr|ch|ex|cons|ins|res|des|pers|subs|as|al|qu)iste\b)(?:[a-z]{2,}aste|[a-z]+iste)\b/y,
};

export const SECOND_PERSON_WORDS: WordCounter = {
  words: wordCounter(SECOND_PERSON).words,
  ending: SPANISH_PAST_TO_YOU,
};
/**
 * Spanish "he" is "I have" ("he pensado", "he estado", "he hecho"): before a participle it is the
 * writer, not him.
 */
const HE_NOT_SPANISH_I_HAVE = '\\bhe\\b(?! [a-z]+(?:ado|ido|echo|icho|isto|uesto|ierto|ito)\\b)';

export const THIRD_PERSON_WORDS: WordCounter = {
  words: new RegExp(
    `${HE_NOT_SPANISH_I_HAVE}|${wordCounter(new Set([...THIRD_PERSON].filter((w) => w !== 'he'))).words.source}`,
    'g',
  ),
};
export const FIRST_PERSON_WORDS = wordCounter(FIRST_PERSON);
