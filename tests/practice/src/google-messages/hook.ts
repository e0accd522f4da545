// `window.__replica`: helpers for tests only (the extension never uses it). Everything is
// read-only except the simulators of the other person writing.

import { startIncoming } from '../shared/incoming';
import type { GoogleMessagesOptions } from './options';
import type { OpenConversation } from './thread';

export type DecoyEvent = { kind: 'search'; text: string };

export type GoogleMessagesReplicaHook = {
  site: 'google-messages';
  options: GoogleMessagesOptions;
  openChat(): { id: string; name: string } | null;
  /** Texts sent from the open conversation's composer, oldest first, exactly as sent. */
  sent(): string[];
  sentIn(conversationId: string): string[];
  /** Messages in the open conversation's history, including rows not rendered. */
  messageCount(): number;
  decoyEvents(): DecoyEvent[];
  /** The other person writes: appends one incoming message to the open conversation. */
  receive(text: string): void;
  /** Appends `perSecond` incoming messages a second for `seconds`; resolves with the count. */
  startIncoming(perSecond: number, seconds: number): Promise<number>;
};

type HookDeps = {
  options: GoogleMessagesOptions;
  current: () => OpenConversation | null;
  sentIn: (conversationId: string) => string[];
  decoyEvents: () => DecoyEvent[];
};

export function installHook(deps: HookDeps): void {
  const hook: GoogleMessagesReplicaHook = {
    site: 'google-messages',
    options: deps.options,
    openChat: () => {
      const conversation = deps.current()?.conversation;
      return conversation
        ? { id: conversation.id, name: conversation.participants.join(', ') }
        : null;
    },
    sent: () => {
      const conversation = deps.current()?.conversation;
      return conversation ? deps.sentIn(conversation.id) : [];
    },
    sentIn: deps.sentIn,
    messageCount: () => deps.current()?.conversation.messages.length ?? 0,
    decoyEvents: deps.decoyEvents,
    receive: (text) => deps.current()?.receive(text),
    startIncoming: (perSecond, seconds) => startIncoming(deps.current(), perSecond, seconds),
  };
  Object.defineProperty(window, '__replica', { value: Object.freeze(hook) });
}
