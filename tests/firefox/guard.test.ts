// The guard in a real Firefox, on the WhatsApp, Messenger, Google Messages and Instagram practice
// sites (Telegram's learned send key is tested in Chromium): safe drafts go at once, risky ones are
// held (Enter and a real click on the send button), and each of the dialog's three ways out
// does what it says when chosen with trusted input: Tab moves focus through the dialog, Escape
// keeps editing, and buttons are pressed with the real pointer. (Enter on a focused button is
// not used: over WebDriver BiDi, Firefox 153 fires no click for it, not even on a plain button
// in a plain page.) Outcomes are read from the page (what the replica sent, the composer) and
// from the add-on's storage.
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnsentNote } from '../../src/messaging/protocol';
import type { Site } from '../e2e/harness/sites';
import { TEXT_ONLY_SETTINGS } from '../e2e/harness/stored';
import { outcomeTotals, readStorage, setSettings } from './harness/extension-pages';
import { useFirefox } from './harness/fixture';
import {
  chipText,
  chord,
  clearDraft,
  clickDialogButton,
  composerHasFocus,
  dialogState,
  draftText,
  focusRingShown,
  gotoSite,
  pressSendButton,
  sentMessages,
  tabTo,
  typeDraft,
  WAIT,
  waitForChip,
  waitForDialog,
  waitForNoDialog,
  waitForSendAnywayEnabled,
} from './harness/guard';

/** Flagged by `begging` (and nothing that depends on the clock or the chat's history). */
const RISKY = "please come back, I'll do anything";
/** Flagged by nothing. Mixed case and punctuation, so a send that alters text is caught. */
const SAFE = 'Could you drop the box at reception by Friday? Thanks';
/** Multi-line, with emoji (a surrogate pair and a ZWJ sequence), to be sent exactly as typed. */
const RISKY_MULTILINE = "please come back 🙏\nI'll do anything 👩‍❤️‍👨\nanything at all";

const firefox = useFirefox();

beforeAll(async () => {
  await setSettings(firefox(), { ...TEXT_ONLY_SETTINGS, pauseSeconds: 1 });
});

async function storedNotes(): Promise<UnsentNote[]> {
  return ((await readStorage(firefox())).notes as UnsentNote[] | undefined) ?? [];
}

/** Types a risky draft, waits for the live warning, presses Enter, waits for the dialog. */
async function holdWithEnter(page: Page, site: Site, text: string) {
  await typeDraft(page, site, text);
  await waitForChip(page);
  await page.keyboard.press('Enter');
  return waitForDialog(page);
}

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram'] as const)(
  'Firefox, guard on %s',
  (site: Site) => {
    let page: Page;
    // A fresh tab per test: in Firefox loading a replica into a new tab is quicker than
    // navigating a used one away from it.
    const open = async (query = '') => {
      await page?.close();
      page = await firefox().newTab();
      await gotoSite(page, site, query);
    };

    it('sends a safe draft at once with Enter, and counts it as a safe send', async () => {
      await open();
      // The guard is listening (a probe draft gets its warning) before a send is let through.
      await typeDraft(page, site, 'please come back');
      await waitForChip(page);
      await clearDraft(page, site);
      await expect.poll(() => chipText(page), WAIT).toBe('');
      const before = await outcomeTotals(firefox());
      await typeDraft(page, site, SAFE);
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page), WAIT).toEqual([SAFE]);
      expect(await dialogState(page)).toBeNull();
      await expect
        .poll(async () => (await outcomeTotals(firefox()))['safe-send'], WAIT)
        .toBe(before['safe-send'] + 1);
    });

    it('holds a risky draft on Enter: the dialog opens with focus in it, nothing is sent', async () => {
      await open();
      const dialog = await holdWithEnter(page, site, RISKY);
      expect(dialog.role).toBe('dialog');
      expect(dialog.ariaModal).toBe('true');
      expect(dialog.title).toBe('A second thought before you send');
      expect(dialog.draft).toBe(RISKY);
      expect(dialog.focused).toBe('Keep editing');
      // The keyboard user sees where focus is (Firefox draws no ring for script focus unasked).
      expect(await focusRingShown(page)).toBe(true);
      expect(await sentMessages(page)).toEqual([]);
      expect(await draftText(page, site)).toBe(RISKY);
    });

    it('holds a risky draft on a real click of the send button', async () => {
      await open();
      await typeDraft(page, site, RISKY);
      await waitForChip(page);
      await pressSendButton(page, site);
      const dialog = await waitForDialog(page);
      expect(dialog.draft).toBe(RISKY);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('Keep editing leaves the text and puts focus back in the composer', async () => {
      await open();
      await holdWithEnter(page, site, RISKY);
      await clickDialogButton(page, 'Keep editing');
      await waitForNoDialog(page);
      expect(await draftText(page, site)).toBe(RISKY);
      await expect.poll(() => composerHasFocus(page, site), WAIT).toBe(true);
      // Focus is really back: typing goes on at the end of the draft.
      await page.keyboard.type(' today');
      await expect.poll(() => draftText(page, site), WAIT).toBe(`${RISKY} today`);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('Escape keeps editing too', async () => {
      await open();
      await holdWithEnter(page, site, RISKY);
      await page.keyboard.press('Escape');
      await waitForNoDialog(page);
      expect(await draftText(page, site)).toBe(RISKY);
      await expect.poll(() => composerHasFocus(page, site), WAIT).toBe(true);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('Save as unsent note stores the note and empties the composer', async () => {
      await open();
      const before = (await storedNotes()).length;
      await holdWithEnter(page, site, RISKY);
      await tabTo(page, 'Save as unsent note'); // focus moves through the dialog with Tab
      await clickDialogButton(page, 'Save as unsent note');
      await waitForNoDialog(page);
      await expect.poll(() => draftText(page, site), WAIT).toBe('');
      await expect.poll(async () => (await storedNotes()).length, WAIT).toBe(before + 1);
      const note = (await storedNotes()).at(-1)!;
      expect(note.text).toBe(RISKY);
      expect(note.site).toBe(site);
      expect(await sentMessages(page)).toEqual([]);
    });

    it('Send anyway sends the exact multi-line, emoji text exactly once', async () => {
      await open();
      const before = await outcomeTotals(firefox());
      const dialog = await holdWithEnter(page, site, RISKY_MULTILINE);
      expect(dialog.draft).toBe(RISKY_MULTILINE);
      await waitForSendAnywayEnabled(page);
      await tabTo(page, 'Send anyway');
      await clickDialogButton(page, 'Send anyway');
      await expect.poll(() => sentMessages(page), WAIT).toEqual([RISKY_MULTILINE]);
      await waitForNoDialog(page);
      await expect
        .poll(async () => (await outcomeTotals(firefox()))['sent-anyway'], WAIT)
        .toBe(before['sent-anyway'] + 1);
      // Still once after the background has counted it (a late second click would show by now).
      expect(await sentMessages(page)).toEqual([RISKY_MULTILINE]);
      await expect.poll(() => draftText(page, site), WAIT).toBe('');
    });

    it('Shift+Enter makes a new line and sends nothing, even in a risky draft', async () => {
      await open();
      await typeDraft(page, site, RISKY);
      await waitForChip(page);
      await chord(page, ['Shift'], 'Enter');
      await page.keyboard.type('and more');
      await expect.poll(() => draftText(page, site), WAIT).toBe(`${RISKY}\nand more`);
      expect(await dialogState(page)).toBeNull();
      expect(await sentMessages(page)).toEqual([]);
    });
  },
);

describe('Firefox, decoy editors are left alone', () => {
  /** Waits out the debounce, so a chip the guard (wrongly) shows has time to appear. */
  async function expectNoGuardUi(page: Page): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await chipText(page)).toBe('');
    expect(await dialogState(page)).toBeNull();
  }
  const decoyEvents = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { __replica: { decoyEvents(): unknown[] } }).__replica.decoyEvents(),
    );

  it('WhatsApp: the search box and the media caption take risky text with no chip, no dialog', async () => {
    const page = await firefox().newTab();
    await gotoSite(page, 'whatsapp', 'chat=jordan');
    await page.click('#side [contenteditable="true"][data-tab="3"]');
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await expectNoGuardUi(page);
    await page.click('#main footer button[aria-label="Attach"]');
    const caption = '[data-testid="media-editor"] [role=textbox]';
    await page.waitForSelector(caption, { visible: true });
    await page.click(caption);
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => decoyEvents(page), WAIT)
      .toEqual([
        { kind: 'search', text: RISKY },
        { kind: 'caption-send', text: RISKY },
      ]);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('Messenger: "Comment as …" and "Search Messenger" take risky text with no chip, no dialog', async () => {
    const page = await firefox().newTab();
    await gotoSite(page, 'messenger');
    await page.click('[role=textbox][aria-label^="Comment as"]');
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await page.click('input[aria-label="Search Messenger"]');
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => decoyEvents(page), WAIT)
      .toEqual([
        { kind: 'comment', text: RISKY },
        { kind: 'search', text: RISKY },
      ]);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('nothing left the machine', () => {
    expect(firefox().blocked).toEqual([]);
  });
});
