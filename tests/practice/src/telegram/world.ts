// What both clients' views share: the chats, what was sent from each, the open chat, and what
// the decoy editors received (the test hook reads all of it).
import type { Chat, Message } from './chats';

export type DecoyKind = 'search' | 'caption';
export type DecoyEvent = { kind: DecoyKind; text: string };

export type ReplicaWorld = {
  chats: Chat[];
  open(): Chat | null;
  setOpen(chat: Chat | null, receive: ((text: string) => void) | null): void;
  recordSent(chat: Chat, text: string): Message;
  recordReceived(chat: Chat, text: string): Message;
  sentIn(id: string): string[];
  receive(text: string): void;
  decoy(kind: DecoyKind, text: string): void;
  decoyEvents(): DecoyEvent[];
  openCaptionModal(): void;
};

export function createWorld(chats: Chat[], openCaptionModal: (world: ReplicaWorld) => void) {
  const sent = new Map<string, string[]>();
  const decoys: DecoyEvent[] = [];
  let open: Chat | null = null;
  let receiveInOpen: ((text: string) => void) | null = null;
  const now = () => new Date().toTimeString().slice(0, 5);
  const append = (chat: Chat, direction: Message['direction'], text: string): Message => {
    const message = { id: (chat.messages.at(-1)?.id ?? 99) + 1, direction, text, time: now() };
    chat.messages.push(message);
    return message;
  };
  const world: ReplicaWorld = {
    chats,
    open: () => open,
    setOpen: (chat, receive) => {
      open = chat;
      receiveInOpen = receive;
    },
    recordSent: (chat, text) => {
      const log = sent.get(chat.id) ?? [];
      log.push(text);
      sent.set(chat.id, log);
      return append(chat, 'out', text);
    },
    recordReceived: (chat, text) => append(chat, 'in', text),
    sentIn: (id) => [...(sent.get(id) ?? [])],
    receive: (text) => receiveInOpen?.(text),
    decoy: (kind, text) => {
      decoys.push({ kind, text });
    },
    decoyEvents: () => [...decoys],
    openCaptionModal: () => openCaptionModal(world),
  };
  return world;
}
