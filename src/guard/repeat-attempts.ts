/** How far back risky send attempts to the same chat count as "again". */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/**
 * Remembers, in memory only, when risky sends were attempted per chat, so the dialog can say
 * gently that this is not the first try. Nothing is stored.
 */
export class RepeatAttempts {
  private readonly attempts = new Map<string, number[]>();

  /** Records an attempt now and returns how many fall in the window, this one included. */
  record(chatKey: string, now: number): number {
    const recent = (this.attempts.get(chatKey) ?? []).filter((t) => now - t < REPEAT_WINDOW_MS);
    recent.push(now);
    this.attempts.set(chatKey, recent);
    return recent.length;
  }
}
