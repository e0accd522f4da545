import type { ProtocolMap } from '../messaging/protocol';
import type { BackgroundMessage, Handlers } from './handlers';

/** The shape of `onMessage` from src/messaging/protocol.ts, narrowed to what is used here. */
export type Listen = <K extends BackgroundMessage>(
  type: K,
  onReceived: (message: {
    data: Parameters<ProtocolMap[K]>[0];
  }) => Promise<ReturnType<ProtocolMap[K]>>,
) => () => void;

/** Answers each background message with its handler. Returns a function removing them all. */
export function registerHandlers(handlers: Handlers, listen: Listen): () => void {
  const bind = <K extends BackgroundMessage>(type: K) =>
    listen(type, (message) => handlers[type](message.data));
  const removers = (Object.keys(handlers) as BackgroundMessage[]).map(bind);
  return () => {
    for (const remove of removers) remove();
  };
}
