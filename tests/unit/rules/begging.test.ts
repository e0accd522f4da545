import { describe, expect, it } from 'vitest';
import { beggingExamples } from '../../../src/rules/rules/begging.examples';
import { expectCalmReason, findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('begging', () => {
  itHandlesExamples('begging', beggingExamples);

  it('reports exact spans in the original text, apostrophes and elongations included', () => {
    const text = 'ok.  Pleeease come back, I’ll do anything';
    const f = findingFor(text, 'begging');
    expect(f?.spans.map((s) => s.text)).toEqual(['Pleeease come back', 'I’ll do anything']);
    for (const s of f!.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(f?.severity).toBe('medium');
    expectCalmReason(f, 'Pleeease come back');
  });

  it('keeps "I need you" for balanced and strict but not gentle', () => {
    expect(rulesFor('i need you', 'gentle')).not.toContain('begging');
    expect(rulesFor('i need you', 'balanced')).toContain('begging');
  });

  it('reads a plain wish to talk as pleading only in a listed chat, and anywhere beside the breakup', () => {
    expect(findingFor('can we talk', 'begging')?.reach).toBe('listed');
    expect(findingFor('can we talk? I know we broke up but', 'begging')?.reach).toBe('anywhere');
    expect(rulesFor('can we talk about the rota', 'balanced')).not.toContain('begging');
  });
});
