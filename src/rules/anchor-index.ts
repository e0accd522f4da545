import { ANCHOR_MAX, WHOLE_WORD } from './anchors';
import { Candidates, Scan } from './candidates';
import type { GatedPattern } from './compile';
import { isWordCode } from './word-char';

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
    const scan = new Scan(this.regexOf.length, this.slotOf.size, this.patternNumberOf);
    const table = this.table;
    let sentence = 0;
    this.open(scan, sentence);
    let nextStart = starts.length > 1 ? starts[1]! : text.length + 1;
    let h = SEED;
    let read = -1; // Characters of the current word hashed so far; -1 between words.
    // Most word beginnings start nothing: the table is read here, and only a hit costs a call.
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : WORD_END;
      if (!isWordCode(code)) {
        // The word just read, as a whole word (anchors ending in WHOLE_WORD).
        if (read > 0 && read <= ANCHOR_MAX) {
          const entry = table[step(h, WORD_END) & TABLE_MASK];
          if (entry !== undefined) this.hit(entry, scan, sentence);
        }
        read = -1;
        continue;
      }
      if (read === -1) {
        // Words never run across a "." (it is no word character): a word may open a sentence.
        while (i >= nextStart) {
          this.close(scan, sentence);
          sentence++;
          this.open(scan, sentence);
          nextStart = sentence + 1 < starts.length ? starts[sentence + 1]! : text.length + 1;
        }
        h = SEED;
        read = 0;
      }
      read++;
      if (read > ANCHOR_MAX) continue;
      h = step(h, code);
      const entry = table[h & TABLE_MASK];
      if (entry !== undefined) this.hit(entry, scan, sentence);
    }
    this.close(scan, sentence);
    // Sentences after the last word (only "." and spaces) still get what runs everywhere.
    while (++sentence < starts.length) {
      this.open(scan, sentence);
      this.close(scan, sentence);
    }
    return new Candidates(scan, this.regexOf, this.numberOf);
  }

  private open(scan: Scan, sentence: number): void {
    for (const id of this.everywhere) scan.record(id, sentence);
  }

  /** What a word beginning found in the table starts in sentence `sentence`. */
  private hit(entry: Entry, scan: Scan, sentence: number): void {
    for (const slot of entry.slots) scan.slotSeen[slot] = sentence + 1;
    for (const id of entry.direct) scan.record(id, sentence);
    for (const id of entry.waiting) scan.waiting[scan.waitingCount++] = id;
  }

  /**
   * At a sentence's end: the alternatives whose `also` anchors turned up in it too join the
   * others, and the sentence's alternatives are filed under their patterns.
   */
  private close(scan: Scan, sentence: number): void {
    for (let w = 0; w < scan.waitingCount; w++) {
      const id = scan.waiting[w]!;
      for (const slot of this.alsoOf[id]!) {
        if (scan.slotSeen[slot] === sentence + 1) {
          scan.record(id, sentence);
          break;
        }
      }
    }
    scan.waitingCount = 0;
    scan.close();
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

/** The character code of WHOLE_WORD, hashed after a word's last letter. */
const WORD_END = WHOLE_WORD.charCodeAt(0);

const SEED = 17;
const TABLE_SIZE = 1 << 16;
const TABLE_MASK = TABLE_SIZE - 1;

function step(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}
