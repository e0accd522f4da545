// Pinning a tab's local time of day: the page's time zone is chosen so that it is now the wanted
// hour there. The override applies to the content scripts in that tab too, so the guard's clock
// (quiet hours) reads the same hour as the page.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** An IANA zone where it is now `hour`:xx (`Etc/GMT-N` is N hours ahead of UTC). */
export function zoneAtHour(hour: number, now = new Date()): string {
  let offset = hour - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * Pins the tab's clock to `hour`:xx. Etc zones reach UTC−12…UTC+14, so every hour is reachable;
 * a minute before the hour turns, the test waits for the turn rather than straddle it.
 */
export async function atLocalHour(page: Page, hour: number): Promise<void> {
  const now = new Date();
  if (now.getUTCMinutes() === 59 && now.getUTCSeconds() > 30) {
    await new Promise((resolve) => setTimeout(resolve, (61 - now.getUTCSeconds()) * 1000));
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: zoneAtHour(hour) });
  expect(await page.evaluate(() => new Date().getHours())).toBe(hour);
}
