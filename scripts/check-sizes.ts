/**
 * Prints each built entrypoint's size (minified, as built, and gzip) and fails when a budget is
 * exceeded. Sizes are deterministic for a given lockfile, so unlike timings this belongs in CI.
 * Usage: npm run build && npx tsx scripts/check-sizes.ts [--json]
 *
 * Content scripts are split in two: the entry (parsed on every matching page load, budget 50 kB)
 * and the guard chunk, loaded with import() only on pages that show a chat composer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
const KB = 1024;

/** What each file is, for the report. */
const KINDS: { pattern: RegExp; kind: string }[] = [
  { pattern: /^content-scripts\/.+\.js$/, kind: 'content script entry' },
  { pattern: /^guard-chunk\.js$/, kind: 'content script, on demand' },
  { pattern: /^background\.js$/, kind: 'background' },
];

/** Budgets in bytes of minified JavaScript, by file path pattern. */
const BUDGETS: { pattern: RegExp; limit: number; what: string }[] = [
  { pattern: /^content-scripts\/.+\.js$/, limit: 50 * KB, what: 'content script' },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let failed = 0;
const rows = walk(OUT)
  .filter((p) => p.endsWith('.js') || p.endsWith('.css') || p.endsWith('.html'))
  .map((path) => {
    const file = relative(OUT, path);
    const bytes = readFileSync(path);
    const budget = BUDGETS.find((b) => b.pattern.test(file));
    const over = budget !== undefined && bytes.length > budget.limit;
    if (over) failed++;
    return {
      file,
      kind: KINDS.find((k) => k.pattern.test(file))?.kind ?? 'page',
      minified: bytes.length,
      gzip: gzipSync(bytes).length,
      budget: budget?.limit ?? null,
      over,
    };
  })
  .sort((a, b) => b.minified - a.minified);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
  console.log(
    'file'.padEnd(36),
    'kind'.padEnd(26),
    'minified'.padStart(10),
    'gzip'.padStart(10),
    'budget'.padStart(10),
  );
  for (const r of rows) {
    const budget = r.budget === null ? '' : kb(r.budget);
    console.log(
      r.file.padEnd(36),
      r.kind.padEnd(26),
      kb(r.minified).padStart(10),
      kb(r.gzip).padStart(10),
      budget.padStart(10),
      r.over ? '  OVER BUDGET' : '',
    );
  }
}
if (failed > 0) {
  console.error(`${failed} file(s) over budget`);
  process.exit(1);
}
