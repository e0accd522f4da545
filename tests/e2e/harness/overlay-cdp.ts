// The guard's overlay lives in a closed shadow root that page scripts (and Playwright's selectors)
// cannot enter. The DevTools protocol can: DOM.getDocument with `pierce` returns closed shadow
// roots too. Buttons are then clicked with real (trusted) mouse events at their position, as a
// person would click them.
import type { CDPSession, Page } from 'playwright-core';

type DomNode = {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

async function withSession<T>(page: Page, work: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await work(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The shadow roots under the guard's host element (`second-thought-guard`). */
function overlayRoots(node: DomNode): DomNode[] {
  if (node.nodeName.toLowerCase() === 'second-thought-guard') return node.shadowRoots ?? [];
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(overlayRoots);
}

async function queryOverlay(cdp: CDPSession, selector: string): Promise<number[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const ids: number[] = [];
  for (const shadow of overlayRoots(root)) {
    const found = (await cdp.send('DOM.querySelectorAll', {
      nodeId: shadow.nodeId,
      selector,
    })) as { nodeIds: number[] };
    ids.push(...found.nodeIds);
  }
  return ids;
}

/** Text content of the overlay elements matching `selector` (empty when there are none). */
export function overlayTexts(page: Page, selector: string): Promise<string[]> {
  return withSession(page, async (cdp) => {
    const texts: string[] = [];
    for (const nodeId of await queryOverlay(cdp, selector)) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.textContent; }',
        returnByValue: true,
      })) as { result: { value: string } };
      texts.push(result.value);
    }
    return texts;
  });
}

/** Whether the pause dialog is open in the page. */
export async function pauseDialogOpen(page: Page): Promise<boolean> {
  return (await overlayTexts(page, '[role="dialog"][aria-modal="true"]')).length > 0;
}

/** Clicks the dialog button with this exact text, with a real mouse click at its centre. */
export async function clickDialogButton(page: Page, name: string): Promise<void> {
  const point = await withSession(page, async (cdp) => {
    for (const nodeId of await queryOverlay(cdp, '[role="dialog"] button')) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () {
          if (this.textContent.trim() !== ${JSON.stringify(name)} || this.disabled) return null;
          const r = this.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }`,
        returnByValue: true,
      })) as { result: { value: { x: number; y: number } | null } };
      if (result.value) return result.value;
    }
    return null;
  });
  if (!point) throw new Error(`no enabled "${name}" button in the pause dialog`);
  await page.mouse.click(point.x, point.y);
}
