// Where the guard acts on Instagram and where it must stay out (dom-notes-more-sites §1.1, §1.5):
// the search field, the new-message queryBox and a post's comment box are left alone; the
// content script starts on the feed (the whole origin) and guards the DMs reached from there by
// pushState; thread switches replace the composer and keep it guarded; a dialog open when the
// thread changes closes with nothing sent. Risky text everywhere, so a guard in the wrong place
// would show itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useTab } from './harness/fixture';
import { readGuard } from './harness/guard-context';
import {
  composer,
  draftText,
  gotoSite,
  replicaHook,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: true });
const tab = useTab(browser);

const RISKY = 'please just talk to me, I am begging you';
const SAFE = 'ok see you then';
const ALEX = '340282366841710301';
const MUM = '340282366841710302';
const THREAD_LIST = '[aria-label="Thread list"] [role="button"]';

async function expectChip(page: Page): Promise<void> {
  await expect.poll(async () => (await readGuard(page)).chip).toMatch(/^Second thought:/);
}

async function expectNoGuardUi(page: Page): Promise<void> {
  // The chip is debounced; give it time to appear if the guard (wrongly) watched this field.
  await page.waitForTimeout(400);
  expect(await readGuard(page)).toEqual({ chip: null, dialog: null });
}

const dialogTitle = async (page: Page) => (await readGuard(page)).dialog?.title ?? null;

describe('Instagram: decoy editors are left alone', () => {
  it('the search field and the new-message queryBox take risky text with no chip and no dialog', async () => {
    const page = tab();
    await gotoSite(page, 'instagram');
    await page.locator('a[href="#"]').click();
    await page.locator('input[aria-label="Search input"]').click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    await page.locator('svg[aria-label="New message"]').click();
    await page.locator('input[name="queryBox"]').click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    expect(await replicaHook<unknown[]>(page, 'decoyEvents')).toEqual([
      { kind: 'search', text: RISKY },
      { kind: 'query', text: RISKY },
    ]);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('a comment box on the feed posts risky text untouched, off /direct/', async () => {
    const page = tab();
    await page.goto('https://www.instagram.com/');
    await page.locator('textarea[aria-label="Add a comment…"]').click();
    await page.keyboard.type(RISKY);
    await expectNoGuardUi(page);
    await page.keyboard.press('Enter');
    expect(await replicaHook<unknown[]>(page, 'decoyEvents')).toEqual([
      { kind: 'comment', text: RISKY },
    ]);
  });
});

describe('Instagram: chat switches and SPA navigation', () => {
  it('from the feed to the inbox to a thread by pushState: the composer is found and guarded', async () => {
    const page = tab();
    await page.goto('https://www.instagram.com/');
    await page.locator('textarea[aria-label="Add a comment…"]').waitFor();
    await page.locator('a[href="/direct/inbox/"]').click();
    await page.locator(THREAD_LIST, { hasText: 'Mum' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/direct/t/${MUM}/`);
    await typeDraft(page, 'instagram', SAFE);
    await page.keyboard.press('Enter');
    await expect.poll(() => replicaHook<string[]>(page, 'sentIn', MUM)).toEqual([SAFE]);
    await typeDraft(page, 'instagram', RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', MUM)).toEqual([SAFE]);
    expect(await draftText(page, 'instagram')).toBe(RISKY);
  });

  it('after switching thread the new composer is guarded; a chip for one thread goes when another opens', async () => {
    const page = tab();
    await gotoSite(page, 'instagram');
    const before = await composer(page, 'instagram').elementHandle();
    await typeDraft(page, 'instagram', RISKY);
    await expectChip(page);
    await page.locator(THREAD_LIST, { hasText: 'Mum' }).click();
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    await expect.poll(async () => (await readGuard(page)).chip).toBeNull();
    await typeDraft(page, 'instagram', RISKY);
    await expectChip(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', MUM)).toEqual([]);
    expect(await replicaHook<string[]>(page, 'sentIn', ALEX)).toEqual([]);
  });

  it('a dialog open when the thread changes (history back) closes, and nothing is sent', async () => {
    const page = tab();
    await gotoSite(page, 'instagram');
    await page.locator(THREAD_LIST, { hasText: 'Mum' }).click();
    await typeDraft(page, 'instagram', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/direct/t/${ALEX}/`);
    await expect.poll(async () => (await readGuard(page)).dialog).toBeNull();
    expect(await replicaHook<string[]>(page, 'sentIn', MUM)).toEqual([]);
    expect(await replicaHook<string[]>(page, 'sentIn', ALEX)).toEqual([]);
    // The thread now open is guarded too.
    await typeDraft(page, 'instagram', RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogTitle(page)).toBeTruthy();
    expect(await replicaHook<string[]>(page, 'sentIn', ALEX)).toEqual([]);
  });
});
