/**
 * First-look figures of each held-out round: the held-out file run against the engine as
 * committed just before its messages were used to broaden the patterns. They are history, so
 * they are recorded here rather than recomputed on every report; re-derive any row with
 *   npx tsx scripts/detection/first-look.ts <commit> tests/corpus/<file>
 */
export interface HeldOutRound {
  file: string;
  /** The engine the file was first run against. */
  commit: string;
  labelsCaught: number;
  labels: number;
  safeFlagged: number;
  safe: number;
  /** What is known and what is not about how faithful this first look is. */
  note: string;
}

export const HELD_OUT_ROUNDS: readonly HeldOutRound[] = [
  {
    file: 'holdout.jsonl',
    commit: '3278f25',
    labelsCaught: 22,
    labels: 75,
    safeFlagged: 1,
    safe: 40,
    note: 'Round 1, against the engine tuned only on the original corpus (100% recall there).',
  },
  {
    file: 'holdout-2.jsonl',
    commit: '3278f25',
    labelsCaught: 17,
    labels: 57,
    safeFlagged: 1,
    safe: 23,
    note:
      'Round 2 was first run after the round-1 fixes, which were committed together with the ' +
      'round-2 fixes (3021b6d), so its exact first look is lost. This row is the engine before ' +
      'round 1, a lower bound; after both rounds (3021b6d) the file scores 56/57 and 0/23.',
  },
  {
    file: 'holdout-3.jsonl',
    commit: '396c68d',
    labelsCaught: 32,
    labels: 45,
    safeFlagged: 0,
    safe: 25,
    note: 'Round 3, written and committed before it was run, against the engine after rounds 1-2.',
  },
  {
    file: 'holdout-es-pt-1.jsonl',
    commit: '9acc334',
    labelsCaught: 22,
    labels: 41,
    safeFlagged: 1,
    safe: 24,
    note:
      'Spanish and Portuguese round 1 (issue #15): short drafts written after the rules had been ' +
      'taught es.jsonl and pt.jsonl, run once before any pattern was changed for them. The file ' +
      'was committed after the fixes (33f259d), so the row is re-derived at that engine.',
  },
  {
    file: 'holdout-es-pt-2.jsonl',
    commit: '33f259d',
    labelsCaught: 21,
    labels: 40,
    safeFlagged: 0,
    safe: 27,
    note:
      'Spanish and Portuguese round 2, written after the round-1 fixes and run against them ' +
      'first; committed with the round-2 fixes (c192707), re-derived the same way.',
  },
  {
    file: 'holdout-es-pt-3.jsonl',
    commit: 'a0243b2',
    labelsCaught: 14,
    labels: 34,
    safeFlagged: 1,
    safe: 18,
    note:
      'Spanish and Portuguese round 3, written and committed before it was run, against the ' +
      'engine after rounds 1-2; with round 4, the figure to read for how the Spanish and ' +
      'Portuguese patterns generalise.',
  },
  {
    file: 'holdout-es-pt-4.jsonl',
    commit: '7cce1fe',
    labelsCaught: 22,
    labels: 36,
    safeFlagged: 0,
    safe: 16,
    note:
      'Spanish and Portuguese round 4, more from Spain and Portugal, committed before it was ' +
      'run, against the engine after rounds 1-3.',
  },
];
