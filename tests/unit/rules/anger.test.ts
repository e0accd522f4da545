import { describe, expect, it } from 'vitest';
import { angerExamples } from '../../../src/rules/rules/anger.examples';
import { findShouting } from '../../../src/rules/shouting';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('anger', () => {
  itHandlesExamples('anger', angerExamples);

  it('spans a shouted run from its first to its last capital word', () => {
    const text = 'ok so you just IGNORE ME AGAIN?? typical';
    const f = findingFor(text, 'anger');
    expect(f?.spans).toEqual([{ start: 15, end: 30, text: 'IGNORE ME AGAIN' }]);
    expectCalmReason(f, 'IGNORE ME AGAIN');
  });

  it('does not count acronyms or single capitals as shouting', () => {
    expect(findShouting('OK LOL NYC ASAP', 'strict').spans).toEqual([]);
    expect(findShouting('I am at the NYC office, OK?', 'strict').spans).toEqual([]);
    expect(findShouting('OMG WHY WOULD YOU', 'balanced').spans).toHaveLength(1);
  });

  it('needs 4 shouted words when gentle, 3 when balanced, 2 when strict', () => {
    expect(rulesFor('STOP IT now', 'strict')).toContain('anger');
    expect(rulesFor('STOP IT now', 'balanced')).not.toContain('anger');
    expect(rulesFor('I SAID STOP IT', 'balanced')).toContain('anger');
    expect(rulesFor('SAID STOP IT', 'gentle')).not.toContain('anger');
    expect(rulesFor('I TOLD YOU TO STOP', 'gentle')).toContain('anger');
  });

  it('reads general swearing as a soft, strict-only hint', () => {
    expect(rulesFor('holy shit the traffic')).not.toContain('anger');
    expect(findingFor('holy shit the traffic', 'anger', 'strict')?.severity).toBe('low');
  });
});
