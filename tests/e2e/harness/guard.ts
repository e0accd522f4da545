// Reaching the guard's overlay and the extension's stored state from tests.
//
// The overlay lives in a CLOSED shadow root (page scripts must not be able to script the
// pause dialog), so Playwright's locators cannot see into it. Tests reach it through the
// Chrome DevTools Protocol instead, which page scripts never can: the host element is
// described with `pierce: true`, its shadow root resolved to a handle, and small read-only
// functions run against that root. Buttons are found by role and accessible name in Chromium's
// accessibility tree (what a screen reader gets) and clicked with the real mouse at their centre,
// so the dialog sees trusted pointerdown/mousedown/click events exactly as from a person.
//
// Settings, notes and counters are read and written through the extension's service worker,
// using the same storage keys and schema as src/storage.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { computeStatsView } from '../../../src/background/stats-view';
import type { OutcomeKind, StatsView, UnsentNote } from '../../../src/messaging/protocol';
import { type Counters, emptyCounters } from '../../../src/storage/counters-schema';
import type { Settings } from '../../../src/storage/settings-schema';
import type { LaunchedBrowser } from './browser';
import {
  type DialogButton,
  type DialogState,
  OVERLAY_HOST,
  readChip,
  readDialog,
  readNotice,
  readQuestion,
} from './in-page';
import { composer, draftText, SEND_CONTROL, type Site, typeDraft } from './sites';
import {
  changedSettings,
  type DeepPartial,
  settingsFromStorage,
  settingsItems,
  totalsByKind,
} from './stored';

export {
  DIALOG_BUTTONS,
  type DialogButton,
  type DialogState,
  OVERLAY_HOST,
} from './in-page';
export { TEXT_ONLY_SETTINGS } from './stored';

export type Box = { x: number; y: number; width: number; height: number };

// ── Reaching into the closed shadow root ──────────────────────────────────────────────────────

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One CDP session per page, reused (opening one per call is slow on a busy machine). */
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
    page.once('close', () => sessions.delete(page));
  }
  return session;
}

/** Remote handles made by one query; released after it so polling does not pile them up. */
const HANDLES = 'second-thought-harness';

/** A remote handle to the overlay's shadow root, or null when the overlay is not mounted. */
async function shadowRootHandle(page: Page): Promise<string | null> {
  const session = await cdp(page);
  const host = await session.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(OVERLAY_HOST)})`,
    objectGroup: HANDLES,
  });
  const hostId = host.result.objectId;
  if (!hostId) return null;
  const { node } = await session.send('DOM.describeNode', {
    objectId: hostId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) return null;
  const { object } = await session.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    objectGroup: HANDLES,
  });
  return object.objectId ?? null;
}

/**
 * Runs `fn` in the page with the overlay's shadow root as its argument and returns its
 * (JSON-serialisable) result; `fallback` when the overlay is not mounted. `fn` must be
 * self-contained: it is sent to the page as source text.
 */
export async function inOverlay<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  fallback: T,
  arg?: A,
): Promise<T> {
  const session = await cdp(page);
  const rootId = await shadowRootHandle(page);
  if (!rootId) {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: HANDLES });
    return fallback;
  }
  const { result, exceptionDetails } = await session
    .send('Runtime.callFunctionOn', {
      objectId: rootId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })
    .finally(() => session.send('Runtime.releaseObjectGroup', { objectGroup: HANDLES }));
  if (exceptionDetails) {
    throw new Error(`overlay query failed: ${exceptionDetails.exception?.description ?? ''}`);
  }
  return result.value as T;
}

// ── The warning chip ──────────────────────────────────────────────────────────────────────────

/** The chip's text ('' while the draft is fine: the live region stays, empty). */
export function chipText(page: Page): Promise<string> {
  return inOverlay(page, readChip, '');
}

/** Waits until the chip names something, and returns its text. */
export async function waitForChip(page: Page): Promise<string> {
  await expect.poll(() => chipText(page), { timeout: 10_000 }).not.toBe('');
  return chipText(page);
}

/** The chip's box in viewport pixels, or null while it shows nothing. */
export function chipBox(page: Page): Promise<Box | null> {
  return inOverlay(
    page,
    (root) => {
      const chip = root.querySelector<HTMLElement>('.st-chip');
      const text = chip?.querySelector('[role="status"]')?.textContent ?? '';
      if (!chip || !text.trim()) return null;
      const r = chip.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    null,
  );
}

// ── The pause dialog ──────────────────────────────────────────────────────────────────────────

/** What the open pause dialog shows, or null when no dialog is open. */
export function dialogState(page: Page): Promise<DialogState | null> {
  return inOverlay(page, readDialog, null);
}

/**
 * Waits for the pause dialog to open and take focus (it moves focus in a frame after it
 * renders; a key pressed before that still goes to the composer), and returns what it shows.
 */
export async function waitForDialog(page: Page): Promise<DialogState> {
  await expect
    .poll(async () => (await dialogState(page))?.focused ?? null, { timeout: 10_000 })
    .not.toBeNull();
  return (await dialogState(page))!;
}

/** Waits until no pause dialog is open. */
export async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => dialogState(page), { timeout: 10_000 }).toBeNull();
}

/** True when the dialog is open right now (no waiting). */
export async function dialogIsOpen(page: Page): Promise<boolean> {
  return (await dialogState(page)) !== null;
}

/**
 * The dialog button with this accessible name, found in Chromium's accessibility tree (so the
 * name is the computed one a screen reader announces), as its box in viewport pixels.
 */
export function dialogButtonBox(page: Page, name: DialogButton): Promise<Box> {
  return overlayButtonBox(page, name);
}

/** Any button of the overlay (chip, question, notice, dialog) by its exact accessible name. */
export async function overlayButtonBox(page: Page, name: string): Promise<Box> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await session.send('Accessibility.queryAXTree', {
    backendNodeId: root.backendNodeId,
    accessibleName: name,
    role: 'button',
  });
  const found = nodes.filter((n) => n.backendDOMNodeId !== undefined);
  if (found.length !== 1) {
    throw new Error(`expected one button named "${name}", found ${found.length}`);
  }
  const { model } = await session.send('DOM.getBoxModel', {
    backendNodeId: found[0]!.backendDOMNodeId!,
  });
  const [x1, y1, x2, , , y3] = model.border;
  return { x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1! };
}

/** Clicks a dialog button with the real mouse (trusted pointerdown, mousedown, click). */
export async function clickDialogButton(
  page: Page,
  name: DialogButton,
  options: { clickCount?: number } = {},
): Promise<void> {
  const box = await dialogButtonBox(page, name);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, options);
}

/** Clicks an overlay button (chip, question, notice or dialog) with the real mouse. */
export async function clickOverlayButton(page: Page, name: string): Promise<void> {
  const box = await overlayButtonBox(page, name);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The confirmation above the composer ('' when none shows). */
export function noticeText(page: Page): Promise<string> {
  return inOverlay(page, readNotice, '');
}

/** The "Not risky" question's choices, once it is open. */
export async function waitForQuestion(page: Page): Promise<string[]> {
  await expect.poll(() => inOverlay(page, readQuestion, []), { timeout: 10_000 }).not.toEqual([]);
  return inOverlay(page, readQuestion, []);
}

/** Waits until "Send anyway" can be pressed (the pause is over). */
export async function waitForSendAnywayEnabled(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      async () =>
        (await dialogState(page))?.buttons.find((b) => b.name === 'Send anyway')?.disabled,
      { timeout },
    )
    .toBe(false);
}

// ── Settings, notes and counters (through the service worker) ────────────────────────────────

function worker(browser: LaunchedBrowser) {
  if (!browser.serviceWorker) throw new Error('launch the browser with the extension');
  return browser.serviceWorker;
}

/** Reads one raw value from the extension's local storage (WXT `local:` items). */
export function readStored<T>(browser: LaunchedBrowser, key: string): Promise<T | undefined> {
  return worker(browser).evaluate(
    async (k) => (await chrome.storage.local.get(k))[k] as T | undefined,
    key,
  );
}

/** The stored settings, or the defaults when none are stored yet. */
export async function getSettings(browser: LaunchedBrowser): Promise<Settings> {
  return settingsFromStorage(await readStored<unknown>(browser, 'settings'));
}

/**
 * Changes the settings as the options page would (key `settings`, schema
 * src/storage/settings-schema.ts; arrays replace, objects merge). Open tabs pick the change up
 * through `storage.onChanged`; a tab opened afterwards starts with it.
 */
export async function setSettings(
  browser: LaunchedBrowser,
  change: DeepPartial<Settings>,
): Promise<Settings> {
  const next = changedSettings(await getSettings(browser), change);
  await worker(browser).evaluate((items) => chrome.storage.local.set(items), settingsItems(next));
  return next;
}

/** Unsent notes as stored by the background (oldest first). */
export async function storedNotes(browser: LaunchedBrowser): Promise<UnsentNote[]> {
  return (await readStored<UnsentNote[]>(browser, 'notes')) ?? [];
}

/** Outcome totals over every counted day, by kind, as the background stored them. */
export async function outcomeTotals(
  browser: LaunchedBrowser,
): Promise<Record<OutcomeKind, number>> {
  return totalsByKind(await readStored<Counters>(browser, 'counters'));
}

/**
 * The popup's numbers: the background's own stats view (src/background/stats-view.ts) computed
 * from the counters the background stored.
 */
export async function getStats(browser: LaunchedBrowser): Promise<StatsView> {
  const counters = (await readStored<Counters>(browser, 'counters')) ?? emptyCounters();
  return computeStatsView(counters, Date.now());
}

/** Waits until the background has counted `kind` at least `count` times in total. */
export async function waitForCount(
  browser: LaunchedBrowser,
  kind: OutcomeKind,
  count: number,
): Promise<void> {
  await expect
    .poll(async () => (await outcomeTotals(browser))[kind], { timeout: 10_000 })
    .toBeGreaterThanOrEqual(count);
}

// ── Readiness ─────────────────────────────────────────────────────────────────────────────────

/** A draft every default rule set flags (`begging`), used to see that the guard is listening. */
export const PROBE_DRAFT = 'please come back';

/**
 * Waits until the guard in this tab has its settings and acts: types a probe draft, waits for
 * the chip, then empties the composer with the keyboard and waits for the chip to go. Use it
 * before asserting that something is NOT intercepted (otherwise a guard still starting up
 * would pass such a test for the wrong reason).
 */
export async function waitForGuardReady(page: Page, site: Site): Promise<void> {
  const box = composer(page, site);
  await box.click();
  await page.keyboard.type(PROBE_DRAFT);
  await waitForChip(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => draftText(page, site)).toBe('');
  await expect.poll(() => chipText(page)).toBe('');
}

// ── Driving a held send ───────────────────────────────────────────────────────────────────────

/**
 * Types a risky draft, waits for the live warning (so the guard is known to be listening),
 * then tries to send it with Enter or a real click on the site's send button, and waits for
 * the pause dialog.
 */
export async function sendAndWaitForDialog(
  page: Page,
  site: Site,
  text: string,
  via: 'Enter' | 'button' = 'Enter',
): Promise<DialogState> {
  await typeDraft(page, site, text);
  await waitForChip(page);
  if (via === 'Enter') await page.keyboard.press('Enter');
  else await pressSendButton(page, site);
  return waitForDialog(page);
}

/**
 * Clicks the site's send button with the real mouse at its centre. Unlike `clickSend` (a
 * Playwright locator click), it does not retry when the dialog, opening on pointerdown, takes
 * the rest of the click: Playwright would call that "intercepts pointer events" and click again.
 */
export async function pressSendButton(page: Page, site: Site): Promise<void> {
  const box = await page.locator(SEND_CONTROL[site]).boundingBox();
  if (!box) throw new Error(`no send button on ${site}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** True when the site's composer has keyboard focus. */
export function composerHasFocus(page: Page, site: Site): Promise<boolean> {
  return composer(page, site).evaluate((el) => el === document.activeElement);
}

/**
 * The text in the composer's editor state (Lexical's, not its DOM; a textarea's value): ''
 * means the editor itself holds nothing, so the site sees an empty draft.
 */
export function editorStateText(page: Page, site: Site): Promise<string> {
  return composer(page, site).evaluate((el) => {
    // A textarea holds its own state: its value is what the site sends.
    if (el instanceof HTMLTextAreaElement) return el.value;
    // A plain contenteditable (Telegram's) has no state beside its DOM: text and <br>.
    if (!('__lexicalEditor' in el)) {
      let text = '';
      for (const node of Array.from(el.childNodes)) {
        if (node.nodeName !== 'BR') text += node.textContent ?? '';
        else if (node !== el.lastChild) text += '\n';
      }
      return text;
    }
    type Json = { text?: string; children?: Json[]; type?: string };
    const editor = (
      el as unknown as { __lexicalEditor: { getEditorState(): { toJSON(): { root: Json } } } }
    ).__lexicalEditor;
    const collect = (node: Json): string =>
      (node.type === 'linebreak' ? '\n' : (node.text ?? '')) +
      (node.children ?? []).map(collect).join('');
    return collect(editor.getEditorState().toJSON().root);
  });
}
