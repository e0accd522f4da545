import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/rules/decide';
import { analyze } from '../../../src/rules/index';
import { longLetterExamples } from '../../../src/rules/rules/long-letter.examples';
import { findingFor, itHandlesExamples, makeContext } from './helpers';

describe('long-letter', () => {
  itHandlesExamples('long-letter', longLetterExamples);

  it('names the shape calmly, highlights nothing, and reaches every chat', () => {
    const f = findingFor(longLetterExamples.positive[0]!, 'long-letter');
    expect(f?.spans).toEqual([]);
    expect(f?.reach).toBe('anywhere');
    expect(f?.reason).toBe(
      'This reads like a long letter about the two of you; long messages about feelings ask a lot of someone who asked for space.',
    );
    expect(
      decide(analyze(longLetterExamples.positive[0]!, makeContext()), 'unlisted').pause,
    ).toContain('long-letter');
  });

  it('needs length: two sad sentences are not a letter', () => {
    expect(findingFor('I miss you and it hurts. I am sorry for everything.', 'long-letter')).toBe(
      undefined,
    );
  });

  it('stays linear and quiet on a huge paste of logistics', () => {
    const paste = longLetterExamples.negative[0]!.repeat(500);
    expect(findingFor(paste, 'long-letter')).toBeUndefined();
  });
});
