import { describe, expect, it } from 'vitest';
import { futureExamples } from '../../../src/rules/rules/future.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('future', () => {
  itHandlesExamples('future', futureExamples);

  it('quotes the phrase as written', () => {
    const f = findingFor("We're MEANT to be together 💍", 'future');
    expect(f?.spans[0]?.text).toBe("We're MEANT to be together");
    expectCalmReason(f, "We're MEANT to be together");
  });

  it('needs strict for a bare "soulmates"', () => {
    expect(rulesFor('i read a book about soulmates')).not.toContain('future');
    expect(rulesFor('i read a book about soulmates', 'strict')).toContain('future');
  });
});
