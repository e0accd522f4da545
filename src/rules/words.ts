import { foldPhrase } from './normalize';

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

/** The person being written to. */
export const SECOND_PERSON = foldedWordSet(
  "you u ya yu your ur yr yours yourself urself you're youre you've youve you'll youll you'd youd",
);

/**
 * Someone being written about: he, she, an ex. `they` is left out (also plural, also polite), and
 * so are "he'll" and "she'd", which fold into "hell" and "shed".
 */
export const THIRD_PERSON = foldedWordSet(
  "he him his himself she her hers herself ex he's he'd she's",
);

/** The writer, alone or as one of two. */
export const FIRST_PERSON = foldedWordSet(
  "i me my mine myself i'm im i've ive i'd i'll we us our ours ourselves",
);
