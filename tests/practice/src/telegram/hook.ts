// `window.__replica`: helpers for tests only (the extension never uses it). Everything is
// read-only except the simulators of the other person writing.

import { startIncoming } from '../shared/incoming';
import type { TelegramOptions } from './options';
import type { DecoyEvent, ReplicaWorld } from './world';

export type TelegramReplicaHook = {
  site: 'telegram';
  options: TelegramOptions;
  openChat(): { id: string; name: string } | null;
  /** Texts sent from the open chat's composer, oldest first, exactly as sent. */
  sent(): string[];
  sentIn(chatId: string): string[];
  messageCount(): number;
  decoyEvents(): DecoyEvent[];
  /** The other person writes: appends one incoming message to the open chat. */
  receive(text: string): void;
  /** Appends `perSecond` incoming messages a second for `seconds`; resolves with the count. */
  startIncoming(perSecond: number, seconds: number): Promise<number>;
};

export function installHook(options: TelegramOptions, world: ReplicaWorld): void {
  const hook: TelegramReplicaHook = {
    site: 'telegram',
    options,
    openChat: () => {
      const chat = world.open();
      return chat ? { id: chat.id, name: chat.name } : null;
    },
    sent: () => {
      const chat = world.open();
      return chat ? world.sentIn(chat.id) : [];
    },
    sentIn: world.sentIn,
    messageCount: () => world.open()?.messages.length ?? 0,
    decoyEvents: world.decoyEvents,
    receive: (text) => world.receive(text),
    startIncoming: (perSecond, seconds) =>
      startIncoming(
        world.open() ? { receive: (text) => world.receive(text) } : null,
        perSecond,
        seconds,
      ),
  };
  Object.defineProperty(window, '__replica', { value: Object.freeze(hook) });
}
