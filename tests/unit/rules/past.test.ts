import { describe, expect, it } from 'vitest';
import { pastExamples } from '../../../src/rules/rules/past.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('past', () => {
  itHandlesExamples('past', pastExamples);

  it('quotes the memory and spans it exactly across a line break', () => {
    const text = 'Hey\n\nremember when we went to Lisbon?';
    const f = findingFor(text, 'past');
    expect(f?.spans).toEqual([{ start: 5, end: 21, text: 'remember when we' }]);
    expectCalmReason(f, 'remember when we');
  });

  it('does not join a phrase across sentences', () => {
    expect(rulesFor('I remember. When we get there, call me')).not.toContain('past');
  });

  it('leaves "I miss you" to longing, and treats "we used to" as strict only', () => {
    expect(rulesFor('i miss you')).not.toContain('past');
    expect(rulesFor('i miss you')).toContain('longing');
    expect(rulesFor('we used to go there', 'balanced')).not.toContain('past');
    expect(rulesFor('we used to go there', 'strict')).toContain('past');
  });
});
