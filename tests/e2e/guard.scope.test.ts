// Which chats the guard acts in, changed while the tab is open (no reload): a site switched off
// in settings, the "listed chats" mode, and chats left alone. Settings are written through the extension's own
// storage from its service worker, as the popup and options page do.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import { readGuard, writeSettings } from './harness/guard-context';
import { gotoSite, replicaHook, type Site, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

const RISKY = 'please just talk to me, I am begging you';
const JORDAN_LEE = 'https://www.facebook.com/messages/t/100071234567890/';
const ALEX_MORGAN_SMS = 'https://messages.google.com/web/conversations/1001';
const ALEX_MORGAN_DM = 'https://www.instagram.com/direct/t/340282366841710301/';
const ALEX_MORGAN_TELEGRAM = 'https://web.telegram.org/a/#1001';

async function open(site: Site, options: { query?: string; url?: string }): Promise<Page> {
  const page = tab();
  await gotoSite(page, site, options);
  return page;
}

const chip = async (page: Page) => (await readGuard(page)).chip;
const dialogTitle = async (page: Page) => (await readGuard(page)).dialog?.title ?? null;

describe('a site switched off in settings', () => {
  for (const [site, options] of [
    ['whatsapp', { query: 'chat=jordan' }],
    ['messenger', { url: JORDAN_LEE }],
    ['google-messages', { url: ALEX_MORGAN_SMS }],
    ['instagram', { url: ALEX_MORGAN_DM }],
    ['telegram', { url: ALEX_MORGAN_TELEGRAM }],
  ] as const) {
    it(`${site}: stops the guard live in the open tab, and switching it back on re-arms it`, async () => {
      await writeSettings(browser());
      const page = await open(site, options);
      await typeDraft(page, site, RISKY);
      await expect.poll(() => chip(page)).toMatch(/^Second thought:/);

      await writeSettings(browser(), (s) => ({ ...s, sites: { ...s.sites, [site]: false } }));
      await expect.poll(() => chip(page)).toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await dialogTitle(page)).toBeNull();

      await writeSettings(browser());
      await typeDraft(page, site, RISKY);
      await expect.poll(() => chip(page)).toMatch(/^Second thought:/);
      await page.keyboard.press('Enter');
      await expect.poll(() => dialogTitle(page)).toBeTruthy();
      expect(await sentMessages(page)).toEqual([RISKY]);
    });
  }

  it('switching one site off leaves the other guarded', async () => {
    await writeSettings(browser(), (s) => ({
      ...s,
      sites: { ...s.sites, whatsapp: false },
    }));
    const page = await open('messenger', { url: JORDAN_LEE });
    await typeDraft(page, 'messenger', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('snooze', () => {
  it('a snoozed guard lets risky text through; when the snooze ends it guards again', async () => {
    await writeSettings(browser(), (s) => ({ ...s, snoozeUntil: Date.now() + 60 * 60 * 1000 }));
    const page = await open('whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
    expect(await readGuard(page)).toEqual({ chip: null, dialog: null });

    await writeSettings(browser(), (s) => ({ ...s, snoozeUntil: Date.now() - 1000 }));
    await typeDraft(page, 'whatsapp', RISKY);
    await expect.poll(() => chip(page)).toMatch(/^Second thought:/);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await sentMessages(page)).toEqual([RISKY]);
  });
});

describe('guard mode "listed chats"', () => {
  it('WhatsApp: only listed chats are guarded; the others send freely', async () => {
    await writeSettings(browser(), (s) => ({
      ...s,
      guardMode: 'listed',
      // Listed as the person typed it: case and spacing differ from the header.
      guardedChats: [{ site: 'whatsapp', title: '  mum ' }],
    }));
    const page = await open('whatsapp', { query: 'chat=jordan' });
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => replicaHook<string[]>(page, 'sentIn', 'jordan')).toEqual([RISKY]);
    expect(await readGuard(page)).toEqual({ chip: null, dialog: null });

    await page.locator('#side [role=listitem]', { hasText: 'Mum' }).click();
    await typeDraft(page, 'whatsapp', RISKY);
    await expect.poll(() => chip(page)).toMatch(/^Second thought:/);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', 'mum')).toEqual([]);
  });

  it('Messenger: a chat listed for another site is not guarded here', async () => {
    await writeSettings(browser(), (s) => ({
      ...s,
      guardMode: 'listed',
      guardedChats: [
        { site: 'whatsapp', title: 'Jordan Lee' },
        { site: 'messenger', title: 'Weekend hikers' },
      ],
    }));
    const page = await open('messenger', { url: JORDAN_LEE });
    await typeDraft(page, 'messenger', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
    expect(await readGuard(page)).toEqual({ chip: null, dialog: null });

    await page.locator('[role=navigation] a[role=link]', { hasText: 'Weekend hikers' }).click();
    await typeDraft(page, 'messenger', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('chats left alone ("Don\'t guard this chat")', () => {
  for (const [site, options, title, other] of [
    ['whatsapp', { query: 'chat=jordan' }, ' JORDAN ', 'Mum'],
    ['messenger', { url: JORDAN_LEE }, 'jordan  lee', 'Weekend hikers'],
    ['google-messages', { url: ALEX_MORGAN_SMS }, ' alex MORGAN', 'Mum'],
    ['instagram', { url: ALEX_MORGAN_DM }, 'Alex  morgan ', 'Mum'],
    ['telegram', { url: ALEX_MORGAN_TELEGRAM }, 'alex  morgan ', 'Mum'],
  ] as const) {
    it(`${site}: a risky draft goes out at once there; other chats stay guarded in "all" mode`, async () => {
      await writeSettings(browser(), (s) => ({
        ...s,
        // Named as the person might have typed it: case and spacing differ from the header.
        unguardedChats: [{ site, title }],
      }));
      const page = await open(site, options);
      const list = {
        whatsapp: '#side [role=listitem]',
        messenger: '[role=navigation] a[role=link]',
        'google-messages': 'mws-conversation-list-item a',
        instagram: '[aria-label="Thread list"] [role="button"]',
        telegram: '#LeftColumn .ListItem a',
      }[site];
      const back = {
        whatsapp: 'Jordan',
        messenger: 'Jordan Lee',
        'google-messages': 'Alex Morgan',
        instagram: 'Alex Morgan',
        telegram: 'Alex Morgan',
      }[site];
      // Another chat first: it is guarded (so the guard is known to be running in this tab).
      await page.locator(list, { hasText: other }).click();
      await typeDraft(page, site, RISKY);
      await expect.poll(() => chip(page)).toMatch(/^Second thought:/);
      await page.keyboard.press('Enter');
      await expect.poll(() => dialogTitle(page)).toBeTruthy();
      expect(await sentMessages(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialogTitle(page)).toBeNull();

      // The chat left alone: no chip, no dialog, the risky draft goes out at once.
      await page.locator(list, { hasText: back }).first().click();
      await typeDraft(page, site, RISKY);
      await page.waitForTimeout(400); // past the live check's debounce: no chip comes
      expect(await chip(page)).toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      expect(await dialogTitle(page)).toBeNull();
    });
  }
});
