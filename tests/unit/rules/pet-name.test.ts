import { describe, expect, it } from 'vitest';
import { petNameExamples } from '../../../src/rules/rules/pet-name.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('pet-name', () => {
  itHandlesExamples('pet-name', petNameExamples);

  it('spans the name only and weighs it low', () => {
    const f = findingFor('hey babe 😘 you up?', 'pet-name');
    expect(f?.spans).toEqual([{ start: 4, end: 8, text: 'babe' }]);
    expect(f?.severity).toBe('low');
    expectCalmReason(f, 'babe');
  });

  it('reads "baby" as a name only at balanced or above', () => {
    expect(rulesFor('goodnight baby', 'gentle')).not.toContain('pet-name');
    expect(rulesFor('goodnight baby', 'balanced')).toContain('pet-name');
  });

  it('does not find "hon" inside other words', () => {
    expect(rulesFor('thanks, phone is charged')).not.toContain('pet-name');
  });
});
