// Reading and driving the guard's overlay (warning chip + pause dialog) and the extension's
// settings from e2e tests. The overlay lives in a CLOSED shadow root, which page scripts and
// Playwright's selectors cannot enter; the DevTools protocol can (it pierces closed roots), so
// each read asks CDP for the root and hands it to the page under a test-only global.
import type { CDPSession, Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';
import type { LaunchedBrowser } from './browser';

const HOST = 'second-thought-guard';
const GLOBAL = '__secondThoughtGuardRoot';

export type GuardDialogView = {
  /** The dialog's heading (its accessible name). */
  title: string;
  /** All of the dialog's text, in document order. */
  text: string;
  buttons: { name: string; disabled: boolean }[];
  /** Whether focus is inside the dialog. */
  focusInside: boolean;
};

export type GuardView = {
  /** The chip's text, or null when it is hidden (the live region is always there, empty). */
  chip: string | null;
  dialog: GuardDialogView | null;
};

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Exposes the overlay's closed shadow root to the page as `window.__secondThoughtGuardRoot`. */
async function exposeRoot(page: Page): Promise<boolean> {
  const cdp = await cdpFor(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
  if (!nodeId) return false;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return false;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return false;
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { window.${GLOBAL} = this; }`,
  });
  return true;
}

/** What the guard shows right now. */
export async function readGuard(page: Page): Promise<GuardView> {
  if (!(await exposeRoot(page))) return { chip: null, dialog: null };
  return page.evaluate((name) => {
    const root = (window as unknown as Record<string, ShadowRoot>)[name]!;
    const chipEl = root.querySelector('[role="status"]');
    const chip = chipEl?.textContent?.trim() || null;
    const dialogEl = root.querySelector<HTMLElement>('[role="dialog"][aria-modal="true"]');
    if (!dialogEl) return { chip, dialog: null };
    const titleId = dialogEl.getAttribute('aria-labelledby');
    const title = (titleId && root.getElementById(titleId)?.textContent) || '';
    return {
      chip,
      dialog: {
        title: title.trim(),
        text: dialogEl.textContent ?? '',
        buttons: [...dialogEl.querySelectorAll('button')].map((b) => ({
          name: b.textContent?.trim() ?? '',
          disabled: b.disabled,
        })),
        focusInside: dialogEl.contains(root.activeElement),
      },
    };
  }, GLOBAL);
}

/** Clicks one of the dialog's buttons with the mouse, as a person would (events are trusted). */
export async function clickGuardButton(page: Page, name: string): Promise<void> {
  if (!(await exposeRoot(page))) throw new Error('the guard overlay is not on the page');
  const box = await page.evaluate(
    ([global, label]) => {
      const root = (window as unknown as Record<string, ShadowRoot>)[global!]!;
      const button = [...root.querySelectorAll('[role="dialog"] button')].find(
        (b) => b.textContent?.trim() === label,
      );
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [GLOBAL, name] as const,
  );
  if (!box) throw new Error(`no "${name}" button in the guard dialog`);
  await page.mouse.click(box.x, box.y);
}

/**
 * Settings for tests: the defaults, with no pause (tests need not wait 5 s to send anyway) and
 * `late-night` off, so a run at 23:00 does not flag every message and make "safe" drafts risky.
 */
export function testSettings(): Settings {
  const base = structuredClone(DEFAULT_SETTINGS);
  base.pauseSeconds = 0;
  base.engine.enabledRules['late-night'] = false;
  return base;
}

/** Writes the person's settings through the extension's own storage, from its service worker. */
export async function writeSettings(
  browser: LaunchedBrowser,
  change: (settings: Settings) => Settings = (s) => s,
): Promise<void> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('the extension is not loaded');
  const next = change(testSettings());
  await worker.evaluate(
    ([settings, version]) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings, settings$: { v: version } }),
    [next, SETTINGS_VERSION] as const,
  );
}
