// The add-on as a whole in a real Firefox: the care variant for a draft that sounds like a
// crisis, a site switched off from the options page (a real click on its switch) stops the
// guard live, the popup and options page load at moz-extension://<uuid>/ and show the counts
// this session made, and a reload of the add-on under an open dialog leaves the page usable.
// Firefox never shows the toolbar popup to WebDriver, so the popup is loaded in a tab of the
// toolbar popup's size, over the chat tab, as the Chromium suite does.
// Screenshots of the dialog and the popup go to .output/firefox-screenshots/ (and, with
// FIREFOX_SCREENSHOTS=docs, to docs/screenshots/ for the README).
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnsentNote } from '../../src/messaging/protocol';
import { RULE_LABELS } from '../../src/ui/rule-text';
import { OVERLAY_HOST } from '../e2e/harness/in-page';
import { COMPOSER } from '../e2e/harness/sites';
import { settingsFromStorage, TEXT_ONLY_SETTINGS } from '../e2e/harness/stored';
import {
  clearStorage,
  openOptions,
  openPopup,
  outcomeTotals,
  readStorage,
  reloadAddon,
  setSettings,
} from './harness/extension-pages';
import { useFirefox } from './harness/fixture';
import {
  chipText,
  clickDialogButton,
  composerHasFocus,
  dialogState,
  draftText,
  gotoSite,
  sentMessages,
  typeDraft,
  WAIT,
  waitForChip,
  waitForDialog,
  waitForNoDialog,
} from './harness/guard';

const RISKY = "please come back, I'll do anything";
const CRISIS = 'I just want to die, there is no point anymore';
const SAFE = 'the boxes are by the door';
const SHOTS =
  process.env.FIREFOX_SCREENSHOTS === 'docs' ? 'docs/screenshots' : '.output/firefox-screenshots';

const firefox = useFirefox();

beforeAll(async () => {
  await clearStorage(firefox());
  await setSettings(firefox(), { ...TEXT_ONLY_SETTINGS, pauseSeconds: 0 });
});

async function openSite(site: 'whatsapp' | 'messenger', query = ''): Promise<Page> {
  const page = await firefox().newTab();
  await gotoSite(page, site, query);
  return page;
}

const overlayCount = (page: Page) =>
  page.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_HOST);

async function holdWithEnter(page: Page, site: 'whatsapp' | 'messenger', text: string) {
  await typeDraft(page, site, text);
  await waitForChip(page);
  await page.keyboard.press('Enter');
  return waitForDialog(page);
}

describe.each(['whatsapp', 'messenger'] as const)('Firefox add-on on %s', (site) => {
  it('care variant: leads with where to find support, and the person still decides', async () => {
    const page = await openSite(site, site === 'whatsapp' ? 'chat=jordan' : '');
    await typeDraft(page, site, CRISIS);
    await expect.poll(() => chipText(page), WAIT).toMatch(/support/);
    await page.keyboard.press('Enter');
    const dialog = await waitForDialog(page);
    expect(await sentMessages(page)).toEqual([]);
    expect(dialog.title).toBe("You don't have to carry this alone");
    expect(dialog.buttons.map((b) => b.name)).toEqual([
      'Keep editing',
      'Save as unsent note',
      'Send anyway',
    ]);
    await clickDialogButton(page, 'Send anyway');
    await expect.poll(() => sentMessages(page), WAIT).toEqual([CRISIS]);
    await waitForNoDialog(page);
    await page.close();
  });

  it('switched off with its switch in the options page: the open tab stops guarding, and back on', async () => {
    const page = await openSite(site);
    await typeDraft(page, site, RISKY);
    await waitForChip(page);
    const options = await openOptions(firefox());
    const toggle = `#site-${site}`;
    await options.waitForSelector(toggle, { visible: true });
    expect(await options.$eval(toggle, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await options.click(toggle);
    await expect
      .poll(async () => settingsFromStorage((await readStorage(firefox())).settings).sites, WAIT)
      .toMatchObject({ [site]: false });
    // The open tab follows through storage.onChanged: the chip goes and Enter sends.
    await expect.poll(() => chipText(page), WAIT).toBe('');
    await page.bringToFront();
    await page.click(COMPOSER[site]);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page), WAIT).toEqual([RISKY]);
    expect(await dialogState(page)).toBeNull();

    await options.click(toggle);
    await expect
      .poll(async () => settingsFromStorage((await readStorage(firefox())).settings).sites, WAIT)
      .toMatchObject({ [site]: true });
    await holdWithEnter(page, site, RISKY);
    expect(await sentMessages(page)).toEqual([RISKY]);
    await clickDialogButton(page, 'Keep editing');
    await waitForNoDialog(page);
    await Promise.all([options.close(), page.close()]);
  });
});

describe('Firefox popup and options page', () => {
  it('show the counts this session made, and the unsent note', async () => {
    await clearStorage(firefox());
    await setSettings(firefox(), { ...TEXT_ONLY_SETTINGS, pauseSeconds: 0 });
    const page = await openSite('whatsapp');
    // Two risky drafts and a safe send. The first is saved as a note. The second is kept for
    // editing, then sent anyway from a second pause: one draft, which ended sent anyway.
    await holdWithEnter(page, 'whatsapp', RISKY);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/firefox-dialog.png` });
    await clickDialogButton(page, 'Save as unsent note');
    await waitForNoDialog(page);
    await holdWithEnter(page, 'whatsapp', RISKY);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    await page.click(COMPOSER.whatsapp);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await clickDialogButton(page, 'Send anyway');
    await expect.poll(() => sentMessages(page), WAIT).toEqual([RISKY]);
    // The dialog stays until the guard has seen the composer empty; keys typed before it
    // closes go to the dialog, not to the composer, as they would for a person.
    await waitForNoDialog(page);
    await expect.poll(() => draftText(page, 'whatsapp'), WAIT).toBe('');
    await typeDraft(page, 'whatsapp', SAFE);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page), WAIT).toEqual([RISKY, SAFE]);
    await expect
      .poll(async () => outcomeTotals(firefox()), WAIT)
      .toMatchObject({
        paused: 2,
        noticed: 2,
        'saved-note': 1,
        'kept-editing': 0,
        'sent-anyway': 1,
      });

    const popup = await openPopup(firefox(), page);
    await popup.waitForSelector('table.stats tbody tr');
    const table = await popup.$$eval('table.stats tbody tr', (rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
          Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? ''),
        ]),
      ),
    );
    const all = (n: number) => [String(n), String(n), String(n)];
    expect(table).toEqual({
      'Risky drafts': all(2), // each draft once, however often it warned or paused
      'Paused before sending': all(2),
      Reconsidered: all(1),
      'Sent anyway': all(1),
      'Pauses reconsidered': ['50%', '50%', '50%'],
    });
    // Over the WhatsApp tab, the popup offers to guard this chat (it reached the content script).
    expect(await popup.evaluate(() => document.body.textContent)).toMatch(/Guard this chat/);
    // The popup fits its content: nothing scrolls sideways at the toolbar popup's width.
    expect(
      await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png`, fullPage: true });

    const options = await openOptions(firefox());
    await options.waitForSelector('#notes .note');
    const notes = await options.$$eval('#notes .note .note__text', (els) =>
      els.map((el) => el.textContent),
    );
    expect(notes).toEqual([RISKY]);
    expect(
      await options.$$eval('#notes .note .tag', (els) => els.map((e) => e.textContent)),
    ).toEqual([RULE_LABELS.begging.name]);
    const stored = (await readStorage(firefox())).notes as UnsentNote[];
    expect(stored.map((n) => n.text)).toEqual([RISKY]);
    // The toolbar button (browserAction in Firefox's MV2 build) counts the note not yet looked at.
    const badge = () =>
      options.evaluate(() =>
        (
          globalThis as unknown as {
            browser: { browserAction: { getBadgeText(d: object): Promise<string> } };
          }
        ).browser.browserAction.getBadgeText({}),
      );
    await expect.poll(badge, WAIT).toBe('1');
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

// Unlike Chrome, where the copy of the content script left in the tab notices it is orphaned
// and steps aside (tests/e2e/context-invalidated.test.ts), Firefox stops the old copy's code
// without a word and injects the new add-on's copy into the open tab. The dialog the old copy
// had open must not stay behind (it covered the page, held focus and no longer answered): the
// new copy clears it, and then guards the tab itself.
describe('Firefox, the add-on reloaded under an open dialog', () => {
  it.each(['whatsapp', 'messenger'] as const)(
    '%s: the dead dialog goes by itself, the text stays, and the next send is guarded again',
    async (site) => {
      await setSettings(firefox(), { ...TEXT_ONLY_SETTINGS, pauseSeconds: 0 });
      const page = await openSite(site);
      await holdWithEnter(page, site, RISKY);
      await reloadAddon(firefox());
      const before = await outcomeTotals(firefox());

      // No one touches the page: the old dialog goes, and with it the focus it held.
      await expect.poll(() => dialogState(page), WAIT).toBeNull();
      expect(await overlayCount(page)).toBeLessThanOrEqual(1);
      expect(await draftText(page, site)).toBe(RISKY);
      await page.click(COMPOSER[site]);
      expect(await composerHasFocus(page, site)).toBe(true);

      // The new copy guards the tab: Enter is held, and Send anyway sends exactly once.
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      expect(await sentMessages(page)).toEqual([]);
      await clickDialogButton(page, 'Send anyway');
      await expect.poll(() => sentMessages(page), WAIT).toEqual([RISKY]);
      await waitForNoDialog(page);
      expect(await overlayCount(page)).toBe(1);
      // The reloaded background counted it.
      await expect
        .poll(async () => (await outcomeTotals(firefox()))['sent-anyway'], WAIT)
        .toBe(before['sent-anyway'] + 1);
      expect(await sentMessages(page)).toEqual([RISKY]);
      await page.close();
    },
  );

  it('nothing left the machine', () => {
    expect(firefox().blocked).toEqual([]);
  });
});
