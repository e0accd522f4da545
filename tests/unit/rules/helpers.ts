import { expect, it } from 'vitest';
import { DEFAULT_ENGINE_SETTINGS } from '../../../src/rules/defaults';
import { analyze } from '../../../src/rules/index';
import type { TextExamples } from '../../../src/rules/rules/examples';
import { parseWallClock } from '../../../src/rules/time';
import type {
  AnalysisContext,
  EngineSettings,
  Finding,
  RuleId,
  Sensitivity,
} from '../../../src/rules/types';

/** A Wednesday afternoon: outside quiet hours. */
export const DAYTIME = parseWallClock('2026-11-18T14:00:00')!;

export function makeContext(
  overrides: Partial<Omit<AnalysisContext, 'settings'>> = {},
  settings: Partial<EngineSettings> = {},
): AnalysisContext {
  return {
    at: DAYTIME,
    recentSends: [],
    unanswered: 0,
    ...overrides,
    settings: { ...DEFAULT_ENGINE_SETTINGS, ...settings },
  };
}

export function rulesFor(text: string, sensitivity: Sensitivity = 'balanced'): RuleId[] {
  return analyze(text, makeContext({}, { sensitivity })).map((f) => f.rule);
}

export function findingFor(
  text: string,
  rule: RuleId,
  sensitivity: Sensitivity = 'balanced',
): Finding | undefined {
  return analyze(text, makeContext({}, { sensitivity })).find((f) => f.rule === rule);
}

/** One test per example: positives must fire `rule`, negatives must not. */
export function itHandlesExamples(rule: RuleId, examples: TextExamples): void {
  it.each(examples.positive)(`flags %j as ${rule}`, (text) => {
    expect(rulesFor(text)).toContain(rule);
  });
  it.each(examples.negative)(`does not flag %j as ${rule}`, (text) => {
    expect(rulesFor(text)).not.toContain(rule);
  });
}

/** The shared promises of a reason: one sentence, quotes the phrase, calm, no emoji. */
export function expectCalmReason(finding: Finding | undefined, quoted: string): void {
  expect(finding).toBeDefined();
  expect(finding!.reason).toContain(`'${quoted}'`);
  expect(finding!.reason).not.toMatch(/[!\p{Extended_Pictographic}]/u);
  expect(finding!.reason.trim().endsWith('.')).toBe(true);
  expect(finding!.suggestion.length).toBeGreaterThan(10);
}
