import type { HealthReport } from '../messaging/protocol';
import type { GuardOptions } from './types';

/** How often the guard checks that it can still find the composer (a few selector lookups). */
const CHECK_EVERY_MS = 5000;

/**
 * Tells the background whether the guard works on this site, so the popup can say "guard
 * active" or "this site changed". A chat that is open (it has a title) but whose composer cannot
 * be found means the site's DOM changed: the guard then stays out of the way (fails open).
 * Reports only changes, so this costs nothing while all is well.
 */
export class HealthMonitor {
  private last: string | null = null;

  constructor(private readonly o: GuardOptions) {}

  start(): void {
    this.check();
    this.o.lifetime.setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  check(): void {
    const { adapter, doc } = this.o;
    if (adapter.findComposer(doc)) this.report('active', 'composer found');
    else if (adapter.chatTitle(doc)) this.report('broken', 'composer not found in an open chat');
  }

  engineFailed(error: unknown): void {
    const name = error instanceof Error ? error.name : 'error';
    this.report('broken', `rule engine failed (${name})`);
  }

  sendFailed(result: string): void {
    this.report('broken', `send anyway failed: ${result}`);
  }

  private report(status: HealthReport['status'], detail: string): void {
    const signature = `${status}:${detail}`;
    if (signature === this.last) return;
    this.last = signature;
    this.o.services
      .reportHealth({ site: this.o.adapter.id, status, detail, at: this.o.now() })
      .catch(() => {
        this.last = null; // Try again at the next check.
      });
  }
}
