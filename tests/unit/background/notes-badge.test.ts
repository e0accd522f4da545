import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/notes-badge';

describe('badge text', () => {
  it('is the number of notes waiting, nothing when none, capped when many', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
