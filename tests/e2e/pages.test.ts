// The popup and options page with real data: after real use of the guard on a practice page,
// the figures shown are the counts the background stored, and the unsent note is listed.
// Screenshots (light and dark) go to .output/e2e-screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULE_LABELS } from '../../src/ui/rule-text';
import {
  holdRiskyDraft,
  RISKY_BEGGING,
  RISKY_PAST,
  reconsiderRisky,
  saveRiskyAsNote,
  sendSafe,
} from './harness/activity';
import { settingsForBulkSends, storeSettings } from './harness/counting';
import { clearStorage, openOptions, openPopup, storedTotals } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { clickDialogButton, waitForNoDialog } from './harness/guard';
import { openSite, sentMessages } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const SHOTS = '.output/e2e-screenshots';

/** The popup's "What happened" table as row label → [today, 7 days, all time]. */
async function statsTable(popup: Page): Promise<Record<string, string[]>> {
  return popup.locator('table.stats tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const head = row.querySelector('th');
        const label = head?.firstChild?.textContent?.trim() ?? '';
        const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '');
        return [label, cells];
      }),
    ),
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
}

describe('popup and options with real data', () => {
  it('show the counts the background stored after real use', { timeout: 60_000 }, async () => {
    await clearStorage(browser());
    await storeSettings(browser(), { ...settingsForBulkSends(), pauseSeconds: 0 });
    const site = await openSite(browser().context, 'whatsapp');
    await saveRiskyAsNote(site, 'whatsapp', RISKY_BEGGING);
    await reconsiderRisky(site, 'whatsapp', RISKY_PAST);
    await holdRiskyDraft(site, 'whatsapp', RISKY_BEGGING);
    await clickDialogButton(site, 'Send anyway');
    await waitForNoDialog(site);
    await sendSafe(site, 'whatsapp', 'the boxes are by the door');
    expect(await sentMessages(site)).toEqual([RISKY_BEGGING, 'the boxes are by the door']);
    await expect
      .poll(async () => (await storedTotals(browser())).kinds, { timeout: 10_000 })
      .toMatchObject({ paused: 3, 'saved-note': 1, 'kept-editing': 1, 'sent-anyway': 1 });
    const { kinds } = await storedTotals(browser());
    expect(kinds.warned).toBe(3); // one warning per risky draft

    const popup = await openPopup(browser(), site);
    await popup.locator('table.stats').waitFor();
    const all = (n: number) => [String(n), String(n), String(n)]; // all of it happened today
    expect(await statsTable(popup)).toEqual({
      'Risky drafts': all(3), // each draft once, though each warned and then paused
      'Paused before sending': all(3),
      Reconsidered: all(2),
      'Sent anyway': all(1),
      'Pauses reconsidered': ['67%', '67%', '67%'],
    });
    expect(await popup.locator('.streak__headline').textContent()).toBe('A fresh start tomorrow');
    const patterns = await popup.locator('.patterns__name').allInnerTexts();
    expect(patterns[0]).toBe(RULE_LABELS.begging.name);
    expect(patterns).toContain(RULE_LABELS.past.name);
    // Counted in drafts: two drafts pleaded (each warned, then paused), not four events.
    expect(await popup.locator('.patterns__count').first().textContent()).toBe(
      '2 drafts, 2 paused',
    );
    // The chart's last day (today) has bars for the 3 pauses and the 1 sent anyway.
    expect(await popup.locator('.chart svg, svg.chart').count()).toBeGreaterThan(0);
    await shoot(popup, 'popup-real');

    const options = await openOptions(browser());
    const note = options.locator('#notes .note');
    await note.first().waitFor();
    expect(await note.locator('.note__text').allInnerTexts()).toEqual([RISKY_BEGGING]);
    expect(await note.locator('.tag').allInnerTexts()).toEqual([RULE_LABELS.begging.name]);
    await shoot(options, 'options-real');
    await Promise.all([popup.close(), options.close(), site.close()]);
  });
});
