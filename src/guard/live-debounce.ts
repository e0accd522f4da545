import type { GuardLifetime } from './types';

/** Typing pauses this long before the draft is analysed again (budget: warning ≤ 150 ms). */
export const LIVE_DEBOUNCE_MS = 90;
/**
 * A keystroke fires its edit events over a few milliseconds, the first of which armed the timer:
 * when it fires this close to the due time, the check runs then rather than on a second timer.
 */
const LIVE_SLACK_MS = 15;

/**
 * Runs the live check once typing has paused for LIVE_DEBOUNCE_MS. A keystroke fires several
 * edit events, so each one only moves the due time; the one pending timer, when it fires early,
 * waits out the rest instead of every event clearing and re-arming a timer.
 */
export class LiveDebounce {
  private timer: number | null = null;
  private dueAt = 0;

  constructor(
    private readonly o: { now(): number; lifetime: GuardLifetime },
    private readonly check: () => void,
  ) {}

  schedule(): void {
    this.dueAt = this.o.now() + LIVE_DEBOUNCE_MS;
    if (this.timer === null) this.arm(LIVE_DEBOUNCE_MS);
  }

  private arm(ms: number): void {
    this.timer = this.o.lifetime.setTimeout(() => {
      const wait = this.dueAt - this.o.now();
      if (wait > LIVE_SLACK_MS) {
        this.arm(Math.min(wait, LIVE_DEBOUNCE_MS)); // Bounded, should the clock jump.
        return;
      }
      this.timer = null;
      this.check();
    }, ms);
  }
}
