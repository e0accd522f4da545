import { CHAT_STANDINGS, decide } from '../rules/decide';
import { DEFAULT_ENGINE_SETTINGS } from '../rules/defaults';
import { analyze } from '../rules/index';
import { parseWallClock } from '../rules/time';
import type { AnalysisContext, EngineSettings, Finding, RuleId } from '../rules/types';
import { z } from '../storage/zod';

/**
 * The `rules` command's logic, kept apart from process I/O so it can be unit tested.
 *
 * Input: one JSON object per line,
 *   {"id": "x1", "text": "...", "at": "2026-11-18T23:40:00", "recentSends": [...], "unanswered": 2,
 *    "chat": "listed"}
 * `at` and `recentSends` are local wall-clock times without a zone; `recentSends` and `unanswered`
 * may be absent (none). `chat` is how the person stands towards the chat: "listed", "unlisted" or
 * "unguarded"; absent means "listed", where every finding counts. Other fields are ignored, so a
 * labelled corpus line can be fed as is.
 *
 * Output: exactly one line per input line, in order:
 *   {"id": "x1", "rules": [...], "findings": [...], "pause": [...]}
 * Every finding carries its `reach` ("anywhere" or "listed"); `pause` lists, in the same order as
 * `rules`, the rules that would open the pause dialog in that chat (see src/rules/decide.ts: the
 * guard asks the same function).
 * or, for a malformed line, {"id": null, "line": N, "error": "<reason>"}.
 *
 * Blank lines: every line counts, so an empty or whitespace-only line is reported as malformed
 * (it still gets its own output line). Only the newline that ends the last line is not a line.
 */

const wallClock = z.string().refine((s) => parseWallClock(s) !== null, {
  message: 'expected a local time without zone, like "2026-11-18T23:40:00"',
});

export const inputLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  at: wallClock,
  recentSends: z.array(wallClock).optional(),
  unanswered: z.number().int().min(0).optional(),
  chat: z.enum(CHAT_STANDINGS).optional(),
});

export type InputLine = z.infer<typeof inputLineSchema>;

export interface ResultLine {
  id: string | number;
  rules: RuleId[];
  findings: Finding[];
  pause: RuleId[];
}

export interface ErrorLine {
  id: null;
  line: number;
  error: string;
}

/** The analysis context for a parsed line (times were validated by the schema). */
export function toContext(
  input: InputLine,
  settings: EngineSettings = DEFAULT_ENGINE_SETTINGS,
): AnalysisContext {
  return {
    at: parseWallClock(input.at)!,
    recentSends: (input.recentSends ?? []).map((t) => parseWallClock(t)!),
    unanswered: input.unanswered ?? 0,
    settings,
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : 'line';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses and analyses one input line (1-based `lineNumber` for error reports). */
export function processLine(line: string, lineNumber: number): ResultLine | ErrorLine {
  if (line.trim() === '') return { id: null, line: lineNumber, error: 'empty line' };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { id: null, line: lineNumber, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { id: null, line: lineNumber, error: 'expected a JSON object' };
  }
  const parsed = inputLineSchema.safeParse(json);
  if (!parsed.success) {
    return { id: null, line: lineNumber, error: describeIssues(parsed.error) };
  }
  const findings = analyze(parsed.data.text, toContext(parsed.data));
  const { pause } = decide(findings, parsed.data.chat ?? 'listed');
  return { id: parsed.data.id, rules: findings.map((f) => f.rule), findings, pause };
}

/** Splits input into lines; a final newline ends the last line rather than starting a new one. */
export function splitLines(input: string): string[] {
  // Editors on Windows may start a file with a byte-order mark; it is not part of line 1.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text === '') return [];
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Runs the whole command on the input text: output lines and the exit code. */
export function runRules(input: string): { lines: string[]; exitCode: 0 | 1 } {
  let malformed = false;
  const lines = splitLines(input).map((line, i) => {
    const result = processLine(line, i + 1);
    if (result.id === null) malformed = true;
    return JSON.stringify(result);
  });
  return { lines, exitCode: malformed ? 1 : 0 };
}
