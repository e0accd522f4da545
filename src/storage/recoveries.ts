import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { recoverValue } from './recover';
import { z } from './zod';

/** How many recoveries are remembered; older ones are dropped. */
export const RECOVERY_LOG_LIMIT = 20;
/** The same damage reported again within this time is one recovery, not two. */
const REPEAT_WINDOW_MS = 60_000;

const recoverySchema = z.object({
  /** Storage key of the value that was damaged, e.g. `local:settings`. */
  key: z.string().max(100),
  /** Epoch ms when the damage was found. */
  at: z.number(),
  /** Paths of the parts reset (`''` = the whole value), at most a few. */
  reset: z.array(z.string().max(200)).max(10),
});

export type Recovery = z.infer<typeof recoverySchema>;

const recoveryLogSchema = z.array(recoverySchema).max(RECOVERY_LOG_LIMIT);

let definedItem: WxtStorageItem<unknown, Record<string, unknown>> | undefined;

/**
 * The log is written by whichever page found the damage. It is not a guarded value itself (that
 * would log its own recovery forever): a damaged log is simply cleaned up on the next write.
 * Defined on first use, not at import (WXT imports pages in Node while building).
 */
function logItem() {
  definedItem ??= storage.defineItem<unknown>('local:recoveries', { fallback: [], version: 1 });
  return definedItem;
}

/** Names shown to the person for each stored value. */
const LABELS: Record<string, string> = {
  'local:settings': 'settings',
  'local:counters': 'statistics',
  'local:sendTimes': 'recent send times',
  'local:notes': 'unsent notes',
  'local:health': 'site status',
  'local:corrections': 'not-risky counts',
};

/** Recoveries, oldest first. */
export async function getRecoveries(): Promise<Recovery[]> {
  return recoverValue(recoveryLogSchema, await logItem().getValue(), []).value;
}

export async function clearRecoveries(): Promise<void> {
  await logItem().setValue([]);
}

export function watchRecoveries(cb: (log: Recovery[]) => void): () => void {
  return logItem().watch((raw) => cb(recoverValue(recoveryLogSchema, raw, []).value));
}

export async function recordRecovery(key: string, reset: string[], at: number): Promise<void> {
  const entry: Recovery = {
    key: key.slice(0, 100),
    at,
    reset: reset.slice(0, 10).map((path) => path.slice(0, 200)),
  };
  const log = await getRecoveries();
  // Two pages reading the same damaged value at once would each report it: keep one.
  const last = log.at(-1);
  const repeated =
    last !== undefined &&
    last.key === entry.key &&
    Math.abs(last.at - entry.at) < REPEAT_WINDOW_MS &&
    JSON.stringify(last.reset) === JSON.stringify(entry.reset);
  if (repeated) return;
  await logItem().setValue([...log, entry].slice(-RECOVERY_LOG_LIMIT));
}

/**
 * Plain names for the parts of settings, as the options page names them. Matched by path
 * prefix, first match wins, so `engine.quietHours.start` reads "quiet hours".
 */
const SETTINGS_PARTS: [prefix: string, name: string][] = [
  ['sites', 'sites'],
  ['sitesOff', 'sites'],
  ['guardMode', 'chats to guard'],
  ['guardedChats', 'chats to guard'],
  ['unguardedChats', 'chats left alone'],
  ['pauseSeconds', 'pause length'],
  ['snoozeUntil', 'snooze'],
  ['engine.quietHours', 'quiet hours'],
  ['engine.enabledRules', 'patterns'],
  ['engine.rulesOff', 'patterns'],
  ['engine.frequency', 'message limits'],
  ['engine.doubleText', 'unanswered messages'],
  ['engine.sensitivity', 'sensitivity'],
  ['engine.watchPhrases', 'phrases to watch'],
  ['engine.neverFlag', 'phrases never to flag'],
  ['engine', 'patterns, limits and phrases'],
];

function settingsPartName(path: string): string {
  const found = SETTINGS_PARTS.find(
    ([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`),
  );
  return found ? found[1] : 'other settings';
}

/**
 * One line per recovery for the options page ("Some saved data was damaged and has been reset:"
 * followed by these), in the person's words, e.g. "settings: quiet hours reset",
 * "unsent notes: 2 damaged entries removed" or "statistics: reset to defaults".
 */
export function describeRecovery(recovery: Recovery): string {
  const label = LABELS[recovery.key] ?? recovery.key;
  const parts = recovery.reset.filter((path) => path !== '');
  if (parts.length === 0 || parts.length < recovery.reset.length)
    return `${label}: reset to defaults`;
  if (recovery.key === 'local:settings') {
    return `${label}: ${[...new Set(parts.map(settingsPartName))].join(', ')} reset`;
  }
  const n = parts.length;
  return `${label}: ${n} damaged ${n === 1 ? 'entry' : 'entries'} removed or reset`;
}
