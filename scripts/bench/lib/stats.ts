// Small statistics and formatting helpers shared by the benchmarks.
import { cpus, loadavg } from 'node:os';

/** Nearest-rank percentile (p in 0..100) of `values`; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`;

export function verdict(ok: boolean): string {
  return ok ? 'MET' : 'NOT MET';
}

/** One line for the machine the figures came from (they are only comparable on the same one). */
export function machineNote(): string {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${when} UTC, ${cpus().length} cores (load average ${load}), node ${process.version}`;
}
