import { ANCHOR_MAX, WHOLE_WORD } from './anchors';
import type { GatedPattern } from './compile';

/**
 * From word beginnings to the pattern alternatives anchored on them (see anchors.ts): one pass
 * over a sentence's words tells which alternatives of all the rules' patterns could match there.
 * Built once from the rules' compiled patterns and read-only afterwards.
 *
 * Alternatives are numbered pattern by pattern, each pattern's in its own order, so a sorted
 * list of numbers is also grouped by pattern and ordered as the pattern's alternation tries them.
 *
 * A word's beginnings are hashed as they are read (no substrings are made), and the index is
 * keyed by those hashes. Two beginnings with the same hash only make an alternative run where it
 * finds nothing: the answer may say "maybe" too often, never "no" wrongly.
 */
export class AnchorIndex {
  /** By number: each alternative's own regex, and the number of the pattern it belongs to. */
  private readonly regexOf: RegExp[] = [];
  private readonly patternNumberOf: number[] = [];
  private readonly patterns: readonly GatedPattern[];
  private readonly numberOf = new Map<GatedPattern, number>();
  /**
   * By the low bits of a word beginning's hash: the alternatives it is the first anchor of, and
   * the `also` slots it fills. Beginnings that share a bucket share its entry, which only makes
   * a few more alternatives run; an array read is what every word of every draft pays.
   */
  private readonly table: (Entry | undefined)[] = new Array(TABLE_SIZE);
  /** Alternatives without anchors: candidates in every sentence. */
  private readonly everywhere: number[] = [];
  /** By alternative: the slots of its `also` anchors (see anchors.ts), or null. */
  private readonly alsoOf: (number[] | null)[] = [];
  private readonly slotOf = new Map<string, number>();

  constructor(patterns: readonly GatedPattern[]) {
    this.patterns = patterns;
    patterns.forEach((pattern, patternNumber) => {
      this.numberOf.set(pattern, patternNumber);
      for (const { re, anchors } of pattern.alternatives) {
        const id = this.regexOf.length;
        this.regexOf.push(re);
        this.patternNumberOf.push(patternNumber);
        this.alsoOf.push(anchors?.also ? anchors.also.map((a) => this.slot(a)) : null);
        if (anchors === null) {
          this.everywhere.push(id);
          continue;
        }
        for (const anchor of anchors.first) {
          const entry = this.entry(anchor);
          const ids = anchors.also ? entry.waiting : entry.direct;
          if (ids[ids.length - 1] !== id) ids.push(id);
        }
      }
    });
  }

  /** The slot of an `also` anchor, made on first use. */
  private slot(anchor: string): number {
    let slot = this.slotOf.get(anchor);
    if (slot === undefined) {
      slot = this.slotOf.size;
      this.slotOf.set(anchor, slot);
      this.entry(anchor).slots.push(slot);
    }
    return slot;
  }

  private entry(anchor: string): Entry {
    let h = SEED;
    for (let i = 0; i < anchor.length; i++) h = step(h, anchor.charCodeAt(i));
    let entry = this.table[h & TABLE_MASK];
    if (entry === undefined) {
      entry = { direct: [], waiting: [], slots: [] };
      this.table[h & TABLE_MASK] = entry;
    }
    return entry;
  }

  /**
   * For each pattern that could match in `text`, the sentences where it could (by number, in
   * order) and its alternatives that could match there, in the pattern's order. `starts` are
   * where the sentences start: 0 first, each just after a "." (see forEachSentence).
   */
  candidatesIn(text: string, starts: readonly number[]): Candidates {
    const scan = new Scan(this.regexOf.length, this.patterns.length, this.slotOf.size);
    for (let at = 0; at < starts.length; at++) {
      for (const id of this.everywhere) this.record(id, scan, at);
    }
    let sentence = 0;
    let nextStart = starts.length > 1 ? starts[1]! : Number.POSITIVE_INFINITY;
    let h = SEED;
    let read = -1; // Characters of the current word hashed so far; -1 between words.
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : WORD_END;
      if (!isWordCode(code)) {
        // The word just read, as a whole word (anchors ending in WHOLE_WORD).
        if (read > 0 && read <= ANCHOR_MAX) this.look(step(h, WORD_END), scan, sentence);
        read = -1;
        continue;
      }
      if (i >= nextStart) {
        // Words never run across a "." (it is no word character): this one opens a sentence.
        this.settle(scan, sentence);
        while (i >= nextStart) {
          sentence++;
          nextStart =
            sentence + 1 < starts.length ? starts[sentence + 1]! : Number.POSITIVE_INFINITY;
        }
      }
      if (read === -1) {
        h = SEED;
        read = 0;
      }
      read++;
      if (read > ANCHOR_MAX) continue;
      h = step(h, code);
      this.look(h, scan, sentence);
    }
    this.settle(scan, sentence);
    return new Candidates(scan.byPattern, this.numberOf);
  }

  private look(key: number, scan: Scan, sentence: number): void {
    const entry = this.table[key & TABLE_MASK];
    if (entry === undefined) return;
    for (const slot of entry.slots) scan.slotSeen[slot] = sentence + 1;
    for (const id of entry.direct) this.record(id, scan, sentence);
    for (const id of entry.waiting) scan.waiting.push(id);
  }

  /** At a sentence's end: the alternatives whose `also` anchors turned up in it too. */
  private settle(scan: Scan, sentence: number): void {
    for (const id of scan.waiting) {
      for (const slot of this.alsoOf[id]!) {
        if (scan.slotSeen[slot] === sentence + 1) {
          this.record(id, scan, sentence);
          break;
        }
      }
    }
    scan.waiting.length = 0;
  }

  private record(id: number, scan: Scan, sentence: number): void {
    scan.record(id, this.regexOf[id]!, this.patternNumberOf[id]!, sentence);
  }
}

/** What one word beginning (one bucket of them) starts. */
interface Entry {
  /** Alternatives with no second anchor: candidates as soon as this turns up. */
  readonly direct: number[];
  /** Alternatives that also need their `also` anchors in the same sentence. */
  readonly waiting: number[];
  /** The `also` slots this fills. */
  readonly slots: number[];
}

/** What `candidatesIn` found: for each pattern, where it could match and with what. */
export class Candidates {
  constructor(
    private readonly byPattern: readonly (readonly Candidate[] | undefined)[],
    private readonly numberOf: ReadonlyMap<GatedPattern, number>,
  ) {}

  /** The sentences where some alternative of `pattern` could match, in order, with those alternatives. */
  of(pattern: GatedPattern): readonly Candidate[] {
    const n = this.numberOf.get(pattern);
    return (n === undefined ? undefined : this.byPattern[n]) ?? NONE;
  }

  /** Whether some alternative of `pattern` could match somewhere in the text. */
  has(pattern: GatedPattern): boolean {
    return this.of(pattern).length > 0;
  }
}

const NONE: readonly Candidate[] = Object.freeze([]);

/** A sentence (by number) where a pattern could match, and its alternatives that could. */
export interface Candidate {
  readonly sentence: number;
  /** In the pattern's order. */
  readonly alternatives: readonly RegExp[];
}

/**
 * The alternatives found in one text, grouped by pattern, then by sentence (found in order, as
 * the text is read), each group kept in the pattern's order of alternatives.
 */
class Scan {
  /**
   * By alternative: the last sentence it was recorded for, plus one (0: none yet, as a new array
   * holds), so each is recorded once per sentence.
   */
  private readonly lastSentence: Int32Array;
  /** By pattern number. */
  readonly byPattern: (MutableCandidate[] | undefined)[];

  /** By `also` slot: the last sentence it was seen in, plus one. */
  readonly slotSeen: Int32Array;
  /** Alternatives whose first anchor is in the current sentence, waiting for their `also`. */
  readonly waiting: number[] = [];

  constructor(alternatives: number, patterns: number, slots: number) {
    this.lastSentence = new Int32Array(alternatives);
    this.byPattern = new Array(patterns);
    this.slotSeen = new Int32Array(slots);
  }

  record(id: number, re: RegExp, patternNumber: number, sentence: number): void {
    if (this.lastSentence[id] === sentence + 1) return;
    this.lastSentence[id] = sentence + 1;
    let list = this.byPattern[patternNumber];
    if (list === undefined) {
      list = [];
      this.byPattern[patternNumber] = list;
    }
    const last = list[list.length - 1];
    if (last === undefined || last.sentence !== sentence) {
      list.push({ sentence, ids: [id], alternatives: [re] });
      return;
    }
    // Few alternatives of one pattern meet in one sentence: insertion keeps them in order.
    let at = last.ids.length;
    while (at > 0 && last.ids[at - 1]! > id) at--;
    last.ids.splice(at, 0, id);
    last.alternatives.splice(at, 0, re);
  }
}

interface MutableCandidate {
  sentence: number;
  ids: number[];
  alternatives: RegExp[];
}

/** The character code of WHOLE_WORD, hashed after a word's last letter. */
const WORD_END = WHOLE_WORD.charCodeAt(0);

const SEED = 17;
const TABLE_SIZE = 1 << 16;
const TABLE_MASK = TABLE_SIZE - 1;

function step(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** What `\b` counts as a word character: [A-Za-z0-9_]. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    code === 95
  );
}
