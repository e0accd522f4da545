import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/rules/index';
import { fold } from '../../../src/rules/normalize';
import { type AnalysisContext, RULE_IDS, type RuleId } from '../../../src/rules/types';
import { makeContext } from './helpers';

/** Chat-like text: real phrases, shouting, emoji, apostrophes and arbitrary unicode mixed. */
const chatText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'please come back',
        "I'll do anything",
        'babe',
        'BABE',
        'remember when we',
        'fuck you',
        "don't",
        'u',
        'ur',
        'pleeeease',
        '😭',
        '👩‍❤️‍👨',
        '\n\n',
        '’',
        ' ',
        '.',
        'WHY WOULD YOU',
        'my baby sister',
        'kill myself',
        'İ',
        '\uD83D',
        '\uDE00',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const ruleId = fc.constantFrom(...RULE_IDS);
const wallClock = fc.double({ min: -8.64e15, max: 8.64e15, noNaN: false });

const context: fc.Arbitrary<AnalysisContext> = fc
  .record({
    at: fc.oneof(wallClock, fc.integer()),
    recentSends: fc.array(wallClock, { maxLength: 30 }),
    unanswered: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double()),
    sensitivity: fc.constantFrom('gentle', 'balanced', 'strict' as const),
    watchPhrases: fc.array(fc.record({ phrase: fc.string({ maxLength: 300 }), rule: ruleId }), {
      maxLength: 5,
    }),
    neverFlag: fc.array(fc.string({ maxLength: 300 }), { maxLength: 5 }),
    // One switch per rule: a rule added later without one here would default to on and the
    // "only enabled rules report" check below would fail now and then.
    enabled: fc.array(fc.boolean(), { minLength: RULE_IDS.length, maxLength: RULE_IDS.length }),
    quiet: fc.record({
      start: fc.integer({ min: 0, max: 1439 }),
      end: fc.integer({ min: 0, max: 1439 }),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
    }),
  })
  .map((c) =>
    makeContext(
      { at: c.at, recentSends: c.recentSends, unanswered: c.unanswered },
      {
        sensitivity: c.sensitivity,
        watchPhrases: c.watchPhrases,
        neverFlag: c.neverFlag,
        quietHours: c.quiet,
        enabledRules: Object.fromEntries(RULE_IDS.map((id, i) => [id, c.enabled[i]!])) as Record<
          RuleId,
          boolean
        >,
      },
    ),
  );

describe('engine properties', () => {
  it('never throws, spans are valid slices, findings are ordered and calm', () => {
    fc.assert(
      fc.property(chatText, context, (text, ctx) => {
        const findings = analyze(text, ctx);
        let last = -1;
        for (const f of findings) {
          const index = RULE_IDS.indexOf(f.rule);
          expect(index).toBeGreaterThan(last);
          last = index;
          expect(ctx.settings.enabledRules[f.rule]).toBe(true);
          expect(f.reason).not.toMatch(/[!\p{Extended_Pictographic}]/u);
          let end = -1;
          for (const s of f.spans) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.start).toBeGreaterThan(end);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            end = s.end;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(chatText, context, (text, ctx) => {
        expect(analyze(text, ctx)).toEqual(analyze(text, ctx));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the fold offset map within the original text', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const f = fold(text);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.starts[i]!).toBeLessThan(f.ends[i]!);
          expect(f.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.ends[i - 1]!);
        }
      }),
    );
  });

  it('handles 100 kB drafts, including adversarial ones', () => {
    const ctx = makeContext(
      {},
      {
        sensitivity: 'strict',
        watchPhrases: [{ phrase: 'a'.repeat(199), rule: 'past' }],
        neverFlag: ['ab'.repeat(99)],
      },
    );
    const drafts = [
      'please come back babe, I miss us. '.repeat(3000),
      'A'.repeat(100_000),
      'ab'.repeat(50_000),
      'WHY '.repeat(25_000),
      '😭'.repeat(50_000),
      `${'please '.repeat(14_000)}x`,
      `i ${'x'.repeat(100_000)}`,
    ];
    for (const draft of drafts) {
      const findings = analyze(draft, ctx);
      for (const f of findings)
        for (const s of f.spans) expect(draft.slice(s.start, s.end)).toBe(s.text);
    }
    const big = analyze('please come back babe, I miss us. '.repeat(3000), makeContext());
    expect(big.map((f) => f.rule)).toEqual(['begging', 'past', 'pet-name', 'longing']);
  });

  describe('watch phrases are literal text', () => {
    // Phrases made of regex syntax and two letters; drafts of other letters only. A phrase
    // compiled as a regex ("a*", ".+", "(b|)") would match such drafts; literal text cannot.
    const metaPhrase = fc.string({
      unit: fc.constantFrom(...'ab .*+?()[]{}|^$\\/-'.split('')),
      minLength: 1,
      maxLength: 40,
    });
    const otherWords = fc
      .array(fc.constantFrom('xyz', 'zz', 'kx', 'y'), { minLength: 1, maxLength: 50 })
      .map((words) => words.join(' '));
    const watching = (phrase: string) =>
      makeContext({}, { watchPhrases: [{ phrase, rule: 'past' }] });

    it('never match text that does not contain them', () => {
      fc.assert(
        fc.property(metaPhrase, otherWords, (phrase, draft) => {
          expect(analyze(draft, watching(phrase))).toEqual([]);
        }),
        { numRuns: 500 },
      );
    });

    it('match wherever they appear, with the exact span', () => {
      fc.assert(
        fc.property(
          metaPhrase.filter((p) => /[ab]/.test(p)),
          otherWords,
          otherWords,
          (phrase, before, after) => {
            const draft = `${before} ${phrase} ${after}`;
            const finding = analyze(draft, watching(phrase)).find((f) => f.rule === 'past');
            expect(finding).toBeDefined();
            // The span covers the phrase's words (its leading/trailing symbols are not words).
            const first = draft.indexOf(phrase.match(/[ab]/)![0], before.length);
            expect(finding!.spans[0]!.start).toBe(first);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('cannot make a 100 kB draft slow to analyse: 200 long phrases of regex syntax complete', () => {
      const phrases = Array.from({ length: 200 }, (_, i) => ({
        phrase: `${'(a+)+'.repeat(30)}${'a'.repeat(i % 50)}$`,
        rule: 'anger' as const,
      }));
      const ctx = makeContext({}, { watchPhrases: phrases, neverFlag: ['(a|aa)*b'.repeat(20)] });
      // No timing is asserted (the machine is shared); a backtracking regex here would hang.
      expect(analyze(`${'a'.repeat(100_000)}!`, ctx).length).toBeLessThanOrEqual(1);
    });
  });
});
