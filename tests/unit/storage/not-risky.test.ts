import { describe, expect, it } from 'vitest';
import {
  applyNotRisky,
  countCorrection,
  EMPTY_CORRECTIONS,
  markablePhrase,
  rulesOffInChat,
  undoNotRisky,
  withoutRulesInChat,
} from '../../../src/storage/not-risky';
import { DEFAULT_SETTINGS, LIMITS, settingsSchema } from '../../../src/storage/settings-schema';

const base = DEFAULT_SETTINGS;

describe('Not risky → never flag this phrase', () => {
  it('adds the quoted phrases once, tidied, and undo takes back only those', () => {
    const start = { ...base, engine: { ...base.engine, neverFlag: ['Come Back'] } };
    const { settings, change } = applyNotRisky(start, {
      choice: 'phrase',
      site: 'whatsapp',
      title: 'Sam',
      rules: ['begging'],
      phrases: ['  please   come back ', 'come back', 'Please come back'],
    });
    expect(settings.engine.neverFlag).toEqual(['Come Back', 'please come back']);
    expect(change.phrasesAdded).toEqual(['please come back']);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    // The person also added a phrase of their own since: undo leaves it.
    const later = {
      ...settings,
      engine: { ...settings.engine, neverFlag: [...settings.engine.neverFlag, 'mine'] },
    };
    expect(undoNotRisky(later, change).engine.neverFlag).toEqual(['Come Back', 'mine']);
  });

  it('skips phrases too long to store and stops at the list limit', () => {
    expect(markablePhrase('x'.repeat(LIMITS.phraseLength + 1))).toBeNull();
    expect(markablePhrase('   ')).toBeNull();
    const full = Array.from({ length: LIMITS.phraseCount }, (_, i) => `p${i}`);
    const start = { ...base, engine: { ...base.engine, neverFlag: full } };
    const { settings, change } = applyNotRisky(start, {
      choice: 'phrase',
      site: 'whatsapp',
      title: null,
      rules: ['begging'],
      phrases: ['one more'],
    });
    expect(settings).toBe(start);
    expect(change.phrasesAdded).toEqual([]);
  });
});

describe('Not risky → not in this chat', () => {
  it('switches the rules off for that chat only, as the same chat however it is written', () => {
    const { settings, change } = applyNotRisky(base, {
      choice: 'chat',
      site: 'messenger',
      title: 'Alex  Kim',
      rules: ['longing', 'past'],
      phrases: [],
    });
    expect(rulesOffInChat(settings, 'messenger', 'ALEX KIM')).toEqual(['longing', 'past']);
    expect(rulesOffInChat(settings, 'whatsapp', 'Alex Kim')).toEqual([]);
    expect(rulesOffInChat(settings, 'messenger', null)).toEqual([]);
    const again = applyNotRisky(settings, {
      choice: 'chat',
      site: 'messenger',
      title: 'alex kim',
      rules: ['past', 'begging'],
      phrases: [],
    });
    expect(again.change.rulesAdded).toEqual(['begging']);
    expect(rulesOffInChat(again.settings, 'messenger', 'Alex Kim')).toEqual([
      'longing',
      'past',
      'begging',
    ]);
    const undone = undoNotRisky(again.settings, again.change);
    expect(rulesOffInChat(undone, 'messenger', 'Alex Kim')).toEqual(['longing', 'past']);
    expect(undoNotRisky(settings, change).rulesOffInChats).toEqual([]);
  });

  it('does nothing without a chat title', () => {
    const { settings, change } = applyNotRisky(base, {
      choice: 'chat',
      site: 'whatsapp',
      title: null,
      rules: ['longing'],
      phrases: [],
    });
    expect(settings).toBe(base);
    expect(change.rulesAdded).toEqual([]);
  });

  it('removing the last rule of a chat removes the chat entry', () => {
    const { settings } = applyNotRisky(base, {
      choice: 'chat',
      site: 'whatsapp',
      title: 'Sam',
      rules: ['late-night'],
      phrases: [],
    });
    expect(
      withoutRulesInChat(settings, { site: 'whatsapp', title: 'sam' }, ['late-night'])
        .rulesOffInChats,
    ).toEqual([]);
  });
});

describe('corrections counted by rule', () => {
  it('counts each rule once per correction and never below zero', () => {
    let c = countCorrection(EMPTY_CORRECTIONS, ['begging', 'begging', 'past'], 1);
    c = countCorrection(c, ['begging'], 1);
    expect(c.byRule).toEqual({ begging: 2, past: 1 });
    c = countCorrection(c, ['past', 'longing'], -1);
    expect(c.byRule).toEqual({ begging: 2 });
  });
});
