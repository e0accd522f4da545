// Telegram's K client: the matrix drives the A client (the `telegram` driver in ./sites.ts);
// K has a focused suite of its own, opened and typed into through these.
import type { Page } from 'playwright-core';
import { REPLICA_URLS } from '../../practice/routes';
import { readDraftText } from './in-page';

/** K's real composer: in the active chat's input, not the hidden mirror before it. */
export const K_COMPOSER =
  '#column-center .chat.active .chat-input .input-message-input:not(.input-field-input-fake)';
/** K's send button while it sends (record while the draft is empty). */
export const K_SEND = '.chat.active .btn-send-container button.btn-send.send';

/** Loads the K replica afresh (the chat is in the #fragment, so a same-page hash change is not enough). */
export async function openK(page: Page, query?: string): Promise<void> {
  const url = new URL(REPLICA_URLS.telegramK);
  if (query) url.search = query;
  await page.goto('about:blank');
  await page.goto(url.toString());
  await page.locator(K_COMPOSER).waitFor({ state: 'visible' });
}

/** Types into K's composer; "\n" becomes Shift+Enter, as people do it. */
export async function typeK(page: Page, text: string): Promise<void> {
  await page.locator(K_COMPOSER).click();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (lines[i]) await page.keyboard.type(lines[i]!);
  }
}

export function draftK(page: Page): Promise<string> {
  return page.locator(K_COMPOSER).evaluate(readDraftText);
}
