/**
 * `npm run detection`: runs the labelled corpus through the engine, prints per-rule precision
 * and recall, what would pause in an unlisted chat by kind of message and, when
 * ../shared/eval-dev/ is there, the share flagged and pausing on each development set; then
 * rewrites docs/detection.md (see scripts/detection/markdown.ts for the page).
 * Pass --check to only compare: exits 1 if docs/detection.md is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  figuresByKind,
  loadCorpus,
  runCorpus,
  safeFalsePositives,
  scoreByRule,
} from '../tests/corpus/corpus';
import { measureDevSets } from './detection/dev-sets';
import { HELD_OUT_ROUNDS } from './detection/held-out-history';
import { renderReport } from './detection/markdown';
import { percent } from './detection/summary';

const DOC = new URL('../docs/detection.md', import.meta.url).pathname;

const results = runCorpus(loadCorpus());
const scores = scoreByRule(results);
const { safe, flagged } = safeFalsePositives(results);

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'rule'.padEnd(12)} ${pad('labelled', 8)} ${pad('caught', 6)} ${pad('false+', 6)} ${pad('recall', 7)} ${pad('precision', 9)}`,
);
for (const s of scores) {
  console.log(
    `${s.rule.padEnd(12)} ${pad(s.positives, 8)} ${pad(s.truePositives, 6)} ${pad(s.falsePositives, 6)} ` +
      `${pad(percent(s.truePositives, s.positives), 7)} ${pad(percent(s.truePositives, s.truePositives + s.falsePositives), 9)}`,
  );
}
console.log(`safe messages flagged: ${flagged.length}/${safe} (${percent(flagged.length, safe)})`);
for (const k of figuresByKind(results)) {
  const pausing = k.kind === 'ex' ? k.messages - k.wrong.length : k.wrong.length;
  console.log(
    `${k.kind.padEnd(10)} ${pad(k.messages, 4)} messages, ${pad(percent(pausing, k.messages), 6)} would pause in an unlisted chat`,
  );
}
const devSets = measureDevSets();
if (devSets.length === 0) console.log('../shared/eval-dev/ not found: no development-set figures');
for (const d of devSets) {
  console.log(
    `${d.file.padEnd(28)} ${pad(d.messages, 3)} messages, flagged ${pad(percent(d.flagged, d.messages), 6)}, ` +
      `pause unlisted ${pad(percent(d.pauseUnlisted, d.messages), 6)}`,
  );
}

const page = renderReport({ results, scores, rounds: HELD_OUT_ROUNDS, devSets });
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(DOC, 'utf8');
  } catch {
    // A missing page is simply out of date.
  }
  if (current !== page) {
    console.error('docs/detection.md is out of date: run npm run detection');
    process.exit(1);
  }
} else {
  writeFileSync(DOC, page);
  console.log('wrote docs/detection.md');
}
