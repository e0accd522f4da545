import type { ProtocolMap } from '../messaging/protocol';
import type { BackgroundMessage, Handlers, MessageData } from './handlers';

/**
 * The shape of `onMessage` from src/messaging/protocol.ts, narrowed to what is used here. The
 * data is taken as `unknown`: it crosses a process boundary, and every handler validates it.
 */
export type Listen = <K extends BackgroundMessage>(
  type: K,
  onReceived: (message: { data: unknown }) => Promise<ReturnType<ProtocolMap[K]>>,
) => () => void;

/** Answers each background message with its handler. Returns a function removing them all. */
export function registerHandlers(handlers: Handlers, listen: Listen): () => void {
  const bind = <K extends BackgroundMessage>(type: K) =>
    listen(type, (message) => handlers[type](message.data as MessageData<K>));
  const removers = (Object.keys(handlers) as BackgroundMessage[]).map(bind);
  return () => {
    for (const remove of removers) remove();
  };
}
