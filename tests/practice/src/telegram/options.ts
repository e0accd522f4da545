// Variants are chosen by the path and the URL query.
// - The client: `/a/` is WebA (telegram-tt), `/k/` is WebK (tweb), as on web.telegram.org.
// - `send=ctrl-enter`: the person chose "Send by Ctrl+Enter" (plain Enter makes a new line).
// - `changed=composer|send`: a rollout the extension does not know yet, to test that it fails
//   open: `composer` renames the composer's id/classes, `send` renames the send button's.
export type Client = 'a' | 'k';
export type SendCombo = 'enter' | 'ctrl-enter';
export type TelegramChange = 'composer' | 'send' | null;

export type TelegramOptions = { client: Client; send: SendCombo; changed: TelegramChange };

export function readOptions(pathname: string, search: string): TelegramOptions {
  const params = new URLSearchParams(search);
  const changed = params.get('changed');
  return {
    client: pathname.startsWith('/k') ? 'k' : 'a',
    send: params.get('send') === 'ctrl-enter' ? 'ctrl-enter' : 'enter',
    changed: changed === 'composer' || changed === 'send' ? changed : null,
  };
}
