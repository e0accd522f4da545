import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { i18n } from '#i18n';
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

/** Names shown to the person for each stored value (in the interface language). */
const LABELS: Record<string, () => string> = {
  'local:settings': () => i18n.t('recovery.label.settings'),
  'local:counters': () => i18n.t('recovery.label.counters'),
  'local:sendTimes': () => i18n.t('recovery.label.sendTimes'),
  'local:notes': () => i18n.t('recovery.label.notes'),
  'local:health': () => i18n.t('recovery.label.health'),
  'local:corrections': () => i18n.t('recovery.label.corrections'),
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
const SETTINGS_PARTS: [prefix: string, name: () => string][] = [
  ['sites', () => i18n.t('recovery.part.sites')],
  ['sitesOff', () => i18n.t('recovery.part.sites')],
  ['guardMode', () => i18n.t('recovery.part.chats')],
  ['guardedChats', () => i18n.t('recovery.part.chats')],
  ['unguardedChats', () => i18n.t('recovery.part.leftAlone')],
  ['pauseSeconds', () => i18n.t('recovery.part.pause')],
  ['snoozeUntil', () => i18n.t('recovery.part.snooze')],
  ['engine.quietHours', () => i18n.t('recovery.part.quietHours')],
  ['engine.enabledRules', () => i18n.t('recovery.part.patterns')],
  ['engine.rulesOff', () => i18n.t('recovery.part.patterns')],
  ['engine.frequency', () => i18n.t('recovery.part.limits')],
  ['engine.doubleText', () => i18n.t('recovery.part.unanswered')],
  ['engine.sensitivity', () => i18n.t('recovery.part.sensitivity')],
  ['engine.watchPhrases', () => i18n.t('recovery.part.watch')],
  ['engine.neverFlag', () => i18n.t('recovery.part.never')],
  ['engine', () => i18n.t('recovery.part.engine')],
];

function settingsPartName(path: string): string {
  const found = SETTINGS_PARTS.find(
    ([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`),
  );
  return found ? found[1]() : i18n.t('recovery.part.other');
}

/**
 * One line per recovery for the options page ("Some saved data was damaged and has been reset:"
 * followed by these), in the person's words, e.g. "settings: quiet hours reset",
 * "unsent notes: 2 damaged entries removed" or "statistics: reset to defaults".
 */
export function describeRecovery(recovery: Recovery): string {
  const label = LABELS[recovery.key]?.() ?? recovery.key;
  const parts = recovery.reset.filter((path) => path !== '');
  if (parts.length === 0 || parts.length < recovery.reset.length) {
    return i18n.t('recovery.toDefaults', { label });
  }
  if (recovery.key === 'local:settings') {
    const names = [...new Set(parts.map(settingsPartName))].join(', ');
    return i18n.t('recovery.partsReset', { label, parts: names });
  }
  const n = parts.length;
  return i18n.t('recovery.entries', n, { label, count: String(n) });
}
