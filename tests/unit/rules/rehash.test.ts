import { describe, expect, it } from 'vitest';
import { rehashExamples } from '../../../src/rules/rules/rehash.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('rehash', () => {
  itHandlesExamples('rehash', rehashExamples);

  it('quotes the reproach, reaches every chat, and speaks calmly', () => {
    const f = findingFor('Honestly you made me question my worth for two years', 'rehash');
    expect(f?.reach).toBe('anywhere');
    expect(f?.spans.map((s) => s.text)).toEqual(['you made me question']);
    expectCalmReason(f, 'you made me question');
  });

  it('leaves blame told to a friend about the ex alone', () => {
    expect(rulesFor('he walked away like it was nothing and I cried all night')).not.toContain(
      'rehash',
    );
  });

  it('keeps "why did you" for strict', () => {
    expect(rulesFor('why did you pick that one', 'balanced')).not.toContain('rehash');
    expect(findingFor('why did you pick that one', 'rehash', 'strict')?.severity).toBe('low');
  });
});
