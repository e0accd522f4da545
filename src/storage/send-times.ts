import { LIMITS } from './settings-schema';
import { z } from './zod';

/** Send times older than this are of no use to the frequency rule and are dropped. */
export const SEND_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The largest `frequency.perDay` setting needs this many earlier sends to fire. */
export const SENDS_KEPT_PER_CHAT = 500;
/** Chats remembered at once; the one sent to least recently is forgotten first. */
export const CHATS_KEPT = 100;
export const CHAT_KEY_MAX_LENGTH = LIMITS.chatTitleLength;

/** Outgoing send times (epoch ms, oldest first) per opaque chat key. Never chat titles. */
export const sendTimesSchema = z.record(
  z.string().min(1).max(CHAT_KEY_MAX_LENGTH),
  z.array(z.number()).max(SENDS_KEPT_PER_CHAT),
);

export type SendTimes = z.infer<typeof sendTimesSchema>;

/**
 * Adds a send and forgets what is no longer needed: times outside the last 24 hours, the oldest
 * times beyond the per-chat cap, and the least recently used chats beyond CHATS_KEPT. Recording
 * the same time twice (a retried event) keeps one.
 */
export function recordSend(state: SendTimes, chatKey: string, at: number, now: number): SendTimes {
  const pruned = prune(state, now);
  const times = pruned[chatKey] ?? [];
  const next = times.includes(at) ? times : [...times, at].sort((a, b) => a - b);
  pruned[chatKey] = next.slice(-SENDS_KEPT_PER_CHAT);
  return keepRecentChats(pruned);
}

/** Earlier sends to this chat within the last 24 hours, oldest first. */
export function recentSends(state: SendTimes, chatKey: string, now: number): number[] {
  return (state[chatKey] ?? []).filter((at) => isRecent(at, now)).sort((a, b) => a - b);
}

function prune(state: SendTimes, now: number): SendTimes {
  const out: SendTimes = {};
  for (const [key, times] of Object.entries(state)) {
    const kept = times.filter((at) => isRecent(at, now));
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

function isRecent(at: number, now: number): boolean {
  return at > now - SEND_WINDOW_MS && at <= now + SEND_WINDOW_MS;
}

function keepRecentChats(state: SendTimes): SendTimes {
  const entries = Object.entries(state);
  if (entries.length <= CHATS_KEPT) return state;
  const lastUse = (times: number[]) => times[times.length - 1] ?? 0;
  entries.sort(([, a], [, b]) => lastUse(b) - lastUse(a));
  return Object.fromEntries(entries.slice(0, CHATS_KEPT));
}
