// Driving the practice sites and the guard in Firefox the way a person does: real key presses
// and pointer clicks through WebDriver BiDi's input actions (trusted events, which the page
// cannot forge), and outcomes read from the page (what the replica sent, the composer's text).
//
// The overlay lives in a CLOSED shadow root, which page scripts (and puppeteer's selectors)
// cannot enter. WebDriver BiDi, like CDP in the Chromium harness, can: it serialises an element
// with a reference to its shadow root whatever the root's mode, and that reference can be passed
// back to a read-only function. Only reads go that way (what the chip and the dialog show, where
// a button is); every action is a key or a click.
import type { JSHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import {
  type DialogButton,
  type DialogState,
  OVERLAY_HOST,
  readChip,
  readDialog,
  readDraftText,
  readSentMessages,
} from '../../e2e/harness/in-page';
import { COMPOSER, SEND_CONTROL, type Site } from '../../e2e/harness/sites';
import { REPLICA_URLS } from '../../practice/routes';

/** Generous, for a busy 2-core machine: a condition that holds ends the wait at once. */
export const WAIT = { timeout: 15_000, interval: 100 };

// ── Sites ─────────────────────────────────────────────────────────────────────────────────────

/** Loads a practice site in `page` (a fresh replica state) and waits for its composer. */
export async function gotoSite(page: Page, site: Site, query = ''): Promise<void> {
  const url = new URL(REPLICA_URLS[site]);
  url.search = query;
  await page.goto(url.toString(), { waitUntil: 'load' });
  await page.waitForSelector(COMPOSER[site], { visible: true });
}

/** Texts the replica has sent from the open chat. */
export function sentMessages(page: Page): Promise<string[]> {
  return page.evaluate(readSentMessages);
}

/** The composer's draft as plain lines. */
export async function draftText(page: Page, site: Site): Promise<string> {
  return page.$eval(COMPOSER[site], readDraftText);
}

export function composerHasFocus(page: Page, site: Site): Promise<boolean> {
  return page.$eval(COMPOSER[site], (el) => el === document.activeElement);
}

/** Presses a key with modifiers held (puppeteer has no "Shift+Enter" shorthand). */
export async function chord(page: Page, modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m as never);
  await page.keyboard.press(key as never);
  for (const m of modifiers.reverse()) await page.keyboard.up(m as never);
}

/** Clicks into the composer and types `text`; "\n" becomes Shift+Enter, as people do it. */
export async function typeDraft(page: Page, site: Site, text: string): Promise<void> {
  await page.click(COMPOSER[site]);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await chord(page, ['Shift'], 'Enter');
    if (lines[i]) await page.keyboard.type(lines[i]!);
  }
}

/** Empties the composer with the keyboard (select all, delete) and waits until it is empty. */
export async function clearDraft(page: Page, site: Site): Promise<void> {
  await page.click(COMPOSER[site]);
  await chord(page, ['Control'], 'a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => draftText(page, site), WAIT).toBe('');
}

/** Clicks the site's send button with the real pointer at its centre. */
export async function pressSendButton(page: Page, site: Site): Promise<void> {
  const button = await page.waitForSelector(SEND_CONTROL[site], { visible: true });
  const box = await button!.boundingBox();
  if (!box) throw new Error(`no send button on ${site}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

// ── The overlay (read-only, through BiDi's reference to the closed shadow root) ──────────────

type BidiHandle = { remoteValue(): { value?: { shadowRoot?: unknown } }; realm: unknown };

/** A handle to the overlay's shadow root, or null when the overlay is not mounted. */
async function overlayRoot(page: Page): Promise<JSHandle<ShadowRoot> | null> {
  const host = await page.$(OVERLAY_HOST);
  if (!host) return null;
  const { remoteValue, realm } = host as unknown as BidiHandle;
  const root = remoteValue.call(host).value?.shadowRoot;
  await host.dispose();
  if (!root) return null;
  // The same handle class puppeteer made for the host, around the root's shared reference.
  const make = (host.constructor as unknown as { from(v: unknown, r: unknown): JSHandle }).from;
  return make(root, realm) as JSHandle<ShadowRoot>;
}

/** Runs a self-contained read `fn` against the overlay's shadow root; `fallback` without it. */
async function inOverlay<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  fallback: T,
  arg?: A,
): Promise<T> {
  const root = await overlayRoot(page);
  if (!root) return fallback;
  try {
    return (await root.evaluate(fn as never, arg as never)) as T;
  } catch (error) {
    // The overlay was removed between finding and reading it (a navigation, a reload).
    if (/no such node|stale|detached|not found/i.test(String(error))) return fallback;
    throw error;
  } finally {
    await root.dispose().catch(() => undefined);
  }
}

export function chipText(page: Page): Promise<string> {
  return inOverlay(page, readChip, '');
}

export async function waitForChip(page: Page): Promise<string> {
  await expect.poll(() => chipText(page), WAIT).not.toBe('');
  return chipText(page);
}

export function dialogState(page: Page): Promise<DialogState | null> {
  return inOverlay(page, readDialog, null);
}

/** Waits for the pause dialog to open and take focus, and returns what it shows. */
export async function waitForDialog(page: Page): Promise<DialogState> {
  await expect.poll(async () => (await dialogState(page))?.focused ?? null, WAIT).not.toBeNull();
  return (await dialogState(page))!;
}

export async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => dialogState(page), WAIT).toBeNull();
}

/** Whether the dialog's focused button shows its focus ring (`:focus-visible`). */
export function focusRingShown(page: Page): Promise<boolean> {
  return inOverlay(page, (root) => root.activeElement?.matches(':focus-visible') ?? false, false);
}

/** Presses Tab until `name` has focus in the dialog (the dialog traps focus and wraps). */
export async function tabTo(page: Page, name: DialogButton): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if ((await dialogState(page))?.focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}": ${JSON.stringify(await dialogState(page))}`);
}

/** Waits until "Send anyway" can be pressed (the pause is over). */
export async function waitForSendAnywayEnabled(page: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        (await dialogState(page))?.buttons.find((b) => b.name === 'Send anyway')?.disabled,
      WAIT,
    )
    .toBe(false);
}

/** Clicks a dialog button with the real pointer at its centre (trusted pointer events). */
export async function clickDialogButton(page: Page, name: DialogButton): Promise<void> {
  const box = await inOverlay(
    page,
    (root, wanted) => {
      const button = Array.from(root.querySelectorAll('[role="dialog"] button')).find(
        (b) => (b.textContent ?? '').trim() === wanted,
      );
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    null,
    name,
  );
  if (!box) throw new Error(`no dialog button "${name}"`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
