// Real use of the guard on a practice page, so stats, notes, send times and health hold values
// the extension wrote itself (not values a test made up).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  chipText,
  clickDialogButton,
  dialogState,
  waitForChip,
  waitForDialog,
  waitForNoDialog,
} from './guard';
import { composer, draftText, type Site, sentMessages, typeDraft } from './sites';

/** Generous: the machine may be busy; a condition that holds ends the wait at once. */
const WAIT = { timeout: 10_000 };

export const RISKY_BEGGING = 'please come back to me, I am begging you';
/**
 * A memory said to the ex: `past`, reaching any chat the guard is on (a plain "remember our
 * trip" is closeness, and pauses only in listed chats).
 */
export const RISKY_PAST =
  'remember our trip to Lisbon? I still think about it every day since you left';

/** Types a risky draft, presses Enter and waits for the pause dialog to open and take focus. */
export async function holdRiskyDraft(page: Page, site: Site, text: string): Promise<void> {
  await typeDraft(page, site, text);
  await waitForChip(page);
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  // Focus moves in after the dialog is painted; a key pressed before that would go elsewhere.
  await expect.poll(async () => (await dialogState(page))?.focused, WAIT).toBe('Keep editing');
}

/** Saves a risky draft as an unsent note through the real dialog; the composer empties. */
export async function saveRiskyAsNote(page: Page, site: Site, text: string): Promise<void> {
  await holdRiskyDraft(page, site, text);
  await clickDialogButton(page, 'Save as unsent note');
  await waitForNoDialog(page);
  await expect.poll(() => draftText(page, site), WAIT).toBe('');
}

/** Holds a risky draft, then keeps editing (Escape) and clears the draft by hand. */
export async function reconsiderRisky(page: Page, site: Site, text: string): Promise<void> {
  await holdRiskyDraft(page, site, text);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await waitForChip(page); // the draft is still risky: its warning comes back
  await composer(page, site).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => draftText(page, site), WAIT).toBe('');
  await expect.poll(() => chipText(page), WAIT).toBe(''); // the warning leaves with the words
}

/** Sends a safe message with Enter and waits until the replica has sent it. */
export async function sendSafe(page: Page, site: Site, text: string): Promise<void> {
  const before = (await sentMessages(page)).length;
  await typeDraft(page, site, text);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await sentMessages(page)).length, WAIT).toBe(before + 1);
}
