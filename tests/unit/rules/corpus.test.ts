// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_ROUNDS } from '../../../scripts/detection/held-out-history';
import { renderReport } from '../../../scripts/detection/markdown';
import { RULE_IDS } from '../../../src/rules/types';
import { loadCorpus, runCorpus, safeFalsePositives, scoreByRule } from '../../corpus/corpus';

/**
 * The whole labelled corpus (tests/corpus/*.jsonl) through the engine with default settings.
 * Targets from issue #2: every rule's recall at least 90%, no more than 2% of safe messages
 * flagged. Precision is held to 90% per rule so a rule cannot buy recall with false alarms.
 * `npm run detection` prints the same figures and writes them to docs/detection.md.
 */
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.9;
const MAX_SAFE_FLAGGED = 0.02;

const cases = loadCorpus();
const results = runCorpus(cases);
const scores = scoreByRule(results);

describe('detection corpus', () => {
  it('has at least 300 messages, and no fewer safe ones than risky ones', () => {
    const safe = cases.filter((c) => c.expect.length === 0).length;
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(safe).toBeGreaterThanOrEqual(cases.length - safe);
  });

  it('has unique ids', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULE_IDS)('has labelled examples for %s', (rule) => {
    expect(cases.some((c) => c.expect.includes(rule))).toBe(true);
  });

  it.each(scores.map((s) => [s.rule, s] as const))(
    '%s: recall and precision meet the targets',
    (_rule, score) => {
      const missed = results
        .filter((r) => r.case.expect.includes(score.rule) && !r.fired.includes(score.rule))
        .map((r) => `${r.case.id}: ${r.case.text}`);
      const wrong = results
        .filter((r) => !r.case.expect.includes(score.rule) && r.fired.includes(score.rule))
        .map((r) => `${r.case.id}: ${r.case.text}`);
      // The lists make a failure say which messages moved, not just that a number dropped.
      expect({ recall: score.recall >= MIN_RECALL, missed }).toMatchObject({ recall: true });
      expect({ precision: score.precision >= MIN_PRECISION, wrong }).toMatchObject({
        precision: true,
      });
    },
  );

  it(`flags no more than ${MAX_SAFE_FLAGGED * 100}% of safe messages`, () => {
    const { safe, flagged } = safeFalsePositives(results);
    const detail = flagged.map((r) => `${r.case.id} [${r.fired.join(', ')}]: ${r.case.text}`);
    expect({ rate: flagged.length / safe <= MAX_SAFE_FLAGGED, detail }).toMatchObject({
      rate: true,
    });
  });
});

describe('docs/detection.md', () => {
  it('shows the figures the current engine produces (run `npm run detection` to update)', () => {
    const page = readFileSync(new URL('../../../docs/detection.md', import.meta.url), 'utf8');
    expect(page).toBe(renderReport({ results, scores, rounds: HELD_OUT_ROUNDS }));
  });
});
