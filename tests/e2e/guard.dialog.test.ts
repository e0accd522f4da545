// The pause-and-reflect dialog with the extension loaded, on both practice sites: what it shows,
// where focus goes, the pause, and its three ways out (Keep editing / Escape, Save as unsent
// note, Send anyway), each checked against the site's DOM and the extension's storage.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/rules';
import { toWallClock } from '../../src/rules/time';
import { useBrowser, useTab } from './harness/fixture';
import {
  clickDialogButton,
  composerHasFocus,
  dialogIsOpen,
  dialogState,
  editorStateText,
  getSettings,
  getStats,
  outcomeTotals,
  sendAndWaitForDialog,
  setSettings,
  storedNotes,
  TEXT_ONLY_SETTINGS,
  waitForCount,
  waitForNoDialog,
  waitForSendAnywayEnabled,
} from './harness/guard';
import {
  draftText,
  gotoSite,
  outgoingBubbles,
  SEND_CONTROL,
  type Site,
  sentMessages,
  typeDraft,
} from './harness/sites';

const RISKY = "please please come back to me, I can't live without you";
/** Several lines (Shift+Enter), an empty line, emoji and capitals: all must arrive intact. */
const MULTI_LINE =
  "Please come back to me 😢\nI can't do this without you\n\nWe were GOOD together";
const SAFE = 'Could you drop the box at reception by Friday? Thanks';

/** The send slot while the draft is empty (dom-notes: voice button / "Send a Like" / disabled). */
const IDLE_SEND_SLOT = {
  whatsapp: '#main footer button[aria-label="Voice message"]',
  messenger: 'div[aria-label="Thread composer"] [role="button"][aria-label="Send a Like"]',
  'google-messages': 'mws-message-compose button[data-e2e-send-text-button][disabled]',
  instagram:
    '[data-pagelet="IGDComposerForCannes"] [role="button"]:has(svg[aria-label="Voice Clip"])',
  telegram: '.Transition_slide-active .Composer button.main-button.record',
} as const satisfies Record<Site, string>;

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const)(
  'guard on %s: the pause dialog',
  (site: Site) => {
    let page: Page;
    const open = async () => {
      page = tab();
      await gotoSite(page, site);
    };
    const timesSent = async (text: string) =>
      (await outgoingBubbles(page, site)).filter((t) => t === text).length;
    const focused = async () => (await dialogState(page))?.focused;

    it('is a modal dialog that shows the draft, what it saw and a calm pause, and keeps focus', async () => {
      // Long enough to check the locked state on a busy machine, short enough to wait out.
      await setSettings(browser(), { pauseSeconds: 4 });
      await open();
      const dialog = await sendAndWaitForDialog(page, site, RISKY);
      const engine = (await getSettings(browser())).engine;
      const expected = analyze(RISKY, {
        at: toWallClock(new Date()),
        recentSends: [],
        unanswered: 0,
        settings: engine,
      });
      expect(dialog.role).toBe('dialog');
      expect(dialog.ariaModal).toBe('true');
      expect(dialog.title).not.toBe('');
      expect(dialog.draft).toBe(RISKY);
      expect(dialog.highlighted).toEqual(['come back to me', "can't live without you"]);
      expect(dialog.reasons).toEqual(expected.map((f) => f.reason));
      expect(dialog.suggestions).toEqual(expected.map((f) => f.suggestion));
      expect(dialog.pauseText).toMatch(/unlocks in [1-4] s/);
      expect(dialog.buttons).toEqual([
        { name: 'Not risky', disabled: false },
        { name: 'Keep editing', disabled: false },
        { name: 'Save as unsent note', disabled: false },
        { name: 'Send anyway', disabled: true },
      ]);
      expect(dialog.focused).toBe('Keep editing');

      // Tab and Shift+Tab cycle inside (Send anyway is skipped while disabled).
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Save as unsent note');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Not risky');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Keep editing');
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Not risky');
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Save as unsent note');

      await waitForSendAnywayEnabled(page);
      expect((await dialogState(page))?.pauseText).toBe(
        'You can send it now if you still want to.',
      );
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Send anyway');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Not risky');
      expect(await sentMessages(page)).toEqual([]);

      // Everything works from the keyboard: Shift+Tab wraps to Send anyway, Enter sends.
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Send anyway');
      await page.keyboard.press('Enter');
      await waitForNoDialog(page);
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await composerHasFocus(page, site)).toBe(true);
      await setSettings(browser(), { pauseSeconds: TEXT_ONLY_SETTINGS.pauseSeconds });
    });

    it('pauses 5 s by default before Send anyway can be pressed', async () => {
      const saved = await getSettings(browser());
      await browser().serviceWorker!.evaluate(() => chrome.storage.local.remove('settings'));
      try {
        await open();
        const dialog = await sendAndWaitForDialog(page, site, RISKY);
        // Counting down from 5 (the tests' own setting is 1 s).
        expect(dialog.pauseText).toMatch(/unlocks in [2-5] s/);
        expect(dialog.buttons.find((b) => b.name === 'Send anyway')?.disabled).toBe(true);
        await page.keyboard.press('Escape');
        await waitForNoDialog(page);
      } finally {
        await setSettings(browser(), saved);
      }
    });

    it.each(['Keep editing', 'Escape'] as const)(
      '%s closes it with focus back in the composer and the draft untouched',
      async (how) => {
        await open();
        const before = await outcomeTotals(browser());
        await sendAndWaitForDialog(page, site, MULTI_LINE);
        if (how === 'Escape') await page.keyboard.press('Escape');
        else await clickDialogButton(page, 'Keep editing');
        await waitForNoDialog(page);
        expect(await composerHasFocus(page, site)).toBe(true);
        expect(await draftText(page, site)).toBe(MULTI_LINE);
        expect(await sentMessages(page)).toEqual([]);
        await waitForCount(browser(), 'kept-editing', before['kept-editing'] + 1);
        // Typing goes on where the person left off, at the end of the draft.
        await page.keyboard.type(' OK?');
        await expect.poll(() => draftText(page, site)).toBe(`${MULTI_LINE} OK?`);
      },
    );

    it('Save as unsent note stores the draft, empties the composer and sends nothing', async () => {
      await open();
      const before = await outcomeTotals(browser());
      const notesBefore = (await storedNotes(browser())).length;
      await sendAndWaitForDialog(page, site, MULTI_LINE);
      await clickDialogButton(page, 'Save as unsent note');
      await waitForNoDialog(page);

      const notes = await storedNotes(browser());
      expect(notes).toHaveLength(notesBefore + 1);
      expect(notes.at(-1)).toMatchObject({ site, text: MULTI_LINE });
      expect(notes.at(-1)?.rules).toContain('begging');
      // Really empty: the DOM, Lexical's own state, and the site's send slot back to idle.
      expect(await draftText(page, site)).toBe('');
      expect(await editorStateText(page, site)).toBe('');
      expect(await composerHasFocus(page, site)).toBe(true);
      await expect.poll(() => page.locator(IDLE_SEND_SLOT[site]).count()).toBe(1);
      expect(await page.locator(SEND_CONTROL[site]).count()).toBe(0);
      expect(await sentMessages(page)).toEqual([]);
      await waitForCount(browser(), 'saved-note', before['saved-note'] + 1);

      // The emptied editor goes on working: the next message is sent alone.
      await typeDraft(page, site, SAFE);
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([SAFE]);
    });

    it('Send anyway sends the exact multi-line, emoji text once and empties the composer', async () => {
      await open();
      const before = await outcomeTotals(browser());
      const dialog = await sendAndWaitForDialog(page, site, MULTI_LINE);
      expect(dialog.draft).toBe(MULTI_LINE);
      await waitForSendAnywayEnabled(page);
      await clickDialogButton(page, 'Send anyway');
      await waitForNoDialog(page);
      await expect.poll(() => sentMessages(page)).toEqual([MULTI_LINE]);
      expect(await timesSent(MULTI_LINE)).toBe(1);
      expect(await draftText(page, site)).toBe('');
      expect(await editorStateText(page, site)).toBe('');
      expect(await composerHasFocus(page, site)).toBe(true);
      await waitForCount(browser(), 'sent-anyway', before['sent-anyway'] + 1);
      // The popup's view of it: sent anyway today, so the streak starts again at 0 days.
      const stats = await getStats(browser());
      expect(stats.today.sentAnyway).toBeGreaterThanOrEqual(1);
      expect(stats.streakDays).toBe(0);
    });

    it('a double-click on Send anyway (after the send button was held) sends once', async () => {
      await open();
      const before = await outcomeTotals(browser());
      await sendAndWaitForDialog(page, site, RISKY, 'button');
      await waitForSendAnywayEnabled(page);
      await clickDialogButton(page, 'Send anyway', { clickCount: 2 });
      await waitForNoDialog(page);
      await waitForCount(browser(), 'sent-anyway', before['sent-anyway'] + 1);
      expect(await sentMessages(page)).toEqual([RISKY]);
      expect(await timesSent(RISKY)).toBe(1);
      expect(await dialogIsOpen(page)).toBe(false);
      expect((await outcomeTotals(browser()))['sent-anyway']).toBe(before['sent-anyway'] + 1);
    });
  },
);

// Shift+Enter makes a new <p> in this rollout: clearing must empty every paragraph, not one.
describe('guard on WhatsApp with paragraph lines', () => {
  it('Save as unsent note empties a draft of several paragraphs', async () => {
    const page = tab();
    await gotoSite(page, 'whatsapp', { query: 'lines=paragraphs' });
    await sendAndWaitForDialog(page, 'whatsapp', MULTI_LINE);
    await clickDialogButton(page, 'Save as unsent note');
    await waitForNoDialog(page);
    expect((await storedNotes(browser())).at(-1)?.text).toBe(MULTI_LINE);
    expect(await draftText(page, 'whatsapp')).toBe('');
    expect(await editorStateText(page, 'whatsapp')).toBe('');
    expect(await sentMessages(page)).toEqual([]);
  });
});
