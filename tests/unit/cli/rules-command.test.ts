// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The `rules` command's contract (issue #2), checked against the real command as a person or a
 * tool would run it: `npm run --silent rules -- FILE.jsonl`, or `-` for standard input.
 * Each spawn starts npm and tsx, which is slow on a busy machine, so every run is shared by
 * several tests and the timeouts are generous (no timing is asserted).
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const SPAWN_TIMEOUT = 120_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runRules(args: string[], options: { input?: string; tz?: string } = {}): Run {
  const result = spawnSync('npm', ['run', '--silent', 'rules', '--', ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TZ: options.tz ?? 'UTC', NO_COLOR: '1' },
    timeout: SPAWN_TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeInput(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const json = (value: unknown) => JSON.stringify(value);
const hourOfSends = ['13:05', '13:15', '13:25', '13:35', '13:45', '13:55'].map(
  (t) => `2026-11-18T${t}:00`,
);

const warm = 'love you, miss you! call me when you land';
const lingering = "I still love you and I can't stop thinking about us";

/** Line N of the input is INPUT[N - 1]. */
const INPUT = [
  json({
    id: 'x1',
    text: 'hey you up? i need you',
    at: '2026-11-18T23:40:00',
    recentSends: ['2026-11-18T23:30:00'],
    unanswered: 2,
  }),
  'not json at all',
  '',
  json({ id: 'x4', text: 'see you at 5', at: '2026-11-18T14:00:00' }),
  json({ id: 'x5', text: 'hey you up?', at: '2026-11-18T23:40:00Z' }),
  json({ id: 'x6', text: 'ok', at: '2026-11-18T14:00:00', recentSends: hourOfSends }),
  json({ id: 7, text: 'please send me the address', at: '2026-11-18T21:59:00', unanswered: 1 }),
  '[1, 2]',
  json({ text: 'no id here', at: '2026-11-18T14:00:00' }),
  json({ id: 'x10', text: 'morning', at: '2026-11-19T06:00:00', expect: ['ignored'] }),
  json({
    id: 'x11',
    text: 'Remember when we went to Lisbon, babe?\n\nI miss us',
    at: '2026-11-18T14:00:00',
  }),
  json({ id: 'x12', text: 'ok', at: '2026-11-18T14:00:00', unanswered: -1 }),
  json({ id: 'x13', text: warm, at: '2026-11-18T14:00:00', chat: 'unlisted' }),
  json({ id: 'x14', text: warm, at: '2026-11-18T14:00:00', chat: 'listed' }),
  json({ id: 'x15', text: warm, at: '2026-11-18T14:00:00', chat: 'maybe' }),
  json({ id: 'x16', text: lingering, at: '2026-11-18T23:40:00', chat: 'unlisted' }),
  json({ id: 'x17', text: lingering, at: '2026-11-18T23:40:00', chat: 'unguarded' }),
];

type Line = Record<string, unknown>;

describe('npm run rules -- FILE', () => {
  let run: Run;
  let lines: Line[];

  beforeAll(() => {
    // A zone far from UTC: `at` must be read as the wall clock written, whatever the zone.
    run = runRules([writeInput('mixed.jsonl', INPUT)], { tz: 'Pacific/Kiritimati' });
    lines = run.stdout
      .split('\n')
      .slice(0, -1)
      .map((l) => JSON.parse(l) as Line);
  }, SPAWN_TIMEOUT);

  it('prints exactly one JSON line per input line and nothing else on stdout', () => {
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.split('\n')).toHaveLength(INPUT.length + 1);
    expect(lines).toHaveLength(INPUT.length);
  });

  it('keeps the input order and echoes ids (strings or numbers)', () => {
    expect(lines.map((l) => l.id ?? `line ${l.line}`)).toEqual([
      'x1',
      'line 2',
      'line 3',
      'x4',
      'line 5',
      'x6',
      7,
      'line 8',
      'line 9',
      'x10',
      'x11',
      'line 12',
      'x13',
      'x14',
      'line 15',
      'x16',
      'x17',
    ]);
  });

  it('gives results the {id, rules, findings, pause} shape with full findings', () => {
    for (const line of lines.filter((l) => l.id !== null)) {
      expect(Object.keys(line).sort()).toEqual(['findings', 'id', 'pause', 'rules']);
      const findings = line.findings as Line[];
      expect(line.rules).toEqual(findings.map((f) => f.rule));
      // `pause` is a subsequence of `rules`, in the same order.
      const rules = line.rules as string[];
      const pause = line.pause as string[];
      expect(rules.filter((r) => pause.includes(r))).toEqual(pause);
      for (const f of findings) {
        expect(Object.keys(f).sort()).toEqual([
          'reach',
          'reason',
          'rule',
          'severity',
          'spans',
          'suggestion',
        ]);
        expect(['anywhere', 'listed']).toContain(f.reach);
        expect(['low', 'medium', 'high']).toContain(f.severity);
        expect(typeof f.reason).toBe('string');
        expect(typeof f.suggestion).toBe('string');
      }
    }
  });

  it('reports spans as offsets into the text, across paragraphs', () => {
    const text = JSON.parse(INPUT[10]!).text as string;
    const findings = lines[10]!.findings as { rule: string; spans: Line[] }[];
    expect(findings.map((f) => f.rule)).toEqual(['past', 'pet-name', 'longing']);
    for (const f of findings) {
      for (const s of f.spans) {
        expect(text.slice(s.start as number, s.end as number)).toBe(s.text);
      }
    }
    expect(findings[1]!.spans.map((s) => s.text)).toEqual(['babe']);
  });

  it('pauses every finding when `chat` is absent, as in a listed chat', () => {
    expect(lines[0]!.pause).toEqual(lines[0]!.rules);
    expect(lines[10]!.pause).toEqual(lines[10]!.rules);
  });

  it('pauses plain affection only in a listed chat, lingering love anywhere, nothing unguarded', () => {
    const reach = (line: Line) => (line.findings as Line[]).map((f) => [f.rule, f.reach]);
    expect(lines[12]!.rules).toEqual(['longing']);
    expect(reach(lines[12]!)).toEqual([['longing', 'listed']]);
    expect(lines[12]!.pause).toEqual([]);
    expect(lines[13]!.pause).toEqual(['longing']);
    // Late at night in an unlisted chat: the words pause, the hour does not.
    expect(lines[15]!.rules).toEqual(['late-night', 'past', 'longing']);
    expect(lines[15]!.pause).toEqual(['past', 'longing']);
    expect(lines[16]!.rules).toEqual(['late-night', 'past', 'longing']);
    expect(lines[16]!.pause).toEqual([]);
  });

  it('reads `at` as local wall-clock time and applies the default quiet hours', () => {
    expect(lines[0]!.rules).toContain('late-night'); // 23:40
    expect(lines[6]!.rules).toEqual([]); // 21:59, just before 22:00
    expect(lines[9]!.rules).toEqual([]); // 06:00 is outside
  });

  it('uses recentSends and unanswered from the line, and treats them as none when absent', () => {
    expect(lines[0]!.rules).toEqual(['begging', 'late-night', 'double-text']);
    expect(lines[5]!.rules).toEqual(['frequency']); // the 7th message within 60 minutes
    expect(lines[3]!.rules).toEqual([]); // no recentSends, no unanswered
    expect(lines[6]!.rules).not.toContain('double-text'); // 1 unanswered is below the default 2
  });

  it('reports malformed lines as {id: null, line, error} with a clear reason', () => {
    const errors = lines.filter((l) => l.id === null);
    for (const e of errors) {
      expect(Object.keys(e).sort()).toEqual(['error', 'id', 'line']);
      expect(typeof e.error).toBe('string');
    }
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e.error as string]));
    expect(Object.keys(byLine).map(Number)).toEqual([2, 3, 5, 8, 9, 12, 15]);
    expect(byLine[2]).toMatch(/JSON/);
    expect(byLine[3]).toMatch(/empty line/);
    expect(byLine[5]).toMatch(/^at: .*without zone/);
    expect(byLine[8]).toMatch(/object/);
    expect(byLine[9]).toMatch(/^id: /);
    expect(byLine[12]).toMatch(/^unanswered: /);
    expect(byLine[15]).toMatch(/^chat: .*listed.*unlisted.*unguarded/);
  });

  it('exits with 1 when any line was malformed, after processing the others', () => {
    expect(run.status).toBe(1);
    expect(lines.filter((l) => l.id !== null)).toHaveLength(10);
  });

  it(
    'gives the same output for the same lines on stdin (`-`), in another time zone',
    () => {
      const piped = runRules(['-'], { input: `${INPUT.join('\n')}\n`, tz: 'America/Los_Angeles' });
      expect(piped.status).toBe(1);
      expect(piped.stdout).toBe(run.stdout);
    },
    SPAWN_TIMEOUT,
  );
});

describe('npm run rules -- FILE, well-formed input', () => {
  it(
    'exits with 0, and a last line without a newline still counts',
    () => {
      const input = [
        json({ id: 'a', text: 'please come back', at: '2026-11-18T14:00:00' }),
        json({ id: 'b', text: 'running 10 mins late', at: '2026-11-18T14:00:00' }),
      ].join('\r\n');
      const run = runRules(['-'], { input });
      expect(run.status).toBe(0);
      const lines = run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Line);
      expect(lines.map((l) => [l.id, l.rules])).toEqual([
        ['a', ['begging']],
        ['b', []],
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'prints nothing and exits with 0 for empty input',
    () => {
      const run = runRules(['-'], { input: '' });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
    },
    SPAWN_TIMEOUT,
  );

  it(
    'is a usage error (exit 2, nothing on stdout) without a file, or with one it cannot read',
    () => {
      const missing = runRules([]);
      expect(missing.status).toBe(2);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toMatch(/usage/);
      const unreadable = runRules([join(ROOT, 'no-such-file.jsonl')]);
      expect(unreadable.status).toBe(2);
      expect(unreadable.stdout).toBe('');
    },
    SPAWN_TIMEOUT,
  );
});
