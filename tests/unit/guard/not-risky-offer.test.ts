import { describe, expect, it } from 'vitest';
import { notRiskyOffer, notRiskyRequest } from '../../../src/guard/not-risky-offer';
import type { Finding } from '../../../src/rules/types';

const finding = (rule: Finding['rule'], texts: string[]): Finding => ({
  rule,
  severity: 'medium',
  reach: 'anywhere',
  spans: texts.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
  reason: '',
  suggestion: '',
});

describe('what "Not risky" offers', () => {
  it('offers the phrases of each finding and the chat, and builds each choice', () => {
    const offer = notRiskyOffer(
      [finding('begging', ['please come back', 'Please come back']), finding('late-night', [])],
      'Sam',
    )!;
    expect(offer.phrases).toEqual(['please come back']);
    expect(offer.phraseRules).toEqual(['begging']);
    expect(offer.chatRules).toEqual(['begging', 'late-night']);
    expect(notRiskyRequest(offer, 'phrase', 'whatsapp')).toEqual({
      choice: 'phrase',
      site: 'whatsapp',
      title: 'Sam',
      rules: ['begging'],
      phrases: ['please come back'],
    });
    expect(notRiskyRequest(offer, 'chat', 'whatsapp').rules).toEqual(['begging', 'late-night']);
  });

  it('never offers to silence a crisis, and offers nothing without phrases or a chat', () => {
    expect(notRiskyOffer([finding('self-harm', ['no point in living'])], 'Sam')).toBeNull();
    expect(notRiskyOffer([finding('late-night', [])], null)).toBeNull();
    const timingOnly = notRiskyOffer([finding('late-night', [])], 'Sam')!;
    expect(timingOnly.phrases).toEqual([]);
    expect(timingOnly.chat).toBe('Sam');
  });

  it('leaves out a finding whose phrase is too long to store (it could not be silenced)', () => {
    const offer = notRiskyOffer([finding('long-letter', ['x'.repeat(500)])], null);
    expect(offer).toBeNull();
  });
});
