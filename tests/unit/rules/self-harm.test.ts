import { describe, expect, it } from 'vitest';
import { selfHarmExamples } from '../../../src/rules/rules/self-harm.examples';
import { findingFor, itHandlesExamples, rulesFor } from './helpers';

describe('self-harm', () => {
  itHandlesExamples('self-harm', selfHarmExamples);

  it('is always high severity, even for a strict-only hint', () => {
    expect(findingFor('i dont want to live anymore', 'self-harm')?.severity).toBe('high');
    expect(findingFor("what's the point anymore", 'self-harm', 'strict')?.severity).toBe('high');
  });

  it('leads with care and a way to get help, never "are you sure"', () => {
    const f = findingFor("I'll kill myself", 'self-harm');
    expect(f?.reason).toContain("'I'll kill myself'");
    expect(f?.suggestion).toMatch(/crisis line|someone you trust/);
    expect(`${f?.reason} ${f?.suggestion}`).not.toMatch(/are you sure/i);
  });

  it('handles no apostrophes and stretched words', () => {
    expect(rulesFor('i dont wanna liiive anymore')).toContain('self-harm');
  });
});
