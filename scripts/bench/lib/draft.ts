// The 500-character message the typing benchmarks type: everyday plans that flag nothing, whose
// very last keystroke completes a plea ("please come back"), so the warning can only appear
// after typing stops and its delay is measurable.
import { analyze, DEFAULT_ENGINE_SETTINGS } from '../../../src/rules';

const SAFE_PART =
  "Hi Jordan, thanks for checking in earlier. Food tomorrow sounds great, let's do the noodle place near the station around seven if that works for you. I finished the long report at work today, so I finally have a free evening. I also fixed the bike, picked up the parcel from the post office and cleaned the whole flat, which took far longer than planned. The weather is supposed to be nice on Saturday, so maybe a walk by the river after lunch? Tell me what suits you. And Sam says: ";
const RISKY_END = 'please come back';

export const DRAFT_LENGTH = 500;

/** The message, exactly DRAFT_LENGTH characters, checked against the engine before use. */
export function benchDraft(): string {
  const text = SAFE_PART.padEnd(DRAFT_LENGTH - RISKY_END.length, ' ') + RISKY_END;
  if (text.length !== DRAFT_LENGTH) throw new Error(`draft is ${text.length} characters`);
  const context = {
    at: Date.UTC(2026, 0, 15, 12),
    recentSends: [],
    unanswered: 0,
    settings: DEFAULT_ENGINE_SETTINGS,
  };
  if (analyze(text.slice(0, -1), context).length > 0) {
    throw new Error('the draft must not flag before its last keystroke');
  }
  if (analyze(text, context).length === 0) throw new Error('the full draft must flag');
  return text;
}
