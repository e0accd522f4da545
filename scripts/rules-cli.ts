/**
 * `npm run --silent rules -- FILE.jsonl` (or `-` for stdin): analyses one JSON object per line
 * with the default settings and prints one JSON line per input line. The logic and the contract
 * are in src/cli/rules-command.ts; this file only does I/O. Exit code: 0 when every line was
 * well formed, 1 when any line was malformed, 2 for a usage error (no file, unreadable file).
 */
import { readFileSync } from 'node:fs';
import { runRules } from '../src/cli/rules-command';

function readInput(arg: string): string {
  return arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
}

const arg = process.argv[2];
if (arg === undefined || process.argv.length > 3) {
  process.stderr.write('usage: npm run --silent rules -- FILE.jsonl   (use - to read stdin)\n');
  process.exit(2);
}

let input: string;
try {
  input = readInput(arg);
} catch (e) {
  process.stderr.write(`rules: cannot read ${arg}: ${(e as Error).message}\n`);
  process.exit(2);
}

const { lines, exitCode } = runRules(input);
const out = lines.length > 0 ? `${lines.join('\n')}\n` : '';
// Exit only after stdout has drained, so a pipe never loses the tail of the output.
process.stdout.write(out, () => process.exit(exitCode));
