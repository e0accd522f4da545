// `window.__replica`: helpers for tests only (the extension never uses it). Everything is
// read-only except the simulators of the other person writing.

import { startIncoming } from '../shared/incoming';
import type { DecoyEvent } from './decoys';
import type { InstagramOptions } from './options';
import type { ThreadView } from './thread-view';

export type InstagramReplicaHook = {
  site: 'instagram';
  options: InstagramOptions;
  openChat(): { id: string; name: string } | null;
  /** Texts sent from the open thread's composer, oldest first, exactly as sent. */
  sent(): string[];
  sentIn(threadId: string): string[];
  /** Messages in the open thread's history, including rows not rendered. */
  messageCount(): number;
  decoyEvents(): DecoyEvent[];
  /** Likes sent with the heart (the empty composer's control). */
  likes(): number;
  /** The other person writes: appends one incoming message to the open thread. */
  receive(text: string): void;
  /** Appends `perSecond` incoming messages a second for `seconds`; resolves with the count. */
  startIncoming(perSecond: number, seconds: number): Promise<number>;
};

type HookDeps = {
  options: InstagramOptions;
  current: () => ThreadView | null;
  sentIn: (threadId: string) => string[];
  decoyEvents: () => DecoyEvent[];
  likes: () => number;
};

export function installHook(deps: HookDeps): void {
  const hook: InstagramReplicaHook = {
    site: 'instagram',
    options: deps.options,
    openChat: () => {
      const thread = deps.current()?.thread;
      return thread ? { id: thread.id, name: thread.name } : null;
    },
    sent: () => {
      const thread = deps.current()?.thread;
      return thread ? deps.sentIn(thread.id) : [];
    },
    sentIn: deps.sentIn,
    messageCount: () => deps.current()?.thread.messages.length ?? 0,
    decoyEvents: deps.decoyEvents,
    likes: deps.likes,
    receive: (text) => deps.current()?.receive(text),
    startIncoming: (perSecond, seconds) => startIncoming(deps.current(), perSecond, seconds),
  };
  Object.defineProperty(window, '__replica', { value: Object.freeze(hook) });
}
