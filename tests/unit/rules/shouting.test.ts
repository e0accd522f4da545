// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findShouting } from '../../../src/rules/shouting';
import type { Sensitivity } from '../../../src/rules/types';

/**
 * findShouting skips from a lowercase word straight to the next capital. These tests hold it to
 * the plain reading of its rules, written here as an oracle over the words of a draft: a run of
 * all-capital words (acronyms and one-letter words join without counting, lowercase words end
 * it, and so do sentence ends when asked).
 */

const ACRONYMS_IN_POOL = new Set(['OK', 'LOL']);
const NEED: Record<Sensitivity, number> = { gentle: 4, balanced: 3, strict: 2 };

function oracle(draft: string, level: Sensitivity, breakAtSentenceEnd: boolean) {
  const spans: { start: number; end: number; text: string }[] = [];
  let runStart = -1;
  let runEnd = -1;
  let counted = 0;
  let softOnly = true;
  const close = () => {
    if (counted >= NEED[level]) {
      spans.push({ start: runStart, end: runEnd, text: draft.slice(runStart, runEnd) });
      if (counted >= 3) softOnly = false;
    }
    runStart = -1;
    counted = 0;
  };
  for (const m of draft.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*|[.!?]/g)) {
    const token = m[0];
    if (/^[.!?]$/.test(token)) {
      if (breakAtSentenceEnd) close();
      continue;
    }
    if (/[a-z]/.test(token)) {
      close();
      continue;
    }
    const upper = token.replace(/[^A-Z]/g, '').length;
    const acronym = ACRONYMS_IN_POOL.has(token);
    if (runStart < 0) {
      if (acronym) continue;
      runStart = m.index;
    }
    runEnd = m.index + token.length;
    if (!acronym && upper >= 2) counted++;
  }
  close();
  return { spans, softOnly };
}

const POOL = [
  'WHY',
  'YOU',
  'STOP',
  "DON'T",
  "don'T",
  'hELLO',
  'aBCD',
  'hey',
  'no',
  'OK',
  'LOL',
  'I',
  'A',
  "it's",
  "x'Y",
  '😭',
  '42',
  'é',
  'ÉTÉ',
];
const GAPS = [' ', ' ', '', '. ', '! ', '?', ', ', "'", '’', '\n'];

describe('shouting', () => {
  it.each([
    // A capital inside a lowercase word starts no run.
    ['hey aBCD EFGH IJK', 'balanced', 0],
    ["don'TT STOP ME", 'balanced', 0],
    ['hey WHY WOULD YOU', 'balanced', 1],
  ] as const)('"%s" at %s: %i runs', (draft, level, runs) => {
    expect(findShouting(draft, level).spans).toHaveLength(runs);
  });

  it('finds what the plain reading of its rules finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...POOL), fc.constantFrom(...GAPS)), { maxLength: 14 }),
        fc.constantFrom<Sensitivity>('gentle', 'balanced', 'strict'),
        fc.boolean(),
        (words, level, breakAtEnd) => {
          const draft = words.map(([w, gap]) => w + gap).join('');
          expect(findShouting(draft, level, breakAtEnd)).toEqual(oracle(draft, level, breakAtEnd));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
