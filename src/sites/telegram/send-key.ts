/**
 * Which Enter sends on Telegram Web. Both clients let the person choose "Send by Enter" or
 * "Send by Ctrl+Enter" (A: `messageSendKeyCombo`, §3.2; K: the same setting swaps the keys,
 * §3.1), and the guard must hold the key that sends there and nothing else.
 *
 * How we learn the setting, newest evidence first:
 * 1. what the site did: every plain Enter that reaches the site in a composer with a draft is
 *    watched; if the site then empties the composer, that Enter sent (Send by Enter); if the
 *    draft gained a line, it did not (Send by Ctrl+Enter). Both clients.
 * 2. what WebA stored: its cached settings in the page's IndexedDB (./stored-setting.ts), read
 *    in the background and again every few seconds. When that value changes (the person changed
 *    the setting), what was seen before is forgotten.
 *
 * How it fails open: while neither has told us (K before its first plain Enter, an A whose
 * storage we cannot read), plain Enter is never held (it may be the new line of Ctrl+Enter
 * mode), so that send goes through as without the extension.
 * The clients' code says what is true in both modes, and only that is held without knowing:
 * - A: Ctrl/Cmd+Enter sends in both modes (`Enter && !shift && (combo === 'enter' || ctrl||meta)`);
 * - K: Ctrl+Enter (Cmd+Enter on Apple) sends only in Ctrl+Enter mode, so it waits for the setting.
 * Shift+Enter is a new line in both modes, and Alt+Enter is never held.
 */

import { forgetStoredSendCombo, storedSendCombo } from './stored-setting';

export type SendCombo = 'enter' | 'ctrl-enter';

/** The client a composer belongs to. */
export type Client = 'a' | 'k';

/** How long after a let-through Enter the site has to empty the composer or add a line. */
const WATCH_MS = 1000;
const WATCH_STEP_MS = 50;

/** What this page has shown about its send key; null until it has (one per content script). */
let seen: SendCombo | null = null;

/** The send key as far as the page has shown it: seen, else stored (A), else null (unknown). */
export function knownSendCombo(): SendCombo | null {
  // Asked every time (not only while nothing was seen), so a changed setting is noticed.
  const stored = storedSendCombo(() => {
    seen = null; // The stored setting changed: it is newer than anything seen before.
  });
  return seen ?? stored;
}

/** For tests: forget what was seen, as a fresh page load does. */
export function forgetSendCombo(): void {
  seen = null;
  forgetStoredSendCombo();
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

/**
 * Watches what the site does with a plain Enter it is about to receive in `composer`. An Enter
 * the guard holds never reaches the site, so the draft stays as it was and nothing is learned;
 * the only plain Enter the guard holds is one it already knows sends, and "Send anyway" emptying
 * the composer then says the same again.
 */
export function watchPlainEnter(composer: HTMLElement, read: (composer: HTMLElement) => string) {
  const before = read(composer);
  if (before.trim() === '') return; // An empty draft sends nothing in either mode.
  const lines = lineCount(before);
  const started = Date.now();
  const check = () => {
    const now = composer.isConnected ? read(composer) : '';
    if (now.trim() === '') seen = 'enter';
    else if (lineCount(now) > lines) seen = 'ctrl-enter';
    else if (Date.now() - started < WATCH_MS) setTimeout(check, WATCH_STEP_MS);
  };
  setTimeout(check, 0);
}

/** Apple keyboards: K's Ctrl+Enter mode sends with Cmd there, and Ctrl+Enter does nothing. */
function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** Whether this Enter keydown sends in `client` (IME composition already ruled out). */
export function enterSendsIn(
  client: Client,
  event: KeyboardEvent,
  combo: SendCombo | null,
): boolean {
  if (event.shiftKey || event.altKey) return false;
  if (!event.ctrlKey && !event.metaKey) return combo === 'enter';
  if (client === 'a') return true;
  if (combo !== 'ctrl-enter') return false;
  const apple = isApple();
  const primary = apple ? event.metaKey : event.ctrlKey;
  const other = apple ? event.ctrlKey : event.metaKey;
  return primary && !other;
}
