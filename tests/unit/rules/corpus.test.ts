// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_DIR, measureDevSets } from '../../../scripts/detection/dev-sets';
import { HELD_OUT_ROUNDS } from '../../../scripts/detection/held-out-history';
import { DEV_SECTION_HEADING, renderReport } from '../../../scripts/detection/markdown';
import { RULE_IDS } from '../../../src/rules/types';
import {
  CORPUS_LANGS,
  figuresByKind,
  loadCorpus,
  resultsInLanguage,
  runCorpus,
  safeFalsePositives,
  scoreByRule,
} from '../../corpus/corpus';

/**
 * The whole labelled corpus (tests/corpus/*.jsonl) through the engine with default settings.
 * Targets from issues #2 and #11: every rule's recall at least 90%, no more than 2% of safe
 * messages flagged. Precision is held to 90% per rule so a rule cannot buy recall with false alarms.
 * `npm run detection` prints the same figures and writes them to docs/detection.md.
 */
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.9;
const MAX_SAFE_FLAGGED = 0.02;

const cases = loadCorpus();
const results = runCorpus(cases);
const scores = scoreByRule(results);

describe('detection corpus', () => {
  it('has over 1,000 messages, at least 600 of them safe (affection counts as risky: it is, to an ex)', () => {
    const safe = cases.filter((c) => c.expect.length === 0).length;
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    expect(safe).toBeGreaterThanOrEqual(600);
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

/**
 * Each language on its own (issue #15): Spanish and Portuguese drafts must be caught as well as
 * English ones, so every rule labelled in a language meets the same targets on that language's
 * messages alone, and that language's safe messages are flagged no more than 2% of the time.
 */
describe.each(CORPUS_LANGS.map((lang) => [lang] as const))('in language %s', (lang) => {
  const own = resultsInLanguage(results, lang);
  const labelled = scoreByRule(own).filter((s) => s.positives > 0);

  // Issue #15 asks this of each new language's own set (`es.jsonl`, `pt.jsonl`); held-out
  // rounds are mostly risky drafts, and the English files predate it (see above).
  it.runIf(lang !== 'en')(
    `has at least 300 messages in ${lang}.jsonl, as many safe as risky`,
    () => {
      const set = own.filter((r) => r.case.file === `${lang}.jsonl`);
      const safe = set.filter((r) => r.case.expect.length === 0).length;
      expect(set.length).toBeGreaterThanOrEqual(300);
      expect(safe).toBeGreaterThanOrEqual(set.length - safe);
    },
  );

  it.each(labelled.map((s) => [s.rule, s] as const))(
    '%s: recall and precision meet the targets',
    (rule, score) => {
      const missed = own
        .filter((r) => r.case.expect.includes(rule) && !r.fired.includes(rule))
        .map((r) => `${r.case.id}: ${r.case.text}`);
      const wrong = own
        .filter((r) => !r.case.expect.includes(rule) && r.fired.includes(rule))
        .map((r) => `${r.case.id}: ${r.case.text}`);
      expect({ recall: score.recall >= MIN_RECALL, missed }).toMatchObject({ recall: true });
      expect({ precision: score.precision >= MIN_PRECISION, wrong }).toMatchObject({
        precision: true,
      });
    },
  );

  it(`flags no more than ${MAX_SAFE_FLAGGED * 100}% of its safe messages`, () => {
    const { safe, flagged } = safeFalsePositives(own);
    const detail = flagged.map((r) => `${r.case.id} [${r.fired.join(', ')}]: ${r.case.text}`);
    expect({ rate: flagged.length / safe <= MAX_SAFE_FLAGGED, detail }).toMatchObject({
      rate: true,
    });
  });
});

/**
 * Who it is for (issue #17): in a chat the person has not listed, letters to an ex still pause;
 * affection, venting about an ex and everyday messages do not (a crisis told to a friend may).
 * Each failure lists the messages that moved.
 */
const PAUSE_AIMS = {
  ex: { atLeast: 0.9 },
  affection: { atMost: 0.02 },
  venting: { atMost: 0.03 },
  everyday: { atMost: 0.02 },
} as const;

describe('who it is for, in a chat the person has not listed', () => {
  it.each(figuresByKind(results).map((k) => [k.kind, k] as const))('%s', (kind, figures) => {
    const aim = PAUSE_AIMS[kind];
    const detail = figures.wrong.map(
      (r) => `${r.case.id} [${r.pauseUnlisted.join(', ')}]: ${r.case.text}`,
    );
    expect(figures.messages).toBeGreaterThanOrEqual(100);
    const share = figures.wrong.length / figures.messages;
    const ok = 'atLeast' in aim ? 1 - share >= aim.atLeast : share <= aim.atMost;
    expect({ ok, detail }).toMatchObject({ ok: true });
  });
});

/** The page without the section that reads ../shared/eval-dev/ (not in every checkout). */
function withoutDevSection(page: string): string {
  const start = page.indexOf(DEV_SECTION_HEADING);
  if (start < 0) return page;
  const next = page.indexOf('\n## ', start + 1);
  return page.slice(0, start) + (next < 0 ? '' : page.slice(next + 1));
}

describe('docs/detection.md', () => {
  const page = readFileSync(new URL('../../../docs/detection.md', import.meta.url), 'utf8');

  it('shows the figures the current engine produces (run `npm run detection` to update)', () => {
    expect(withoutDevSection(page)).toBe(
      withoutDevSection(renderReport({ results, scores, rounds: HELD_OUT_ROUNDS })),
    );
  });

  it.runIf(existsSync(DEV_DIR))('shows the current figures on the development sets', () => {
    const devSets = measureDevSets();
    expect(page).toBe(renderReport({ results, scores, rounds: HELD_OUT_ROUNDS, devSets }));
  });
});
