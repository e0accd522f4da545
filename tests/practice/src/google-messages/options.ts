// Variants are chosen by URL query. `changed` is a future rollout the extension does not know
// yet, to test that it fails open: `composer` drops the composer's data-e2e attributes and
// `mws-*` wrappers; `send` renames the send button's attributes and element.
export type GoogleMessagesChange = 'composer' | 'send' | null;

export type GoogleMessagesOptions = { changed: GoogleMessagesChange };

export function readOptions(search: string): GoogleMessagesOptions {
  const changed = new URLSearchParams(search).get('changed');
  return { changed: changed === 'composer' || changed === 'send' ? changed : null };
}
