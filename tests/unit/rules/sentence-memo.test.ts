// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../src/rules/index';
import { crossesSentences } from '../../../src/rules/sentence-local';
import type { Sensitivity } from '../../../src/rules/types';
import { loadCorpus } from '../../corpus/corpus';
import { makeContext } from './helpers';

const LEVELS: Sensitivity[] = ['gentle', 'balanced', 'strict'];
const texts = loadCorpus().map((c) => c.text);

/** Findings for `draft`, scanned whole (plain `analyze`) and by a fresh analyser (its memo cold). */
function bothWays(draft: string, sensitivity: Sensitivity) {
  const context = makeContext({}, { sensitivity });
  const whole = analyze(draft, context);
  const bySentence = createAnalyzer().analyze(draft, context);
  return { whole, bySentence };
}

describe('which patterns can see past their own sentence', () => {
  it.each([
    ['(?= ?$|\\.)', false],
    ['(?! (?:now|right now|today)? ?(?:\\.|$))', false],
    ['(?:[^ .]{1,20} )?', false],
    ['x(?=(?:\\.|q))', false],
    ['(?:x(?=\\.))?y', false],
    ['done(?:\\.| )(?:with )?life', true],
    ['a.b', true],
    ['[^ ]x', true],
    ['x[.]y', true],
    ['x(?=\\. y)', true],
    ['x(?=(?:\\.|q) )', true],
    ['x(?=\\.$)', true],
    ['(?<=^|^ |\\.)x', true],
    ['\\bfoo\\S', true],
  ] as const)('%s crosses: %s', (source, crosses) => {
    expect(crossesSentences(source)).toBe(crosses);
  });
});

describe('scanning sentence by sentence', () => {
  it.each(LEVELS)('finds exactly what a whole scan finds, over the corpus (%s)', (level) => {
    for (const text of texts) {
      const { whole, bySentence } = bothWays(text, level);
      expect(bySentence, text).toEqual(whole);
    }
  });

  it('finds the same in corpus messages run together, with any sentence ends between them', () => {
    const joiner = fc.constantFrom('. ', '.', '! ', '\n', '... ', ' ', '? ', '😭 ', '; ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...texts), joiner), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(...LEVELS),
        (parts, level) => {
          const draft = parts.map(([text, end]) => text + end).join('');
          const { whole, bySentence } = bothWays(draft, level);
          expect(bySentence).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same findings while a draft is typed key by key as when it is seen whole', () => {
    const risky = loadCorpus()
      .filter((c) => c.expect.length > 0)
      .slice(0, 40)
      .map((c) => c.text);
    const draft = risky.join(' ');
    const context = makeContext();
    const analyzer = createAnalyzer();
    for (let end = 1; end <= draft.length; end += 7) {
      const prefix = draft.slice(0, end);
      expect(analyzer.analyze(prefix, context), prefix).toEqual(analyze(prefix, context));
    }
  });

  it('remembers a bounded number of sentences however much is typed', () => {
    const analyzer = createAnalyzer();
    for (let i = 0; i < 5_000; i++)
      analyzer.analyze(`message number ${i}. please come back ${i}`, makeContext());
    expect(analyzer.rememberedSentences).toBeGreaterThan(0);
    expect(analyzer.rememberedSentences).toBeLessThanOrEqual(400);
  });

  it('keeps nothing in the engine itself: two analysers, and plain calls, never see each other', () => {
    const a = createAnalyzer();
    const b = createAnalyzer();
    a.analyze('please come back. i miss us', makeContext());
    expect(a.rememberedSentences).toBeGreaterThan(0);
    expect(b.rememberedSentences).toBe(0);
    analyze('another draft. with two sentences', makeContext());
    expect(b.rememberedSentences).toBe(0);
  });

  it('scans a very long draft whole, with the same findings', () => {
    const long = `${'we should get coffee sometime. '.repeat(300)}please come back to me. i am done. with everything`;
    for (const level of LEVELS) {
      const { whole, bySentence } = bothWays(long, level);
      expect(bySentence).toEqual(whole);
      expect(bySentence.map((f) => f.rule)).toContain('begging');
    }
  });
});
