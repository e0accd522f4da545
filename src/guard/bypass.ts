/** How long an armed bypass waits for the send it was armed for. */
const BYPASS_TTL_MS = 1500;

/**
 * A one-shot pass for the send the person chose with "Send anyway": the next send event the
 * interceptor sees goes through untouched, once, and only within a short time. It lives in the
 * content script's isolated world, so the page cannot arm it.
 */
export class Bypass {
  private armedAt: number | null = null;

  constructor(private readonly now: () => number) {}

  arm(): void {
    this.armedAt = this.now();
  }

  disarm(): void {
    this.armedAt = null;
  }

  /** True (and disarmed) if a bypass was armed recently. */
  consume(): boolean {
    const armed = this.armedAt !== null && this.now() - this.armedAt <= BYPASS_TTL_MS;
    this.armedAt = null;
    return armed;
  }

  get armed(): boolean {
    return this.armedAt !== null && this.now() - this.armedAt <= BYPASS_TTL_MS;
  }
}
