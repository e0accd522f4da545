// `window.__replica` for the Messenger replica: test helpers only, never used by the extension.

import { startIncoming } from '../shared/incoming';
import type { CommentEvent } from './comment-decoy';
import type { ThreadView } from './thread-view';

export type MessengerReplicaHook = {
  site: 'messenger';
  popup: boolean;
  openChat(): { id: string; name: string; e2ee: boolean } | null;
  /** Texts sent from the open thread's composer (a Like is "👍"), oldest first. */
  sent(): string[];
  sentIn(threadId: string): string[];
  messageCount(): number;
  decoyEvents(): CommentEvent[];
  receive(text: string): void;
  startIncoming(perSecond: number, seconds: number): Promise<number>;
};

type HookDeps = {
  popup: boolean;
  current: () => ThreadView | null;
  sentIn: (threadId: string) => string[];
  decoyEvents: () => CommentEvent[];
};

export function installHook(deps: HookDeps): void {
  const hook: MessengerReplicaHook = {
    site: 'messenger',
    popup: deps.popup,
    openChat: () => {
      const thread = deps.current()?.thread;
      return thread ? { id: thread.id, name: thread.name, e2ee: thread.e2ee } : null;
    },
    sent: () => {
      const thread = deps.current()?.thread;
      return thread ? deps.sentIn(thread.id) : [];
    },
    sentIn: deps.sentIn,
    messageCount: () => deps.current()?.thread.messages.length ?? 0,
    decoyEvents: deps.decoyEvents,
    receive: (text) => deps.current()?.receive(text),
    startIncoming: (perSecond, seconds) => startIncoming(deps.current(), perSecond, seconds),
  };
  Object.defineProperty(window, '__replica', { value: Object.freeze(hook) });
}
