import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputLineSchema, toContext } from '../../src/cli/rules-command';
import { decide } from '../../src/rules/decide';
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

/** The language a message is written in (issue #15); a line without `lang` is English. */
export const CORPUS_LANGS = ['en', 'es', 'pt'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

const corpusLineSchema = inputLineSchema.extend({
  id: z.string(),
  at: inputLineSchema.shape.at.default(DEFAULT_AT),
  expect: z.array(z.enum(RULE_IDS)),
  kind: z.enum(CORPUS_KINDS).optional(),
  lang: z.enum(CORPUS_LANGS).default('en'),
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
  /** Every rule that reported, as in a listed chat. */
  fired: RuleId[];
  /** The rules that would open the pause dialog in a chat the person has not listed. */
  pauseUnlisted: RuleId[];
}

export function runCorpus(cases: readonly CorpusCase[]): CaseResult[] {
  return cases.map((c) => {
    const findings = analyze(c.text, toContext(c));
    return {
      case: c,
      fired: findings.map((f) => f.rule),
      pauseUnlisted: decide(findings, 'unlisted').pause,
    };
  });
}

/**
 * Who-it-is-for figures per kind: letters to an ex should pause in an unlisted chat; affection,
 * venting and everyday messages should not (a venting message may, for a crisis: `self-harm`).
 */
export interface KindFigures {
  kind: (typeof CORPUS_KINDS)[number];
  messages: number;
  /** For `ex`: letters that would not pause unlisted; otherwise messages that would. */
  wrong: CaseResult[];
}

function pausesUnlisted(r: CaseResult): boolean {
  const pause =
    r.case.kind === 'venting' ? r.pauseUnlisted.filter((p) => p !== 'self-harm') : r.pauseUnlisted;
  return pause.length > 0;
}

export function figuresByKind(results: readonly CaseResult[]): KindFigures[] {
  return CORPUS_KINDS.map((kind) => {
    const of = results.filter((r) => r.case.kind === kind);
    const wrong = of.filter((r) => (kind === 'ex' ? !pausesUnlisted(r) : pausesUnlisted(r)));
    return { kind, messages: of.length, wrong };
  });
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

/** The results of one language's messages: each language must meet the targets on its own. */
export function resultsInLanguage(results: readonly CaseResult[], lang: CorpusLang): CaseResult[] {
  return results.filter((r) => r.case.lang === lang);
}
