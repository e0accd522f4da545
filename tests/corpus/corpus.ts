import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputLineSchema, toContext } from '../../src/cli/rules-command';
import { analyze } from '../../src/rules/index';
import { RULE_IDS, type RuleId } from '../../src/rules/types';
import { z } from '../../src/storage/zod';

/**
 * The labelled corpus: every `*.jsonl` file in this folder. Each line is a `rules` command input
 * line plus `expect`, the rules a careful reader would want flagged (empty for a safe message).
 * `at` may be left out here; it then defaults to a Wednesday afternoon, outside quiet hours.
 */
const DEFAULT_AT = '2026-11-18T14:00:00';

/**
 * Who a message is for, where a file says so: `ex` (written to an ex: it must pause even in a chat
 * the person has not listed), `affection` (to family, friends or a partner) and `venting` (telling
 * a friend about an ex) must not pause there, nor must `everyday` messages.
 */
export const CORPUS_KINDS = ['ex', 'affection', 'venting', 'everyday'] as const;

const corpusLineSchema = inputLineSchema.extend({
  id: z.string(),
  at: inputLineSchema.shape.at.default(DEFAULT_AT),
  expect: z.array(z.enum(RULE_IDS)),
  kind: z.enum(CORPUS_KINDS).optional(),
});

/** A labelled line and the corpus file it came from (for per-file counts in the report). */
export type CorpusCase = z.infer<typeof corpusLineSchema> & { file: string };

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;

export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = corpusLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      cases.push({ ...parsed.data, file });
    });
  }
  return cases;
}

export interface CaseResult {
  case: CorpusCase;
  fired: RuleId[];
}

export function runCorpus(cases: readonly CorpusCase[]): CaseResult[] {
  return cases.map((c) => ({ case: c, fired: analyze(c.text, toContext(c)).map((f) => f.rule) }));
}

export interface RuleScore {
  rule: RuleId;
  /** Cases labelled with the rule. */
  positives: number;
  truePositives: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

/** Per-rule precision and recall (1 when there is nothing to measure). */
export function scoreByRule(results: readonly CaseResult[]): RuleScore[] {
  return RULE_IDS.map((rule) => {
    let positives = 0;
    let truePositives = 0;
    let falsePositives = 0;
    for (const r of results) {
      const expected = r.case.expect.includes(rule);
      const fired = r.fired.includes(rule);
      if (expected) positives++;
      if (expected && fired) truePositives++;
      if (!expected && fired) falsePositives++;
    }
    const flagged = truePositives + falsePositives;
    return {
      rule,
      positives,
      truePositives,
      falsePositives,
      recall: positives === 0 ? 1 : truePositives / positives,
      precision: flagged === 0 ? 1 : truePositives / flagged,
    };
  });
}

/** Safe messages (expect []) that got any finding at all. */
export function safeFalsePositives(results: readonly CaseResult[]): {
  safe: number;
  flagged: CaseResult[];
} {
  const safe = results.filter((r) => r.case.expect.length === 0);
  return { safe: safe.length, flagged: safe.filter((r) => r.fired.length > 0) };
}
