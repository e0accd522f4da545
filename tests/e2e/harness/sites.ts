// Opening the practice sites and driving their composers the way a person does: real key
// presses, Shift+Enter between lines, clicks on the send control.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { SiteId } from '../../../src/sites/lookup';
import { REPLICA_URLS } from '../../practice/routes';
import { readDraftText, readSentMessages } from './in-page';

/** Every site of the table (src/sites/table.ts); each has its replica. */
export type Site = SiteId;

/** Where each site's chat composer is, scoped the way dom-notes says to scope it. */
export const COMPOSER = {
  whatsapp: '#main footer div[contenteditable="true"][data-tab="10"]',
  messenger:
    'div[aria-label="Thread composer"][role="group"] div[role="textbox"][contenteditable="true"]',
  'google-messages': 'mws-message-compose textarea[data-e2e-message-input-box]',
  instagram:
    '[data-pagelet="IGDComposerForCannes"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // The A client (its K suite is tests/e2e/telegram-k.test.ts); the active slide's, as the app's own.
  telegram:
    '.messages-layout .Transition_slide-active #editable-message-text[contenteditable="true"]',
} as const satisfies Record<Site, string>;

/** The send control when the draft has text, across all rollout variants. */
export const SEND_CONTROL = {
  whatsapp:
    '#main footer :is(button, [role="button"]):has(span[data-icon="wds-ic-send-filled"], span[data-icon="send"])',
  messenger:
    'div[aria-label="Thread composer"] div[role="button"][aria-label="Press enter to send"]',
  'google-messages': 'mws-message-compose button[data-e2e-send-text-button]:not([disabled])',
  // The control reads "Send" (§1.2); CSS cannot match text, so the replica's class stands in
  // (tests/e2e/replica.instagram.test.ts checks that this element says "Send").
  instagram: '[data-pagelet="IGDComposerForCannes"] div[role="button"].ig-send',
  telegram: '.Transition_slide-active .Composer button.main-button.send',
} as const satisfies Record<Site, string>;

export type OpenOptions = {
  /** Query string for variants, e.g. "variant=legacy&lang=pt". */
  query?: string;
  /** A full URL (e.g. a messenger.com thread, another conversation) instead of the default. */
  url?: string;
};

export async function openSite(
  context: BrowserContext,
  site: Site,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  await gotoSite(page, site, options);
  return page;
}

/** Loads a site in an existing tab (a fresh replica state, ~3× faster than a new tab). */
export async function gotoSite(page: Page, site: Site, options: OpenOptions = {}): Promise<void> {
  const base = options.url ?? REPLICA_URLS[site];
  const url = new URL(base);
  if (options.query) url.search = options.query;
  // Telegram names the chat in the #fragment: a URL that differs from the open one only there
  // would just switch chats in the page, not load a fresh replica.
  const withoutHash = (href: string) => href.replace(/#.*$/, '');
  if (url.hash && withoutHash(page.url()) === withoutHash(url.toString())) {
    await page.goto('about:blank');
  }
  await page.goto(url.toString());
  await composer(page, site).waitFor({ state: 'visible' });
}

export function composer(page: Page, site: Site): Locator {
  return page.locator(COMPOSER[site]);
}

/** Types `text` into the site's composer; "\n" becomes Shift+Enter, as people do it. */
export async function typeDraft(page: Page, site: Site, text: string): Promise<void> {
  await composer(page, site).click();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    if (lines[i]) await page.keyboard.type(lines[i]!);
  }
}

/** Texts the replica has sent from the open chat's composer, read from its test hook. */
export function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(readSentMessages);
}

/** The composer's draft as plain lines (paragraphs and <br> both count as one line break). */
export function draftText(page: Page, site: Site): Promise<string> {
  return composer(page, site).evaluate(readDraftText);
}

/**
 * Finishes an IME composition with Enter the way a real Japanese/Chinese IME does: the Enter
 * keydown arrives as keyCode 229 while composing, then the IME commits `text`. Nothing should send.
 */
export async function commitImeWithEnter(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
    });
  } finally {
    await cdp.detach();
  }
}

/** Reads a value from the replica's test hook (`window.__replica`). */
export function replicaHook<T>(page: Page, read: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, rest]) => {
      const hook = (
        window as unknown as { __replica: Record<string, (...a: unknown[]) => unknown> }
      ).__replica;
      return hook[name as string]!(...(rest as unknown[])) as T;
    },
    [read, args] as const,
  );
}

/** Clicks the send control the way a person does (it exists only while the draft has text). */
export async function clickSend(page: Page, site: Site): Promise<void> {
  await page.locator(SEND_CONTROL[site]).click();
}

/** Texts of the outgoing bubbles currently in the DOM, read from the page (not the hook). */
export function outgoingBubbles(page: Page, site: Site): Promise<string[]> {
  const selector = {
    whatsapp:
      '#main [role=row] :is([data-testid^="conv-msg-"], .message-out):has([data-icon^="msg-"]) .copyable-text[data-pre-plain-text]',
    messenger: 'div[role="main"] [role=row] [data-scope="messages_table"] [aria-label^="You sent"]',
    'google-messages': 'mws-messages-list mws-message-wrapper[is-outgoing="true"] .text-msg',
    // No attribute marks an outgoing row on Instagram (§1.4): the replica's own class does.
    instagram:
      '[data-pagelet="IGDMessagesList"] div[role="group"].ig-out span[dir="auto"] > div[dir="auto"]',
    telegram:
      '#MiddleColumn .Transition_slide-active .messages-container .Message.own .text-content',
  }[site];
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      // On WhatsApp the text sits in a span inside the element that carries the metadata.
      const text = el.querySelector('[data-testid="selectable-text"], .selectable-text') ?? el;
      return text.textContent ?? '';
    }),
  );
}
