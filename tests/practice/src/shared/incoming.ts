/** A chat that can be sent messages by the other person (a replica's open conversation). */
export interface Receiving {
  receive(text: string): void;
  /** The "typing…" indicator, where the replica shows one. */
  setTyping?(on: boolean): void;
}

/**
 * Delivers `perSecond` incoming messages for `seconds` to `chat` (a busy chat for the benchmarks
 * and tests), showing the other person typing meanwhile where the replica can. Resolves with how
 * many arrived; 0 when no chat is open.
 */
export function startIncoming(
  chat: Receiving | null | undefined,
  perSecond: number,
  seconds: number,
): Promise<number> {
  return new Promise((resolve) => {
    const total = Math.max(0, Math.round(perSecond * seconds));
    if (!chat || total === 0) return resolve(0);
    let count = 0;
    chat.setTyping?.(true);
    const timer = setInterval(() => {
      count++;
      chat.receive(`incoming message ${count} of ${total}`);
      if (count >= total) {
        clearInterval(timer);
        chat.setTyping?.(false);
        resolve(count);
      }
    }, 1000 / perSecond);
  });
}
