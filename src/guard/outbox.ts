import type { OutcomeEvent } from '../messaging/protocol';

/** Delays between tries: the MV3 worker may be starting up or have been stopped mid-count. */
const RETRY_DELAYS_MS = [500, 2000, 5000, 15000];

export interface OutboxDeps {
  send(event: OutcomeEvent): Promise<unknown>;
  setTimeout(fn: () => void, ms: number): void;
  isActive(): boolean;
  onGiveUp?(event: OutcomeEvent, error: unknown): void;
}

/**
 * Delivers outcome events to the background (the single writer). An event keeps its id across
 * retries and the background ignores ids it has counted, so a retry never double-counts and a
 * lost reply never loses a count.
 */
export function createOutbox(deps: OutboxDeps) {
  const deliver = (event: OutcomeEvent, attempt: number): void => {
    if (!deps.isActive()) return;
    deps.send(event).catch((error: unknown) => {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !deps.isActive()) {
        deps.onGiveUp?.(event, error);
        return;
      }
      deps.setTimeout(() => deliver(event, attempt + 1), delay);
    });
  };
  return {
    post(event: OutcomeEvent): void {
      deliver(event, 0);
    },
  };
}

export function newEventId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
