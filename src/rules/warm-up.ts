import { DEFAULT_ENGINE_SETTINGS } from './defaults';
import type { Analyzer } from './index';
import type { EngineSettings } from './types';

/**
 * Drafts that run every pattern of every rule. V8 compiles a regular expression when it first
 * runs (to bytecode) and again on its next run (to machine code); for the rules' large
 * alternations that takes tens of milliseconds in all, which would otherwise land on the
 * person's first pause in typing.
 */
/** Any time will do; noon on 1 January 1970 as a wall-clock reading. */
const NOON = 12 * 3_600_000;

const WARM_UP_DRAFTS = ['please come back. i miss us', 'ok see you at 6! thanks'];

/** Runs the engine on throwaway drafts so its first real analysis is as quick as the rest. */
export function warmUpEngine(
  analyzer: Analyzer,
  settings: EngineSettings = DEFAULT_ENGINE_SETTINGS,
): void {
  for (const draft of WARM_UP_DRAFTS) {
    analyzer.analyze(draft, { at: NOON, recentSends: [], unanswered: 0, settings });
  }
}
