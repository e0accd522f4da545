import { engineFailedDetail, HEALTH_DETAIL, sendFailedDetail } from '../messaging/health-details';
import type { HealthReport } from '../messaging/protocol';
import type { GuardOptions } from './types';

/** How often the guard checks that it can still find the composer (a few selector lookups). */
const CHECK_EVERY_MS = 5000;

/**
 * Tells the background whether the guard works on this site, so the popup can say "guard
 * active" or "this site changed". A chat that is open (it has a title) but whose composer cannot
 * be found, or a draft with no send control next to it, means the site's DOM changed: the guard
 * then stays out of the way (fails open). Reports only changes, so this costs nothing while all
 * is well.
 */
export class HealthMonitor {
  private last: string | null = null;
  /** A failure seen in use (engine threw, a send failed): it stands until the page reloads. */
  private failure: string | null = null;
  /** Whether the send control was missing the last time there was a draft to send. */
  private sendControlMissing = false;

  constructor(private readonly o: GuardOptions) {}

  start(): void {
    this.check();
    this.o.lifetime.setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  check(): void {
    if (this.failure) {
      this.report('broken', this.failure);
      return;
    }
    const { adapter, doc } = this.o;
    const composer = adapter.findComposer(doc);
    if (!composer) {
      if (adapter.chatTitle(doc)) this.report('broken', HEALTH_DETAIL.composerMissing);
      return;
    }
    // The send control is shown only while there is a draft; with an empty box, keep what the
    // last draft showed instead of flapping back to "active".
    if (adapter.readDraft(composer).trim() !== '') {
      this.sendControlMissing = adapter.findSendButton(composer) === null;
    }
    if (this.sendControlMissing) this.report('broken', HEALTH_DETAIL.sendButtonMissing);
    else this.report('active', HEALTH_DETAIL.composerFound);
  }

  /** A draft was about to be sent but no send control could be found next to it. */
  sendButtonMissing(): void {
    this.sendControlMissing = true;
    this.check();
  }

  engineFailed(error: unknown): void {
    const name = error instanceof Error ? error.name : 'error';
    this.fail(engineFailedDetail(name));
  }

  sendFailed(result: string): void {
    this.fail(sendFailedDetail(result));
  }

  private fail(detail: string): void {
    this.failure ??= detail;
    this.report('broken', this.failure);
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
