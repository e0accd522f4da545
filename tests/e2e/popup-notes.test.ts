// Unsent notes come back: notes saved through the real pause dialog at the pinned local night
// time (02:00-02:59, inside the default quiet hours; tests/time-zone.ts) wait quietly while the
// night lasts, and lead the popup once the quiet hours are over, each to read, copy, keep or
// delete. The toolbar badge counts the notes not yet looked at. The popup's first screen fits
// Chrome's popup limit, and the popup over a tab that is not a chat site logs no error.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UnsentNote } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-schema';
import { RISKY_BEGGING, RISKY_PAST, saveRiskyAsNote } from './harness/activity';
import { storeSettings } from './harness/counting';
import { clearStorage, liveWorker, openPopup, readStorage } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { openSite } from './harness/sites';

const browser = useBrowser({ withExtension: true });

/** Long and on several lines, so the popup shows it cut short until "Read". */
const LONG_NOTE = `${RISKY_PAST}\nI know you asked for space.\n${RISKY_BEGGING}`;
/** Chrome's popup is at most 600 px high; the first screen is what shows without scrolling. */
const FIRST_SCREEN = 600;

function badge(): Promise<string> {
  return liveWorker(browser()).then((worker) =>
    worker.evaluate(() => chrome.action.getBadgeText({})),
  );
}

async function storedNotes(): Promise<UnsentNote[]> {
  return ((await readStorage(browser())).notes as UnsentNote[] | undefined) ?? [];
}

/** 08:10 local on the day the test runs: after the default quiet hours (22:00-06:00) end. */
function thisMorning(): Date {
  const morning = new Date();
  morning.setHours(8, 10, 0, 0);
  return morning;
}

/** What the browser's clipboard holds, pasted into a text box in a page of its own. */
async function pasted(): Promise<string> {
  const page = await browser().context.newPage();
  await page.setContent('<textarea aria-label="paste here"></textarea>');
  const box = page.getByRole('textbox', { name: 'paste here' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  const text = await box.inputValue();
  await page.close();
  return text;
}

/** The bottom edge of an element in the popup's viewport, in px. */
async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not shown: ${locator}`);
  return box.y + box.height;
}

/** The parts that must show on the popup's first screen: nothing of them below 600 px. */
async function expectFirstScreen(popup: Page, parts: Locator[]): Promise<void> {
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  for (const part of parts)
    expect(await bottomOf(part), String(part)).toBeLessThanOrEqual(FIRST_SCREEN);
}

describe('unsent notes in the popup', () => {
  let whatsapp: Page;
  let chatTitle = '';

  it('notes saved at night raise the badge; the popup shows them only as waiting while the night lasts', {
    timeout: 90_000,
  }, async () => {
    await clearStorage(browser());
    await storeSettings(browser(), { ...DEFAULT_SETTINGS, pauseSeconds: 0 });
    expect(new Date().getHours()).toBeLessThan(6); // the pinned night (tests/time-zone.ts)
    expect(await badge()).toBe('');

    // The WhatsApp chat is listed through the popup's own control: its notes keep its title.
    whatsapp = await openSite(browser().context, 'whatsapp');
    const lister = await openPopup(browser(), whatsapp);
    await lister.getByRole('switch', { name: 'Guard this chat', exact: true }).check();
    chatTitle = ((await lister.locator('.controls__chat b').textContent()) ?? '').trim();
    expect(chatTitle).not.toBe('');
    await lister.close();

    await whatsapp.bringToFront();
    await saveRiskyAsNote(whatsapp, 'whatsapp', LONG_NOTE);
    await expect.poll(badge).toBe('1');
    const messenger = await openSite(browser().context, 'messenger');
    await saveRiskyAsNote(messenger, 'messenger', RISKY_PAST);
    await expect.poll(badge).toBe('2');
    await messenger.close();

    const notes = await storedNotes();
    expect(notes.map((n) => [n.site, n.chatTitle, n.seenAt])).toEqual([
      ['whatsapp', chatTitle, null],
      ['messenger', null, null], // not listed: no chat's name is kept
    ]);

    // Still night: no review pressed on anyone, one line says they wait.
    const night = await openPopup(browser(), whatsapp);
    const line = night.getByRole('region', { name: /2 unsent notes waiting/ });
    await line.waitFor();
    expect(await night.locator('.review').count()).toBe(0);
    await expectFirstScreen(night, [
      line,
      night.getByRole('switch', { name: 'Guard on WhatsApp Web' }),
      night.getByRole('switch', { name: 'Guard this chat', exact: true }),
      night.getByRole('switch', { name: "Don't guard this chat" }),
      night.locator('.streak'),
      night.locator('table.stats'),
    ]);
    await night.close();
  });

  it('after the quiet hours the popup leads with them, and the first screen still fits 600 px', async () => {
    const popup = await openPopup(browser(), whatsapp, { at: thisMorning() });
    const review = popup.getByRole('region', { name: 'You saved 2 messages last night' });
    await review.waitFor();
    // It leads: right under the title, before the status lines and the controls.
    expect(
      await popup.evaluate(() => document.querySelector('main > :nth-child(2)')?.className),
    ).toContain('review');
    await popup.getByRole('switch', { name: 'Guard this chat', exact: true }).waitFor();
    await popup.locator('.streak').waitFor();
    await expectFirstScreen(popup, [
      review,
      popup.getByRole('switch', { name: 'Guard on WhatsApp Web' }),
      popup.getByRole('switch', { name: 'Guard this chat', exact: true }),
      popup.getByRole('switch', { name: "Don't guard this chat" }),
      popup.getByRole('button', { name: 'Snooze for 1 hour' }),
      popup.locator('.streak'),
      popup.locator('table.stats'),
    ]);
    // Below it the chart: its dates say the month, and its labels are at least 11 px on screen.
    const labels = await popup.locator('.chart__svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Array.from(svg.querySelectorAll<SVGTextElement>('.chart__label'), (label) => ({
        text: label.textContent ?? '',
        px: Number.parseFloat(getComputedStyle(label).fontSize) * scale,
      }));
    });
    for (const { px } of labels) expect(px).toBeGreaterThanOrEqual(11);
    const dates = labels.filter(({ text }) => /\D/.test(text)).map(({ text }) => text);
    expect(dates).toHaveLength(3);
    for (const date of dates) expect(date).toMatch(/[A-Za-z]{3}/);
    await popup.close();
  });

  it('each note can be read, copied, kept and deleted; the badge follows', async () => {
    const popup = await openPopup(browser(), whatsapp, { at: thisMorning() });
    const open = popup.getByRole('button', { name: 'You saved 2 messages last night' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const list = popup.getByRole('list', { name: 'You saved 2 messages last night' });
    const cards = list.getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(2);
    // Oldest first; the listed chat's note names it.
    const first = cards.nth(0);
    expect(await first.locator('.waiting-note__meta').textContent()).toContain(`to ${chatTitle}`);
    expect(await cards.nth(1).locator('.waiting-note__meta').textContent()).not.toContain(' to ');

    // Read: the long note opens in full (line breaks kept).
    const text = first.locator('.waiting-note__text');
    const cutHeight = (await text.boundingBox())!.height;
    const read = first.getByRole('button', { name: /^Read the note from/ });
    expect(await read.getAttribute('aria-expanded')).toBe('false');
    await read.click();
    expect(
      await first
        .getByRole('button', { name: /^Show less of the note/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect((await text.boundingBox())!.height).toBeGreaterThan(cutHeight);
    expect(await text.textContent()).toBe(LONG_NOTE);

    // Copy: the exact text is on the clipboard; the note still waits.
    await first.getByRole('button', { name: /^Copy the note/ }).click();
    const status = popup.locator('.review').getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Copied.');
    expect(await pasted()).toBe(LONG_NOTE);
    expect(await badge()).toBe('2');

    // Keep: it stops waiting (the badge counts one less) and stays in the notes.
    await first.getByRole('button', { name: /^Keep the note/ }).click();
    await expect.poll(badge).toBe('1');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await status.textContent()).toContain('Kept');
    // Focus moved on to the next note, not to nowhere.
    expect(
      await popup.evaluate(() => document.activeElement?.closest('.waiting-note') !== null),
    ).toBe(true);

    // Delete: gone from this device; nothing waits, so the badge is empty.
    await cards
      .nth(0)
      .getByRole('button', { name: /^Delete the note/ })
      .click();
    await expect.poll(badge).toBe('');
    await expect.poll(() => cards.count()).toBe(0);
    expect(await status.textContent()).toContain('That was all of them');
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);

    const notes = await storedNotes();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ site: 'whatsapp', text: LONG_NOTE, chatTitle });
    expect(notes[0]?.seenAt).toEqual(expect.any(Number));
    await popup.close();

    // Looked at, the kept note no longer leads the popup.
    const later = await openPopup(browser(), whatsapp, { at: thisMorning() });
    await later.locator('.streak').waitFor();
    expect(await later.locator('.review, .waiting').count()).toBe(0);
    await later.close();
  });
});

describe('the popup over a tab that is not a chat site', () => {
  it('logs no error, and still shows every site switch', async () => {
    for (const url of ['about:blank', 'data:text/html,<title>Elsewhere</title><p>another page']) {
      const other = await browser().context.newPage();
      await other.goto(url);
      const popup = await browser().context.newPage();
      const logged: string[] = [];
      popup.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
      });
      popup.on('pageerror', (error) => logged.push(error.message));
      await popup.setViewportSize({ width: 360, height: 600 });
      await other.bringToFront();
      await popup.goto(`chrome-extension://${browser().extensionId}/popup.html`);
      await popup.getByRole('switch', { name: 'Guard on Messenger' }).waitFor();
      // The popup asks the tab for its chat and waits at most 1.5 s for an answer; an error
      // would be logged when the refusal comes back. Nothing shows that moment, so give it time.
      await popup.getByText('Open one of these sites to guard a chat from here.').waitFor();
      await popup.waitForTimeout(2000);
      expect(logged, url).toEqual([]);
      await popup.close();
      await other.close();
    }
  });
});
