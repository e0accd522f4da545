// The Instagram DMs replica behaves like the real site (dom-notes-more-sites §1), with no
// extension loaded. If the replica drifts from the notes, these fail, so extension tests never
// pass against a toy.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPLICA_URLS } from '../practice/routes';
import { useBrowser, useTab } from './harness/fixture';
import {
  commitImeWithEnter,
  composer,
  draftText,
  gotoSite,
  outgoingBubbles,
  replicaHook,
  SEND_CONTROL,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: false });
const tab = useTab(browser);
const SITE = 'instagram';
const MUM = 'https://www.instagram.com/direct/t/340282366841710302/';
const JORDAN = 'https://www.instagram.com/direct/t/340282366841710304/';
let page: Page;

const open = async (options: { query?: string; url?: string } = {}) => {
  page = tab();
  await gotoSite(page, SITE, options);
  return page;
};
const tools = () => page.locator('[data-pagelet="IGDComposerForCannes"] [role="button"]');
const toolLabels = () =>
  tools().evaluateAll((els) =>
    els.map((el) => el.querySelector('svg')?.getAttribute('aria-label') ?? el.textContent),
  );

describe('Instagram replica composer', () => {
  it('is a Lexical textbox inside the composer pagelet, labelled as the notes say', async () => {
    await open();
    const shape = await composer(page, SITE).evaluate((el) => ({
      role: el.getAttribute('role'),
      lexical: el.getAttribute('data-lexical-editor'),
      label: el.getAttribute('aria-label'),
      placeholder: el.getAttribute('aria-placeholder'),
      // Lexical keeps its editor on the root element: proof it is the real library.
      hasEditor: '__lexicalEditor' in el,
      inList: el.closest('[data-pagelet="IGDMessagesList"]') !== null,
    }));
    expect(shape).toEqual({
      role: 'textbox',
      lexical: 'true',
      label: 'Message',
      placeholder: 'Message...',
      hasEditor: true,
      inList: false,
    });
  });

  it('shows voice clip, photo and like while empty, and only "Send" once there is text', async () => {
    await open();
    expect(await toolLabels()).toEqual([
      'Choose an emoji',
      'Voice Clip',
      'Add Photo or Video',
      'Like',
    ]);
    await typeDraft(page, SITE, '   ');
    expect(await page.locator(SEND_CONTROL[SITE]).count()).toBe(0);
    await page.keyboard.type('hi');
    expect(await toolLabels()).toEqual(['Choose an emoji', 'Send']);
    expect(await page.locator(SEND_CONTROL[SITE]).textContent()).toBe('Send');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    expect(await page.locator(SEND_CONTROL[SITE]).count()).toBe(0);
  });

  it('sends the exact text on Enter, adds an outgoing row and empties the composer', async () => {
    await open();
    await typeDraft(page, SITE, 'See you at the Station at 6, OK?');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['See you at the Station at 6, OK?']);
    expect(await draftText(page, SITE)).toBe('');
    expect((await outgoingBubbles(page, SITE)).at(-1)).toBe('See you at the Station at 6, OK?');
  });

  it('Shift+Enter makes a line break; multi-line text with emoji is sent with "Send"', async () => {
    await open();
    const text = 'Line one 👋\n\nline three ❤️';
    await typeDraft(page, SITE, text);
    expect(await draftText(page, SITE)).toBe(text);
    expect(await sentMessages(page)).toEqual([]);
    await page.locator(SEND_CONTROL[SITE]).click();
    await expect.poll(() => sentMessages(page)).toEqual([text]);
  });

  it('does not send when Enter only ends an IME composition', async () => {
    await open();
    await composer(page, SITE).click();
    await commitImeWithEnter(page, 'ありがとう');
    expect(await draftText(page, SITE)).toBe('ありがとう');
    expect(await sentMessages(page)).toEqual([]);
  });

  it('takes a synthetic Enter too, as Lexical does (§1.2: scripts send that way)', async () => {
    await open();
    await typeDraft(page, SITE, 'typed');
    await composer(page, SITE).evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
      ),
    );
    await expect.poll(() => sentMessages(page)).toEqual(['typed']);
  });
});

describe('Instagram replica page', () => {
  it('has no direction attribute: incoming rows carry the avatar link only at the end of a run, and alignment tells the rest', async () => {
    await open();
    const rows = page.locator('[data-pagelet="IGDMessagesList"] div[role="group"]');
    const shape = await rows.evaluateAll((els) =>
      els.map((el) => ({
        avatar: el.querySelector('a[aria-label^="Open the profile page of"] img') !== null,
        justify: getComputedStyle(el.firstElementChild!).justifyContent,
        text: el.querySelector('span[dir="auto"] > div[dir="auto"]')?.textContent,
      })),
    );
    expect(shape).toEqual([
      { avatar: false, justify: 'flex-start', text: 'I left your hoodie with Priya' },
      { avatar: true, justify: 'flex-start', text: 'pick it up whenever' },
      { avatar: false, justify: 'flex-end', text: 'ok thanks' },
      {
        avatar: true,
        justify: 'flex-start',
        text: "I don't think talking is a good idea right now.",
      },
      { avatar: false, justify: 'flex-end', text: 'I get it' },
      { avatar: false, justify: 'flex-end', text: 'I just miss how things were' },
      { avatar: false, justify: 'flex-end', text: 'are you awake?' },
    ]);
    const scroller = await page
      .locator('[data-pagelet="IGDMessagesList"] > div')
      .evaluate((el) => ({ flow: getComputedStyle(el).flexDirection, top: el.scrollTop }));
    expect(scroller).toEqual({ flow: 'column-reverse', top: 0 });
    expect(await page.locator('h2 span[title]').getAttribute('title')).toBe('Alex Morgan');
    expect(await page.title()).toBe('Instagram');
    await replicaHook(page, 'receive', 'See you there');
    const last = rows.last();
    expect(await last.locator('a[aria-label="Open the profile page of alex.morgan"]').count()).toBe(
      1,
    );
  });

  it('renders only the newest rows of a long thread', async () => {
    await open({ url: JORDAN });
    expect(await replicaHook<number>(page, 'messageCount')).toBe(40);
    expect(await page.locator('[data-pagelet="IGDMessagesList"] div[role="group"]').count()).toBe(
      25,
    );
  });

  it('replaces the thread and its composer when another is opened, and pushes the URL', async () => {
    await open();
    const oldBox = await composer(page, SITE).elementHandle();
    await page.locator('[aria-label="Thread list"] [role="button"]', { hasText: 'Mum' }).click();
    await expect.poll(() => page.url()).toBe(MUM);
    expect(await oldBox!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator('h2 span[title]').getAttribute('title')).toBe('Mum');
    await typeDraft(page, SITE, 'Lunch sounds GOOD');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Lunch sounds GOOD']);
    expect(await replicaHook<string[]>(page, 'sentIn', '340282366841710301')).toEqual([]);
    await page.goBack();
    await expect
      .poll(() => page.locator('h2 span[title]').getAttribute('title'))
      .toBe('Alex Morgan');
    await composer(page, SITE).waitFor();
  });

  it('moves to the feed and back without a reload; the feed has no composer, only a comment box', async () => {
    await open();
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await page.locator('a[href="/"]').click();
    await expect.poll(() => page.url()).toBe('https://www.instagram.com/');
    expect(await composer(page, SITE).count()).toBe(0);
    await page.locator('textarea[aria-label="Add a comment…"]').click();
    await page.keyboard.type('so pretty');
    await page.keyboard.press('Enter');
    expect(await replicaHook<unknown[]>(page, 'decoyEvents')).toEqual([
      { kind: 'comment', text: 'so pretty' },
    ]);
    await page.locator('a[href="/direct/inbox/"]').click();
    await expect.poll(() => page.url()).toBe('https://www.instagram.com/direct/inbox/');
    expect(await composer(page, SITE).count()).toBe(0);
    await page.locator('[aria-label="Thread list"] [role="button"]', { hasText: 'Alex' }).click();
    await composer(page, SITE).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(1);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('has a search field and the new-message queryBox (decoys) that never send', async () => {
    await open();
    await page.locator('a[href="#"]').click();
    await page.locator('input[aria-label="Search input"]').fill('priya');
    await page.keyboard.press('Enter');
    await page.locator('svg[aria-label="New message"]').click();
    await page.locator('input[name="queryBox"]').fill('jordan');
    await page.keyboard.press('Enter');
    expect(await replicaHook<unknown[]>(page, 'decoyEvents')).toEqual([
      { kind: 'search', text: 'priya' },
      { kind: 'query', text: 'jordan' },
    ]);
    expect(await sentMessages(page)).toEqual([]);
  });
});

describe('Instagram replica rollout variants', () => {
  it('changed=composer: both pagelets renamed and the editor relabelled, and it still sends', async () => {
    page = tab();
    const url = new URL(REPLICA_URLS[SITE]);
    url.search = 'changed=composer';
    await page.goto(url.toString());
    const box = page.locator('[role="textbox"][data-lexical-editor="true"]');
    await box.waitFor();
    expect(
      await page
        .locator('[data-pagelet^="IGDComposerForCannes"], [data-pagelet="IGDMessagesList"]')
        .count(),
    ).toBe(0);
    expect(await box.getAttribute('aria-placeholder')).toBe('Write a message…');
    await box.click();
    await page.keyboard.type('still works');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['still works']);
  });

  it('changed=send: the send control is an icon no send word names, and still sends', async () => {
    await open({ query: 'changed=send' });
    await typeDraft(page, SITE, 'via button');
    expect(await toolLabels()).toEqual(['Choose an emoji', 'Share now']);
    await page.locator('.ig-send').click();
    await expect.poll(() => sentMessages(page)).toEqual(['via button']);
  });

  it('keeps every request on the machine', () => {
    expect(browser().routing.blocked).toEqual([]);
  });
});
