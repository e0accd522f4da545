import { describe, expect, it } from 'vitest';
import { newPartnerExamples } from '../../../src/rules/rules/new-partner.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('new-partner', () => {
  itHandlesExamples('new-partner', newPartnerExamples);

  it('quotes the question', () => {
    expectCalmReason(findingFor('so... r u seeing someone??', 'new-partner'), 'r u seeing someone');
  });

  it('leaves a mention of their partner to strict', () => {
    const text = 'can your partner do the drop off?';
    expect(rulesFor(text)).not.toContain('new-partner');
    expect(rulesFor(text, 'strict')).toContain('new-partner');
  });
});
