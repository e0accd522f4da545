import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_SETTINGS } from '../../../src/rules/defaults';
import { analyze } from '../../../src/rules/index';
import { parseWallClock } from '../../../src/rules/time';
import { type AnalysisContext, RULE_IDS } from '../../../src/rules/types';
import { makeContext } from './helpers';

describe('analyze', () => {
  it('reports findings in RULE_IDS order', () => {
    const ctx = makeContext({ at: parseWallClock('2026-11-18T23:40:00')!, unanswered: 3 });
    const rules = analyze('babe please come back, you ruined my life', ctx).map((f) => f.rule);
    expect(rules).toEqual(['begging', 'late-night', 'double-text', 'guilt-trip', 'pet-name']);
    expect([...rules].sort((a, b) => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b))).toEqual(rules);
  });

  it('returns nothing for an everyday message', () => {
    expect(analyze('can you pick up Mia at 3:30 on friday', makeContext())).toEqual([]);
  });

  it('skips rules that are switched off', () => {
    const enabledRules = { ...DEFAULT_ENGINE_SETTINGS.enabledRules, begging: false };
    expect(analyze('please come back', makeContext({}, { enabledRules }))).toEqual([]);
  });

  it('merges overlapping spans into one', () => {
    const [f] = analyze('I miss us, i miss what we had', makeContext());
    expect(f?.spans.map((s) => s.text)).toEqual(['I miss us', 'i miss what we had']);
  });

  describe('watch phrases', () => {
    const watch = (phrase: string, rule: (typeof RULE_IDS)[number] = 'past') =>
      makeContext({}, { watchPhrases: [{ phrase, rule }] });

    it('reports a literal phrase under its chosen rule, case-insensitively', () => {
      const [f] = analyze('Went to LISBON today', watch('lisbon'));
      expect(f).toMatchObject({ rule: 'past', spans: [{ start: 8, end: 14, text: 'LISBON' }] });
      expect(f?.reason).toBe("'LISBON' is one of the phrases you asked to watch for.");
    });

    it('adds its spans to a finding the rule already made', () => {
      const [f] = analyze('remember when we went to Lisbon', watch('lisbon'));
      expect(f?.spans.map((s) => s.text)).toEqual(['remember when we', 'Lisbon']);
    });

    it('matches whole words only and treats regex characters literally', () => {
      expect(analyze('a mission', watch('miss'))).toEqual([]);
      expect(analyze('aaab', watch('a+b'))).toEqual([]);
      expect(analyze('anything at all', watch('.*'))).toEqual([]);
      expect(analyze('is it (a+)? ok', watch('(a+)?'))).toHaveLength(1);
    });

    it('folds the phrase like the draft: apostrophes and stretched letters', () => {
      expect(analyze('dont goooo', watch("don't go"))).toHaveLength(1);
    });

    it('ignores a phrase for a switched-off rule', () => {
      const enabledRules = { ...DEFAULT_ENGINE_SETTINGS.enabledRules, past: false };
      const ctx = makeContext(
        {},
        { enabledRules, watchPhrases: [{ phrase: 'lisbon', rule: 'past' }] },
      );
      expect(analyze('lisbon', ctx)).toEqual([]);
    });
  });

  describe('never-flag phrases', () => {
    it('drops a finding whose every span lies inside a never-flag phrase', () => {
      const ctx = makeContext({}, { neverFlag: ['love you, Mia'] });
      expect(analyze('Tell her I said love you, Mia', ctx)).toEqual([]);
    });

    it('keeps a finding with any span outside the never-flag phrases', () => {
      const ctx = makeContext({}, { neverFlag: ['hey babe'] });
      const found = analyze('hey babe. night babe', ctx);
      expect(found[0]?.spans.map((s) => s.text)).toEqual(['babe', 'babe']);
    });

    it('never drops timing findings, which have no spans', () => {
      const ctx = makeContext({ unanswered: 5 }, { neverFlag: ['hello'] });
      expect(analyze('hello', ctx).map((f) => f.rule)).toEqual(['double-text']);
    });
  });

  it('survives contexts that break the types', () => {
    const broken = [
      undefined,
      {},
      { at: 'noon', recentSends: 'x', unanswered: -3, settings: null },
      {
        ...makeContext(),
        settings: { ...DEFAULT_ENGINE_SETTINGS, quietHours: null, watchPhrases: [null] },
      },
    ] as unknown as AnalysisContext[];
    for (const ctx of broken) expect(() => analyze('please come back', ctx)).not.toThrow();
    expect(analyze(null as unknown as string, makeContext())).toEqual([]);
  });
});

describe('settings passed again and again', () => {
  it('are read afresh when a new settings object comes', () => {
    const draft = 'please come back';
    const on = makeContext();
    const off = makeContext({}, { enabledRules: { ...on.settings.enabledRules, begging: false } });
    expect(analyze(draft, on).map((f) => f.rule)).toContain('begging');
    expect(analyze(draft, off).map((f) => f.rule)).not.toContain('begging');
    expect(analyze(draft, on).map((f) => f.rule)).toContain('begging');
  });
});
