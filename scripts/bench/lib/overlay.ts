// Reaching the guard's overlay from a benchmark. It lives in a CLOSED shadow root, which page
// scripts cannot reach; the DevTools protocol can (DOM.describeNode with pierce), which is fine
// for measuring and impossible for a site.
import type { CDPSession, Page } from 'playwright-core';

/** The overlay's shadow host tag (the `name` in src/guard/mount-overlay.tsx). */
export const OVERLAY_HOST = 'second-thought-guard';

/** A remote handle to the overlay's shadow root, or null while it is not mounted. */
export async function overlayRoot(cdp: CDPSession): Promise<string | null> {
  const host = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(OVERLAY_HOST)})`,
  });
  if (!host.result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: host.result.objectId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
  return object.objectId ?? null;
}

/** Waits until the content script has loaded the guard chunk and mounted the overlay. */
export async function waitForOverlay(page: Page, cdp: CDPSession): Promise<string> {
  await page.locator(OVERLAY_HOST).waitFor({ state: 'attached', timeout: 30_000 });
  for (;;) {
    const root = await overlayRoot(cdp);
    if (root) return root;
    await page.waitForTimeout(50);
  }
}

/**
 * Starts a clock in the page: `window.__bench.lastKey` is the timestamp of the latest keydown,
 * `window.__bench.chipShown` the first animation frame at which the warning chip has text and
 * is displayed. Both on the page's performance.now() timeline. Installed just before the last
 * keystroke, so its own MutationObserver does not weigh on the typing figures.
 */
export async function startChipClock(cdp: CDPSession, rootId: string): Promise<void> {
  await cdp.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: `function () {
      const root = this;
      const state = { lastKey: null, chipShown: null };
      window.__bench = state;
      window.addEventListener('keydown', (e) => { state.lastKey = e.timeStamp; }, true);
      const shown = () => {
        const chip = root.querySelector('[role="status"]');
        return !!chip && chip.textContent.trim() !== '' && getComputedStyle(chip).display !== 'none';
      };
      const observer = new MutationObserver(() => {
        if (state.chipShown !== null || !shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => { state.chipShown = performance.now(); });
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }`,
  });
}

/** Milliseconds from the last keydown to the chip being shown; null if it never shows. */
export async function chipLatency(page: Page, timeoutMs = 5000): Promise<number | null> {
  const handle = await page
    .waitForFunction(
      () => {
        const s = (window as unknown as { __bench?: { lastKey: number; chipShown: number } })
          .__bench;
        return s && s.chipShown !== null && s.lastKey !== null ? s.chipShown - s.lastKey : null;
      },
      undefined,
      { timeout: timeoutMs, polling: 20 },
    )
    .catch(() => null);
  return handle ? ((await handle.jsonValue()) as number) : null;
}

/** True when the chip currently shows a warning. */
export async function chipShowing(cdp: CDPSession, rootId: string): Promise<boolean> {
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: `function () {
      const chip = this.querySelector('[role="status"]');
      return !!chip && chip.textContent.trim() !== '';
    }`,
    returnByValue: true,
  });
  return result.value === true;
}
