/**
 * `npm run bench`: the rule engine's time per analyze() call for short, medium, long and 100 kB
 * drafts (p50, p99), how it grows with length, and the `sentiment` npm package (an AFINN
 * word-list sentiment analyser) on the same drafts in the same run as a reference point.
 * Prints Markdown tables; the figures recorded in docs/benchmarks.md ("## Engine") come from it.
 * Timings depend on the machine and its load, so they are printed, never asserted in tests.
 */
import { cpus, loadavg } from 'node:os';
import Sentiment from 'sentiment';
import {
  type Analyzer,
  analyze,
  createAnalyzer,
  DEFAULT_ENGINE_SETTINGS,
} from '../../src/rules/index';
import { parseWallClock } from '../../src/rules/time';
import type { AnalysisContext } from '../../src/rules/types';
import { draftOf } from './drafts';
import { formatMs, percentile, sample, timeRounds } from './stats';

/** Default settings, a Wednesday afternoon, a few earlier sends: the common case while typing. */
const context: AnalysisContext = {
  at: parseWallClock('2026-11-18T14:00:00')!,
  recentSends: ['13:10', '13:40', '13:55'].map((t) => parseWallClock(`2026-11-18T${t}:00`)!),
  unanswered: 1,
  settings: DEFAULT_ENGINE_SETTINGS,
};

const sentiment = new Sentiment();
/**
 * A draft seen for the first time: plain `analyze`, which keeps nothing between calls, so no
 * call gains from an earlier one (the worst case).
 */
const engine = (draft: string) => analyze(draft, context);
/** As while typing: an analyser remembers what earlier calls found in unchanged sentences. */
let analyzer: Analyzer = createAnalyzer();
const typingEngine = (draft: string) => analyzer.analyze(draft, context);
const reference = (draft: string) => sentiment.analyze(draft);

const VARIANTS = 14;
const variantsOf = (length: number) =>
  Array.from({ length: VARIANTS }, (_, v) => draftOf(length, v));

/** Fewer calls for bigger drafts keeps the run short (each size runs in 5 rounds). */
const SIZES = [
  { name: 'short', length: 50, calls: 20_000 },
  { name: 'medium', length: 300, calls: 10_000 },
  { name: 'long', length: 1_000, calls: 5_000 },
  { name: '100 kB', length: 100_000, calls: 100 },
];

const GROWTH = [1_000, 10_000, 100_000];

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} (1 / 5 / 15 min)\n`,
);

console.log(
  row([
    'draft',
    'chars',
    'calls',
    'engine p50 ms',
    'engine p99 ms',
    'engine p99, quietest round',
    'sentiment p50 ms',
    'sentiment p99 ms',
    'sentiment p99, quietest round',
  ]),
);
console.log(row(Array(9).fill('---')));
for (const size of SIZES) {
  const drafts = variantsOf(size.length);
  const ours = timeRounds(drafts, engine, size.calls);
  const theirs = timeRounds(drafts, reference, size.calls);
  console.log(
    row([
      size.name,
      size.length.toLocaleString('en'),
      size.calls.toLocaleString('en'),
      formatMs(ours.p50),
      formatMs(ours.p99),
      formatMs(ours.quietP99),
      formatMs(theirs.p50),
      formatMs(theirs.p99),
      formatMs(theirs.quietP99),
    ]),
  );
}

console.log('\nGrowth with length (p50 per call, and per 1,000 characters):\n');
console.log(
  row([
    'chars',
    'engine p50 ms',
    'engine ms / 1k chars',
    'sentiment p50 ms',
    'sentiment ms / 1k chars',
  ]),
);
console.log(row(Array(5).fill('---')));
for (const length of GROWTH) {
  const drafts = variantsOf(length);
  const calls = Math.max(50, Math.round(2_000_000 / length));
  const ours = percentile(sample(drafts, engine, calls), 50);
  const theirs = percentile(sample(drafts, reference, calls), 50);
  const perK = (ms: number) => formatMs((ms / length) * 1000);
  console.log(
    row([length.toLocaleString('en'), formatMs(ours), perK(ours), formatMs(theirs), perK(theirs)]),
  );
}

// Typing: the long draft's every prefix in order, one call per keystroke, as the guard sees a
// draft being typed (it analyses at each pause; here at every key, the most calls possible).
console.log(
  '\nTyping a 1,000-character draft key by key (one call per prefix, by an analyser as the guard uses):\n',
);
console.log(row(['chars', 'calls', 'engine p50 ms', 'engine p99 ms', 'whole-draft p50 ms']));
console.log(row(Array(5).fill('---')));
{
  const draft = draftOf(1_000, 0);
  const prefixes = Array.from({ length: draft.length }, (_, i) => draft.slice(0, i + 1));
  const typed: number[] = [];
  const cold: number[] = [];
  for (let round = 0; round < 5; round++) {
    analyzer = createAnalyzer();
    for (const t of sample(prefixes, typingEngine, prefixes.length)) typed.push(t);
    for (const t of sample(prefixes, engine, prefixes.length)) cold.push(t);
  }
  console.log(
    row([
      '1 → 1,000',
      typed.length.toLocaleString('en'),
      formatMs(percentile(typed, 50)),
      formatMs(percentile(typed, 99)),
      formatMs(percentile(cold, 50)),
    ]),
  );
}
