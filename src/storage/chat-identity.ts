/**
 * The one definition of "the same chat". The guard, the settings changes, the popup and the
 * options page all compare chat names through this, so a chat the popup lists is the chat the
 * guard matches. No imports: it is cheap to load in the page.
 */

/**
 * A chat name as a person reads it: compatibility forms folded (NFKC: full-width letters, ligatures
 * and styled letters read as plain ones), surrounding space dropped, inner runs of space as one,
 * and letter case folded (upper then lower case, so "ß" and "SS" agree and the result does not
 * depend on the browser's locale).
 */
export function chatIdentity(title: string): string {
  return title
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC');
}

/** Whether two chats are the same: same site, and names equal as `chatIdentity` reads them. */
export function sameChat(
  a: { site: string; title: string },
  b: { site: string; title: string },
): boolean {
  return a.site === b.site && chatIdentity(a.title) === chatIdentity(b.title);
}
