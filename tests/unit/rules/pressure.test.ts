import { describe, expect, it } from 'vitest';
import { pressureExamples } from '../../../src/rules/rules/pressure.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('pressure', () => {
  itHandlesExamples('pressure', pressureExamples);

  it('quotes the push', () => {
    expectCalmReason(findingFor('JUST ONE NIGHT.', 'pressure'), 'JUST ONE NIGHT');
  });

  it('leaves a bare "come over" to strict', () => {
    expect(rulesFor('can you come over')).not.toContain('pressure');
    expect(rulesFor('can you come over', 'strict')).toContain('pressure');
  });
});
