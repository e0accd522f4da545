import { newEventId } from './outbox';

/**
 * Which draft an outcome belongs to, so the background counts each draft once per outcome and
 * each rule once per draft (a warning, then a pause, then how it ended, are one draft). A draft
 * ends when it is sent or saved, when the composer is seen empty, or when the chat changes; the
 * next outcome then starts a new one. The id is made only when an outcome needs it.
 */
export class DraftIdentity {
  private id: string | null = null;

  current(): string {
    this.id ??= newEventId();
    return this.id;
  }

  end(): void {
    this.id = null;
  }
}
