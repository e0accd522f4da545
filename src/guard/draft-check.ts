import { toWallClock } from '../rules/time';
import type { AnalysisContext, EngineSettings, Finding } from '../rules/types';

export interface DraftCheck {
  findings: Finding[];
  /** Set when the engine threw: the guard then fails open and reports it. */
  error: unknown;
}

/**
 * Runs the engine on a draft with this chat's context. Never throws: if the engine fails, the
 * draft counts as safe (fail open) and the error is returned for the health report.
 */
export function checkDraft(
  analyze: (draft: string, context: AnalysisContext) => Finding[],
  draft: string,
  settings: EngineSettings,
  recentSendsEpoch: readonly number[],
  unanswered: number,
  now: number,
): DraftCheck {
  try {
    const findings = analyze(draft, {
      at: toWallClock(new Date(now)),
      recentSends: recentSendsEpoch.map((ms) => toWallClock(new Date(ms))),
      unanswered,
      settings,
    });
    return { findings, error: null };
  } catch (error) {
    return { findings: [], error };
  }
}
