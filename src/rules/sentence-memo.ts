import type { FoldedText } from './normalize';

/**
 * While someone types, the draft is analysed again at every pause, yet only the sentence being
 * written has changed. Sentence-local patterns (see sentence-local.ts) are therefore run one
 * sentence at a time, and what each pattern found in a sentence is remembered by the sentence's
 * folded text: the sentences already written cost a lookup instead of a scan.
 *
 * The memo belongs to whoever keeps analysing one person's drafts (an analyser, see
 * analyzer.ts): the engine itself keeps nothing between calls. The results are the same as
 * scanning the whole draft (a property test holds it to that); only the time differs. Memory stays bounded: remembered sentences live in two generations, and when
 * the current one is full the older one is dropped. A very long draft (a pasted letter) is not
 * split at all: it is scanned whole, as it would be without this memo.
 */

/** Drafts longer than this (folded) are scanned whole: one paste, not something typed. */
const MEMO_MAX_CHARS = 4_000;
/** Sentences per generation; a few drafts' worth. */
const GENERATION_SIZE = 200;

/** Match offsets within one sentence: index, length, index, length, … */
type Hits = readonly number[];

interface SentenceEntry {
  /** By sentence-local pattern: what that pattern found in this sentence. */
  readonly hits: Map<RegExp, Hits>;
}

export interface Sentence {
  /** Where the sentence starts in the folded text. */
  readonly start: number;
  readonly text: string;
  readonly entry: SentenceEntry;
}

/** A folded text cut into sentences. */
export interface Sentences {
  readonly list: readonly Sentence[];
  /**
   * More than one sentence had not been seen before (a paste, a first look): one scan of the
   * whole text then costs less than one per sentence.
   */
  readonly firstLook: boolean;
}

export class SentenceMemo {
  private current = new Map<string, SentenceEntry>();
  private previous = new Map<string, SentenceEntry>();
  private lastFolded: FoldedText | null = null;
  private lastSentences: Sentences | null = null;

  /** How many sentences are remembered (both generations), to show the memo stays bounded. */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /**
   * The folded text's sentences, each ending with its "." (the last one may have none), or null
   * when the draft is to be scanned whole. Worked out once per folded text.
   */
  sentencesOf(folded: FoldedText): Sentences | null {
    if (folded.text.length > MEMO_MAX_CHARS) return null;
    if (folded === this.lastFolded) return this.lastSentences;
    const text = folded.text;
    const cuts: { start: number; text: string; known: SentenceEntry | undefined }[] = [];
    let unseen = 0;
    for (let start = 0; start < text.length; ) {
      const stop = text.indexOf('.', start);
      const end = stop < 0 ? text.length : stop + 1;
      const sentence = text.slice(start, end);
      const known = this.current.get(sentence) ?? this.previous.get(sentence);
      if (!known) unseen++;
      cuts.push({ start, text: sentence, known });
      start = end;
    }
    // While typing, one sentence is new at each check, each cut from a different draft: its key
    // is copied, or the memo would keep hundreds of drafts alive. Many new sentences at once (a
    // paste, a first look) come from this one draft, which they may as well keep alive together.
    const list = cuts.map(({ start, text: sentence, known }) => ({
      start,
      text: sentence,
      entry: this.remember(sentence, known, unseen === 1),
    }));
    this.lastFolded = folded;
    this.lastSentences = { list, firstLook: unseen > 1 };
    return this.lastSentences;
  }

  /** Keeps the sentence's entry in the current generation (moving it there, or making it). */
  private remember(sentence: string, known: SentenceEntry | undefined, copyKey: boolean) {
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

const NO_HITS: Hits = Object.freeze([]);

/**
 * Scans the whole folded text once with a sentence-local pattern and tells each sentence that
 * has no result for it yet what it found there. A sentence-local match never contains a ".",
 * so each match lies inside one sentence, exactly where a scan of that sentence alone finds it.
 */
export function rememberFromWholeText(pattern: RegExp, text: string, sentences: Sentences): void {
  const all = matchOffsets(pattern, text);
  let k = 0;
  for (const sentence of sentences.list) {
    const end = sentence.start + sentence.text.length;
    let hits: number[] | null = null;
    for (; k < all.length && all[k]! < end; k += 2) {
      hits ??= [];
      hits.push(all[k]! - sentence.start, all[k + 1]!);
    }
    if (!sentence.entry.hits.has(pattern)) sentence.entry.hits.set(pattern, hits ?? NO_HITS);
  }
}
