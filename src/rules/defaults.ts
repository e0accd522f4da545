import { type EngineSettings, RULE_IDS, type RuleId } from './types';

/** Defaults from guidance.md. A contract: the CLI and the options page show these. */
export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  enabledRules: Object.fromEntries(RULE_IDS.map((id) => [id, true])) as Record<RuleId, boolean>,
  quietHours: { start: 22 * 60, end: 6 * 60, days: [0, 1, 2, 3, 4, 5, 6] },
  frequency: { perHour: 7, perDay: 21 },
  doubleText: { unanswered: 2 },
  sensitivity: 'balanced',
  watchPhrases: [],
  neverFlag: [],
};
