import { describe, expect, it } from 'vitest';
import { guiltTripExamples } from '../../../src/rules/rules/guilt-trip.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('guilt-trip', () => {
  itHandlesExamples('guilt-trip', guiltTripExamples);

  it('handles chat spelling: no apostrophes, "u", "ur"', () => {
    expect(rulesFor('hope ur happy now')).toContain('guilt-trip');
    expect(rulesFor('u ruined my life')).toContain('guilt-trip');
  });

  it('quotes the blame', () => {
    expectCalmReason(
      findingFor('After EVERYTHING I did for you.', 'guilt-trip'),
      'After EVERYTHING I did',
    );
  });

  it('reads "you owe me" alone as a strict-only hint', () => {
    expect(rulesFor('you owe me')).not.toContain('guilt-trip');
    expect(rulesFor('you owe me', 'strict')).toContain('guilt-trip');
  });
});
