import type { FoldedText } from './normalize';

/**
 * While someone types, the draft is analysed again at every pause, yet only the sentence being
 * written has changed. Sentence-local patterns (see sentence-local.ts) are therefore run one
 * sentence at a time, and what each pattern found in a sentence is remembered by the sentence's
 * folded text: the sentences already written cost a lookup instead of a scan.
 *
 * The memo belongs to whoever keeps analysing one person's drafts (an analyser, see index.ts):
 * the engine itself keeps nothing between calls. The results are the same as scanning each
 * sentence afresh (a property test holds it to that); only the time differs. Memory stays
 * bounded: remembered sentences live in two generations, and when the current one is full the
 * older one is dropped. A very long draft (a pasted letter) is not remembered at all.
 */

/** Drafts longer than this (folded) are not remembered: one paste, not something typed. */
const MEMO_MAX_CHARS = 4_000;
/** Sentences per generation; a few drafts' worth. */
const GENERATION_SIZE = 200;

/** Match offsets within one sentence: index, length, index, length, … */
export type Hits = readonly number[];

/** One sentence of a folded draft, with what is known about it. */
export interface Sentence {
  /** Where the sentence starts in the folded text. */
  readonly start: number;
  /** The sentence, ending with its "." (the last one of a draft may have none). */
  readonly text: string;
  /** What each pattern found here, when remembered between calls; null when not kept. */
  readonly hits: Map<RegExp, Hits> | null;
}

interface SentenceEntry {
  readonly hits: Map<RegExp, Hits>;
}

/** Calls `each(start, end)` for every sentence of folded text, in order. */
export function forEachSentence(text: string, each: (start: number, end: number) => void): void {
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf('.', start);
    const end = stop < 0 ? text.length : stop + 1;
    each(start, end);
    start = end;
  }
}

export class SentenceMemo {
  private current = new Map<string, SentenceEntry>();
  private previous = new Map<string, SentenceEntry>();
  private lastFolded: FoldedText | null = null;
  private lastSentences: readonly Sentence[] | null = null;

  /** How many sentences are remembered (both generations), to show the memo stays bounded. */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /**
   * The folded text's sentences with what is remembered of each, or null when the draft is too
   * long to remember. Worked out once per folded text.
   */
  sentencesOf(folded: FoldedText): readonly Sentence[] | null {
    if (folded.text.length > MEMO_MAX_CHARS) return null;
    if (folded === this.lastFolded) return this.lastSentences;
    const text = folded.text;
    const cuts: { start: number; text: string; known: SentenceEntry | undefined }[] = [];
    let unseen = 0;
    forEachSentence(text, (start, end) => {
      const sentence = text.slice(start, end);
      const known = this.current.get(sentence) ?? this.previous.get(sentence);
      if (!known) unseen++;
      cuts.push({ start, text: sentence, known });
    });
    // While typing, one sentence is new at each check, each cut from a different draft: its key
    // is copied, or the memo would keep hundreds of drafts alive. Many new sentences at once (a
    // paste, a first look) come from this one draft, which they may as well keep alive together.
    const list = cuts.map(({ start, text: sentence, known }) => {
      const entry = this.remember(sentence, known, unseen === 1);
      return { start, text: sentence, hits: entry.hits };
    });
    this.lastFolded = folded;
    this.lastSentences = list;
    return list;
  }

  /** Keeps the sentence's entry in the current generation (moving it there, or making it). */
  private remember(
    sentence: string,
    known: SentenceEntry | undefined,
    copyKey: boolean,
  ): SentenceEntry {
    if (known && this.current.get(sentence) === known) return known;
    const entry = known ?? { hits: new Map() };
    if (this.current.size >= GENERATION_SIZE) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(copyKey ? flatCopy(sentence) : sentence, entry);
    return entry;
  }
}

/**
 * V8 cuts a slice of 13 or more characters as a view into the string it came from; kept as a
 * key, such a slice would keep that whole draft alive. A JSON round trip makes a string of its own.
 */
function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** Every match of `re` (global) in `text`, as offsets. */
export function matchOffsets(re: RegExp, text: string): Hits {
  let hits: number[] | null = null; // Most sentences match nothing: no array for them.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits ??= [];
    hits.push(m.index, m[0].length);
  }
  return hits ?? NO_HITS;
}

export const NO_HITS: Hits = Object.freeze([]);
