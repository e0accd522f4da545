import type { AnchorIndex } from './anchor-index';
import type { Candidates } from './candidates';
import type { GatedPattern } from './compile';
import type { FoldedText } from './normalize';
import { countPersonsBySentence, type PersonCounts } from './person-counts';
import { forEachSentence, type Sentence, type SentenceMemo } from './sentence-memo';

/**
 * One draft as the text rules read it during one analysis: the folded text, its sentences, and
 * for each pattern the sentences holding the anchor words of some of its alternatives (see
 * anchors.ts), with those alternatives. A sentence is scanned only with them; the findings are
 * those of running every pattern everywhere.
 */
export class DraftView {
  private persons: PersonCounts | null = null;

  private constructor(
    readonly folded: FoldedText,
    readonly sentences: readonly Sentence[],
    private readonly where: Candidates,
  ) {}

  /**
   * The view of `folded`, its sentences remembered by `memo` when there is one and the draft is
   * short enough to remember, and cut afresh otherwise.
   */
  static of(folded: FoldedText, index: AnchorIndex, memo: SentenceMemo | null): DraftView {
    const text = folded.text;
    let sentences = memo?.sentencesOf(folded) ?? null;
    if (sentences === null) {
      const cut: Sentence[] = [];
      forEachSentence(text, (start, end) => {
        cut.push({ start, text: text.slice(start, end), hits: null });
      });
      sentences = cut;
    }
    const starts = sentences.map((s) => s.start);
    return new DraftView(folded, sentences, index.candidatesIn(text, starts));
  }

  /**
   * For each pattern, the sentences where some of its alternatives could match, and what they
   * find there (see Candidates).
   */
  get candidates(): Candidates {
    return this.where;
  }

  /** How often each sentence speaks to "you" and of him or her, worked out once per view. */
  personCounts(): PersonCounts {
    this.persons ??= countPersonsBySentence(
      this.folded.text,
      this.sentences.map((s) => s.start),
    );
    return this.persons;
  }

  /** The number of the sentence holding folded index `at`. */
  sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether `pattern` could match anywhere in the draft (for patterns that cross sentences). */
  mayMatchSomewhere(pattern: GatedPattern): boolean {
    return this.where.has(pattern);
  }
}
