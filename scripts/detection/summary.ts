/**
 * Figures shared by the detection report and the held-out first-look script, computed from
 * corpus results alone (so they work on results from any version of the engine).
 */

export interface LabelledResult {
  case: { id: string; expect: readonly string[] };
  fired: readonly string[];
}

export interface SetSummary {
  messages: number;
  risky: number;
  safe: number;
  /** Risky labels (message × expected rule) the engine reported. */
  labelsCaught: number;
  labels: number;
  /** Safe messages (no expected rule) that got any finding. */
  safeFlagged: number;
  /** Findings for a rule the message was not labelled with (on any message). */
  extraFindings: number;
}

export function summarise(results: readonly LabelledResult[]): SetSummary {
  const s: SetSummary = {
    messages: results.length,
    risky: 0,
    safe: 0,
    labelsCaught: 0,
    labels: 0,
    safeFlagged: 0,
    extraFindings: 0,
  };
  for (const r of results) {
    if (r.case.expect.length === 0) {
      s.safe++;
      if (r.fired.length > 0) s.safeFlagged++;
    } else {
      s.risky++;
    }
    for (const rule of r.case.expect) {
      s.labels++;
      if (r.fired.includes(rule)) s.labelsCaught++;
    }
    for (const rule of r.fired) if (!r.case.expect.includes(rule)) s.extraFindings++;
  }
  return s;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}
