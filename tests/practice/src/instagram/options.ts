// Variants are chosen by URL query. `changed` is a future rollout the extension does not know
// yet, to test that it fails open. `composer`: both pagelets renamed and the editor relabelled
// (the notes saw layouts change in waves, §1.7), so no layer of §1.6 finds it; `send`: the send
// control becomes an icon with a label no send word matches.
export type InstagramChange = 'composer' | 'send' | null;

export type InstagramOptions = { changed: InstagramChange };

export function readOptions(search: string): InstagramOptions {
  const changed = new URLSearchParams(search).get('changed');
  return { changed: changed === 'composer' || changed === 'send' ? changed : null };
}
