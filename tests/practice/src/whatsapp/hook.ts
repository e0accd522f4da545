// `window.__replica`: helpers for tests only (the extension never uses it). Everything is
// read-only except the two simulators of the other person writing.

import { startIncoming } from '../shared/incoming';
import type { Conversation } from './conversation';
import type { DecoyEvent } from './decoys';
import type { WhatsAppOptions } from './options';

export type WhatsAppReplicaHook = {
  site: 'whatsapp';
  options: WhatsAppOptions;
  openChat(): { id: string; name: string; jid: string } | null;
  /** Texts sent from the composer of the open chat, oldest first, exactly as sent. */
  sent(): string[];
  sentIn(chatId: string): string[];
  /** Messages in the open chat's history, including rows not currently in the DOM. */
  messageCount(): number;
  decoyEvents(): DecoyEvent[];
  /** The other person writes: appends one incoming message to the open chat. */
  receive(text: string): void;
  /** Appends `perSecond` incoming messages a second for `seconds`; resolves with the count. */
  startIncoming(perSecond: number, seconds: number): Promise<number>;
};

type HookDeps = {
  options: WhatsAppOptions;
  current: () => Conversation | null;
  sentIn: (chatId: string) => string[];
  decoyEvents: () => DecoyEvent[];
};

export function installHook(deps: HookDeps): void {
  const hook: WhatsAppReplicaHook = {
    site: 'whatsapp',
    options: deps.options,
    openChat: () => {
      const chat = deps.current()?.chat;
      return chat ? { id: chat.id, name: chat.name, jid: chat.jid } : null;
    },
    sent: () => {
      const chat = deps.current()?.chat;
      return chat ? deps.sentIn(chat.id) : [];
    },
    sentIn: deps.sentIn,
    messageCount: () => deps.current()?.chat.messages.length ?? 0,
    decoyEvents: deps.decoyEvents,
    receive: (text) => deps.current()?.receive(text),
    startIncoming: (perSecond, seconds) => startIncoming(deps.current(), perSecond, seconds),
  };
  Object.defineProperty(window, '__replica', { value: Object.freeze(hook) });
}
