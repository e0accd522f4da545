/**
 * Re-measures a held-out file the way it was first seen: against the engine as committed just
 * before the patterns were broadened with it. It checks the old commit out into a temporary git
 * worktree, runs that version's own corpus loader and engine on the held-out file, and prints
 * the figures. Nothing in the working copy changes.
 *
 * Usage: npx tsx scripts/detection/first-look.ts COMMIT tests/corpus/holdout.jsonl [...more files]
 * The rounds recorded in docs/detection.md (see held-out-history.ts) were measured with it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type LabelledResult, percent, summarise } from './summary';

interface OldCorpusModule {
  loadCorpus: (dir: string) => unknown[];
  runCorpus: (cases: unknown[]) => LabelledResult[];
}

const [commit, ...files] = process.argv.slice(2);
if (!commit || files.length === 0) {
  process.stderr.write('usage: npx tsx scripts/detection/first-look.ts COMMIT FILE.jsonl...\n');
  process.exit(2);
}

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const scratch = mkdtempSync(join(tmpdir(), 'first-look-'));
const tree = join(scratch, 'tree');
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, commit], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  const old = (await import(
    pathToFileURL(join(tree, 'tests/corpus/corpus.ts')).href
  )) as OldCorpusModule;
  for (const file of files) {
    const dir = join(scratch, basename(file));
    mkdirSync(dir);
    copyFileSync(resolve(file), join(dir, basename(file)));
    const results = old.runCorpus(old.loadCorpus(dir));
    const s = summarise(results);
    const missed = results
      .filter((r) => r.case.expect.some((rule) => !r.fired.includes(rule)))
      .map((r) => r.case.id);
    process.stdout.write(
      `${basename(file)} at ${commit}: risky labels caught ${s.labelsCaught}/${s.labels} ` +
        `(${percent(s.labelsCaught, s.labels)}), safe flagged ${s.safeFlagged}/${s.safe}, ` +
        `extra findings ${s.extraFindings}\n  missed: ${missed.join(' ')}\n`,
    );
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  rmSync(scratch, { recursive: true, force: true });
}
