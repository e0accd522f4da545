// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../../src/rules/anchor-index';
import { anchorsOf } from '../../../src/rules/anchors';
import type { GatedPattern } from '../../../src/rules/compile';
import { fold } from '../../../src/rules/normalize';
import { RULES } from '../../../src/rules/registry';
import { scanAlternatives } from '../../../src/rules/scan-alternatives';
import { forEachSentence, matchOffsets } from '../../../src/rules/sentence-memo';
import type { Sensitivity } from '../../../src/rules/types';
import { loadCorpus } from '../../corpus/corpus';

/**
 * The engine scans a sentence only with the pattern alternatives whose anchor words it holds
 * (anchors.ts, anchor-index.ts, scan-alternatives.ts). These tests hold it to finding exactly
 * what each pattern's whole alternation finds, which is what the engine did before.
 */

const LEVELS: Sensitivity[] = ['gentle', 'balanced', 'strict'];

function patternsAt(level: Sensitivity): GatedPattern[] {
  return Object.values(RULES).flatMap((e) => (e.kind === 'text' ? e.rule.patterns[level] : []));
}

const INDEXES = Object.fromEntries(
  LEVELS.map((level) => [level, new AnchorIndex(patternsAt(level))]),
) as Record<Sensitivity, AnchorIndex>;

/** Real writing: the project's corpus and, when present, the development sets. */
function realTexts(): string[] {
  const texts = loadCorpus().map((c) => c.text);
  const dev = new URL('../../../../shared/eval-dev/', import.meta.url).pathname;
  if (existsSync(dev)) {
    for (const file of readdirSync(dev).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(dev + file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') texts.push(text);
      }
    }
  }
  return texts;
}

/** Every difference between scanning with the whole alternations and scanning as the engine does. */
function differences(draft: string, level: Sensitivity): string[] {
  const text = fold(draft).text;
  const sentences: { start: number; text: string }[] = [];
  forEachSentence(text, (start, end) => sentences.push({ start, text: text.slice(start, end) }));
  const candidates = INDEXES[level].candidatesIn(
    text,
    sentences.map((s) => s.start),
  );
  const found: string[] = [];
  for (const pattern of patternsAt(level)) {
    if (!pattern.bySentence) {
      const matches = matchOffsets(pattern.re, text).length > 0;
      if (matches && !candidates.has(pattern))
        found.push(`${pattern.re.source.slice(0, 60)} in "${text}"`);
      continue;
    }
    sentences.forEach((sentence, n) => {
      const whole = matchOffsets(pattern.re, sentence.text);
      let scanned: readonly number[] = [];
      for (let r = candidates.first(pattern); r < candidates.end(pattern); r++) {
        if (candidates.sentence(r) === n) scanned = candidates.scan(r, sentence.text);
      }
      if (JSON.stringify(whole) !== JSON.stringify(scanned)) {
        found.push(`${pattern.re.source.slice(0, 60)} in "${sentence.text}"`);
      }
    });
  }
  return found;
}

describe('anchor words of a pattern', () => {
  // Sources as compile.ts hands them over: folded ("stil", "mis"), macros expanded.
  it.each([
    // The rarest fixed word first, a second one as `also`; a word followed by a space is whole.
    ['i stil love (?:you|u)', { first: ['love '], also: ['stil '] }],
    ['please come back', { first: ['please '], also: ['come '] }],
    // Optional words give nothing; a group gives all its alternatives' anchors together, whole
    // words when what follows the group ends a word.
    ['(?:a )?(?:part|piece) of me', { first: ['part ', 'piece '], also: ['of '] }],
    ['(?:you|u|ya)', { first: ['u ', 'ya ', 'you '], also: null }],
    // ...and beginnings when it may go on ("part" of "parts").
    ['(?:part|piece)s? of me', { first: ['part', 'piece'], also: ['of '] }],
    ['(?:lov|luv)ing you', { first: ['lov', 'luv'], also: ['you '] }],
    ['mis(?:ing)? (?:you|u)', { first: ['mis'], also: ['u ', 'you '] }],
    // Alternatives at the top each need one; long words are cut to six letters.
    ['(?:lovely|gorgeous)|babe', { first: ['babe ', 'gorgeo', 'lovely '], also: null }],
    ['ned to be alone\\b', { first: ['alone '], also: ['ned '] }],
    // A lookahead that sees only a space, "." or the end ends the word; any other may not.
    ['hey(?= ?$)', { first: ['hey '], also: null }],
    ['(?:bo|by|b)(?= ?$|\\.)', { first: ['b ', 'bo ', 'by '], also: null }],
    ['hey(?=a)', { first: ['hey'], also: null }],
    // Nothing fixed at a word's start: no anchors, the pattern runs on every sentence.
    ['[a-z]+ing', null],
  ])('%s', (source, expected) => {
    expect(anchorsOf(source)).toEqual(expected);
  });

  it('every alternative of every rule has anchors, so nothing runs on every sentence', () => {
    const without = LEVELS.flatMap((level) =>
      patternsAt(level).flatMap((p) => p.alternatives.filter((a) => a.anchors === null)),
    );
    expect(without.map((a) => a.re.source)).toEqual([]);
  });
});

describe('scanning with some alternatives, one by one', () => {
  const pieces = ['a', 'b', 'ab', 'a b', 'b a', 'ab?', 'a(?= b)', 'b+', '(?:a|b) a', 'a b a'];

  it('finds what the whole alternation finds, when the rest cannot match', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.'), maxLength: 40 }),
        (bodies, text) => {
          const whole = new RegExp(`\\b(?:${bodies.map((b) => `(?:${b})`).join('|')})\\b`, 'g');
          const singles = bodies.map((b) => new RegExp(`\\b(?:${b})\\b`, 'g'));
          const ids = singles.map((_, k) => k);
          expect(scanAlternatives(singles, ids, 0, ids.length, text)).toEqual(
            matchOffsets(whole, text),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('the engine scans only where patterns could match, and finds the same', () => {
  const texts = realTexts();

  it.each(LEVELS)('on real writing (%s)', (level) => {
    const found = texts.flatMap((t) => differences(t, level));
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('on random chat-like text', () => {
    const words = fc.constantFrom(
      'i',
      'still',
      'love',
      'you',
      'u',
      'miss',
      'please',
      'come back',
      'babe',
      'we',
      'were',
      'together',
      'never',
      'again',
      'him',
      'her',
      '.',
      ' ',
      'é',
      '😭',
      "don't",
      'PLEASE',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.constantFrom(...LEVELS),
        (parts, level) => {
          expect(differences(parts.join(' '), level)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
