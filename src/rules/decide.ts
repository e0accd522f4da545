import type { Finding, RuleId } from './types';

/**
 * How the person stands towards a chat. `listed`: they asked for a second thought here (the ex's
 * chat); `unguarded`: they asked the guard to leave it alone; `unlisted`: everything else.
 */
export type ChatStanding = 'listed' | 'unlisted' | 'unguarded';

export const CHAT_STANDINGS: readonly ChatStanding[] = ['listed', 'unlisted', 'unguarded'];

export interface DecideSettings {
  /** `all`: every chat is guarded (the default); `listed`: only the listed chats are. */
  guardMode: 'all' | 'listed';
}

export const DEFAULT_DECIDE_SETTINGS: DecideSettings = { guardMode: 'all' };

export interface Decision {
  /** The findings that reach this chat, in the engine's order: what the chip and dialog speak of. */
  findings: Finding[];
  /** Ids of the rules that open the pause dialog here, in the same order; empty: send at once. */
  pause: RuleId[];
}

/**
 * Whether the guard is on in a chat of this standing at all. Where it is not, nothing shows,
 * nothing pauses and nothing is counted (the guard need not even analyse the draft).
 */
export function isGuarded(
  chat: ChatStanding,
  settings: DecideSettings = DEFAULT_DECIDE_SETTINGS,
): boolean {
  return chat === 'listed' || (chat === 'unlisted' && settings.guardMode === 'all');
}

/**
 * The one place that says what pauses where (guidance.md, "Where a pause belongs"). Pure: the
 * guard and the `rules` command both call it, so what the command prints is what the guard does.
 *
 * - A chat the person chose not to guard: nothing shows, nothing pauses.
 * - A listed chat: every finding counts.
 * - Any other chat: only findings that reach anywhere, and none at all when the person asked
 *   for only their listed chats to be guarded.
 */
export function decide(
  findings: readonly Finding[],
  chat: ChatStanding,
  settings: DecideSettings = DEFAULT_DECIDE_SETTINGS,
): Decision {
  if (!isGuarded(chat, settings)) return { findings: [], pause: [] };
  const reaching =
    chat === 'listed' ? [...findings] : findings.filter((f) => f.reach === 'anywhere');
  return { findings: reaching, pause: reaching.map((f) => f.rule) };
}
