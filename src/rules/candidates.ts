import type { GatedPattern } from './compile';
import { scanAlternatives } from './scan-alternatives';
import type { Hits } from './sentence-memo';

/*
 * What one read of a draft's words through the anchor index (anchor-index.ts) finds: which
 * pattern alternatives could match in which sentence, kept as flat lists of numbers, and the
 * scan of a sentence with just those alternatives.
 */

/**
 * What `candidatesIn` found: for each pattern, the sentences where it could match, in order, and
 * there its alternatives that could. Each is a run, numbered pattern by pattern: the runs of a
 * pattern are `first(pattern)` up to `end(pattern)`.
 */
export class Candidates {
  /** By run, three numbers: its sentence, then where its alternatives lie in `ids`. */
  private readonly runs: number[];
  /** By pattern number, its first run; one more entry ends the last pattern's. */
  private readonly firstRun: number[];
  private readonly ids: readonly number[];
  /** Two numbers per alternative of the longest run: `scanAlternatives`'s scratch. */
  private readonly scratch: number[];

  constructor(
    found: Scan,
    private readonly regexOf: readonly RegExp[],
    private readonly numberOf: ReadonlyMap<GatedPattern, number>,
  ) {
    const { ids, sentenceEnds } = found;
    this.ids = ids;
    const patternNumberOf = found.patternNumberOf;
    // Each sentence's alternatives are sorted, so a pattern's lie together: a run. Counted, then
    // placed pattern by pattern, each pattern's in sentence order (a counting sort).
    // Plain arrays: a typed array of more than 64 bytes is an allocation outside the heap.
    const firstRun = new Array<number>(numberOf.size + 1).fill(0);
    let count = 0;
    forEachRun(ids, sentenceEnds, patternNumberOf, (pattern) => {
      firstRun[pattern + 1]!++;
      count++;
    });
    for (let p = 1; p < firstRun.length; p++) firstRun[p]! += firstRun[p - 1]!;
    const next = firstRun.slice(0, numberOf.size);
    const runs = new Array<number>(3 * count);
    let longest = 0;
    forEachRun(ids, sentenceEnds, patternNumberOf, (pattern, sentence, from, to) => {
      const r = next[pattern]!++;
      runs[3 * r] = sentence;
      runs[3 * r + 1] = from;
      runs[3 * r + 2] = to;
      if (to - from > longest) longest = to - from;
    });
    this.runs = runs;
    this.firstRun = firstRun;
    this.scratch = new Array<number>(2 * longest).fill(0);
  }

  /** The number of `pattern`'s first run. */
  first(pattern: GatedPattern): number {
    const n = this.numberOf.get(pattern);
    return n === undefined ? 0 : this.firstRun[n]!;
  }

  /** One more than the number of `pattern`'s last run (`first(pattern)` when it has none). */
  end(pattern: GatedPattern): number {
    const n = this.numberOf.get(pattern);
    return n === undefined ? 0 : this.firstRun[n + 1]!;
  }

  /** Whether some alternative of `pattern` could match somewhere in the text. */
  has(pattern: GatedPattern): boolean {
    return this.end(pattern) > this.first(pattern);
  }

  /** The number of run `r`'s sentence. */
  sentence(r: number): number {
    return this.runs[3 * r]!;
  }

  /**
   * What run `r`'s alternatives, together, find in `text` (its sentence): what the whole
   * pattern finds there.
   */
  scan(r: number, text: string): Hits {
    const { runs } = this;
    return scanAlternatives(
      this.regexOf,
      this.ids,
      runs[3 * r + 1]!,
      runs[3 * r + 2]!,
      text,
      this.scratch,
    );
  }
}

/**
 * The alternatives found in one text, sentence by sentence: each sentence's numbers sorted (so
 * grouped by pattern, each group in its pattern's order) in one list, and where each pattern's
 * run of it lies. Flat lists of numbers: a draft's candidates make no objects of their own.
 */
export class Scan {
  /**
   * By alternative: the last sentence it was recorded for, plus one (0: none yet, as a new array
   * holds), so each is recorded once per sentence.
   */
  private readonly lastSentence: Int32Array;
  /** The alternatives of each sentence in turn, each sentence's sorted. */
  readonly ids: number[] = [];
  /** By sentence: where its alternatives end in `ids`. */
  readonly sentenceEnds: number[] = [];

  /** By `also` slot: the last sentence it was seen in, plus one. */
  readonly slotSeen: Int32Array;
  /**
   * Alternatives whose first anchor is in the current sentence, waiting for their `also`: the
   * first `waitingCount`. The list keeps its room from sentence to sentence.
   */
  readonly waiting: number[] = [];
  waitingCount = 0;

  constructor(
    alternatives: number,
    slots: number,
    readonly patternNumberOf: readonly number[],
  ) {
    // One allocation outside the heap for both.
    const buffer = new ArrayBuffer(4 * (alternatives + slots));
    this.lastSentence = new Int32Array(buffer, 0, alternatives);
    this.slotSeen = new Int32Array(buffer, 4 * alternatives, slots);
  }

  record(id: number, sentence: number): void {
    if (this.lastSentence[id] === sentence + 1) return;
    this.lastSentence[id] = sentence + 1;
    this.ids.push(id);
  }

  /** Ends the current sentence: its alternatives, sorted, are done. */
  close(): void {
    const opened =
      this.sentenceEnds.length > 0 ? this.sentenceEnds[this.sentenceEnds.length - 1]! : 0;
    sortSegment(this.ids, opened, this.ids.length);
    this.sentenceEnds.push(this.ids.length);
  }
}

/** Calls `each` for every run of one pattern's alternatives in one sentence, in order. */
function forEachRun(
  ids: readonly number[],
  sentenceEnds: readonly number[],
  patternNumberOf: readonly number[],
  each: (pattern: number, sentence: number, from: number, to: number) => void,
): void {
  let at = 0;
  for (let sentence = 0; sentence < sentenceEnds.length; sentence++) {
    const stop = sentenceEnds[sentence]!;
    while (at < stop) {
      const pattern = patternNumberOf[ids[at]!]!;
      let end = at + 1;
      while (end < stop && patternNumberOf[ids[end]!] === pattern) end++;
      each(pattern, sentence, at, end);
      at = end;
    }
  }
}

/**
 * Sorts list[from, to) in place. A sentence holds a few alternatives, nearly in order: insertion
 * sorts them without making anything; a long run-on paragraph's many go through a typed array.
 */
function sortSegment(list: number[], from: number, to: number): void {
  if (to - from > 32) {
    const sorted = Int32Array.from(list.slice(from, to)).sort();
    for (let i = 0; i < sorted.length; i++) list[from + i] = sorted[i]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const id = list[i]!;
    let j = i;
    while (j > from && list[j - 1]! > id) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = id;
  }
}
