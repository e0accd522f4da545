/**
 * The supported sites, in one table: the only place a site's id, name and addresses are written.
 * The manifest (wxt.config.ts), each content script's `matches`, the stored settings and health,
 * the messages and the pages all derive from it, through `src/sites/lookup.ts`. Adding a site is
 * a row here, its adapter (src/sites/adapters.ts), its content-script entrypoint, its practice
 * replica and its e2e suite; tests/unit/sites/site-table.test.ts checks that each is there.
 *
 * This module is read at build time in Node (wxt.config.ts, the entrypoints' `matches`), so it
 * must stay plain data: no browser APIs, no imports.
 */
export interface SiteRow {
  /** Stored in settings, notes, counters and health: never change one once released. */
  readonly id: string;
  /** The site's name as people know it, as the pages show it. */
  readonly label: string;
  /** Where the site's content script runs: its `matches`, and so the extension's host access. */
  readonly matches: readonly string[];
  /** Whether an https address shows this site's chats (the popup's "which site is this tab"). */
  readonly showsChats: (url: URL) => boolean;
}

const onHost =
  (...hosts: string[]) =>
  (url: URL) =>
    hosts.includes(url.hostname);

export const SITES = [
  {
    id: 'whatsapp',
    label: 'WhatsApp Web',
    matches: ['https://web.whatsapp.com/*'],
    showsChats: onHost('web.whatsapp.com'),
  },
  {
    id: 'messenger',
    label: 'Messenger',
    // facebook.com pop-up chat windows open on any facebook.com page.
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
    // Messenger lives on messenger.com and facebook.com/messages; the rest of facebook.com is
    // not "on Messenger", though a pop-up chat may be open there.
    showsChats: (url) =>
      onHost('messenger.com', 'www.messenger.com')(url) ||
      (onHost('facebook.com', 'www.facebook.com')(url) && /^\/messages(\/|$)/.test(url.pathname)),
  },
  {
    id: 'google-messages',
    label: 'Google Messages',
    matches: ['https://messages.google.com/web/*'],
    showsChats: (url) => onHost('messages.google.com')(url) && /^\/web(\/|$)/.test(url.pathname),
  },
  {
    id: 'instagram',
    label: 'Instagram',
    // The whole origin, not only /direct/*: people reach their DMs from the feed, and that is a
    // history.pushState, which injects no content script. The adapter accepts a composer only
    // on a /direct/ path (dom-notes-more-sites §1.1, §1.6).
    matches: ['https://www.instagram.com/*'],
    showsChats: (url) =>
      onHost('instagram.com', 'www.instagram.com')(url) && /^\/direct(\/|$)/.test(url.pathname),
  },
  {
    id: 'telegram',
    label: 'Telegram Web',
    // Two clients on one host: WebA under /a/ and WebK under /k/ (dom-notes-more-sites §3).
    matches: ['https://web.telegram.org/a/*', 'https://web.telegram.org/k/*'],
    showsChats: (url) => onHost('web.telegram.org')(url) && /^\/[ak](\/|$)/.test(url.pathname),
  },
] as const satisfies readonly SiteRow[];
