// Main-thread time of a page's renderer, from the DevTools protocol's Performance domain.
import type { CDPSession, Page } from 'playwright-core';

export async function openMetrics(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * Seconds the renderer's main thread has spent running tasks since the page started
 * (`TaskDuration`: script in every world, style, layout, paint, GC; everything a keystroke costs).
 */
export async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Script-only seconds (`ScriptDuration`), for the busy-page breakdown. */
export async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
}
