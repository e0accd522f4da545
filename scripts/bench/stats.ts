/** Timing helpers for the benchmarks: per-call samples in milliseconds and their percentiles. */

/** Times `calls` calls of `fn`, each on the next input, after a warm-up that lets the JIT settle. */
export function sample<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  calls: number,
): number[] {
  const warmUp = Math.min(calls, 200);
  for (let i = 0; i < warmUp; i++) fn(inputs[i % inputs.length]!);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const input = inputs[i % inputs.length]!;
    const start = process.hrtime.bigint();
    fn(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(4);
}

export interface Timing {
  p50: number;
  p99: number;
  /** p99 of the quietest round: what the code costs when other processes leave the CPU alone. */
  quietP99: number;
}

/**
 * Samples in `rounds` rounds of calls / rounds each. On a shared machine another process can
 * take the CPU for milliseconds at a time; that shows up in p99 of all samples but rarely in
 * every round, so the quietest round's p99 is printed beside it (both are reported, neither
 * replaces the other).
 */
export function timeRounds<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  calls: number,
  rounds = 5,
): Timing {
  const all: number[] = [];
  let quietP99 = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const times = sample(inputs, fn, Math.ceil(calls / rounds));
    quietP99 = Math.min(quietP99, percentile(times, 99));
    for (const t of times) all.push(t);
  }
  return { p50: percentile(all, 50), p99: percentile(all, 99), quietP99 };
}
