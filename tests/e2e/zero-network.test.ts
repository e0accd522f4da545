// Zero network from any extension context (and, on the way, message text stored only in notes). The whole flow runs (warning, pause, save as unsent
// note, send anyway, keep editing on the other site, popup and options pages) while three watchers
// record every request: the context-wide request log (which aborts anything bound off the
// machine), the DevTools Network domain of every tab, and the same domain inside the extension's
// service worker. Afterwards each request must be the replica's own page and assets or one of the
// extension's own packaged files. A final probe from an extension page shows the watchers see.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLICA_URLS } from '../practice/routes';
import { useBrowser } from './harness/fixture';
import {
  clickDialogButton,
  setSettings,
  storedNotes,
  TEXT_ONLY_SETTINGS,
  waitForDialog,
  waitForNoDialog,
  waitForSendAnywayEnabled,
} from './harness/guard';
import {
  type NetworkWatch,
  type SeenRequest,
  watchPage,
  watchServiceWorker,
} from './harness/network';
import { draftText, gotoSite, type Site, sentMessages, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true });
const RISKY = 'I miss you so much, please come back to me';
const watches: NetworkWatch[] = [];

/** A URL the flow may request: the replicas' documents and assets, or our own packaged files. */
function allowed(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'chrome-extension:') {
    if (parsed.host === browser().extensionId) return true;
    // The guard chunk, imported by the content scripts under Chrome's per-session URL for
    // web-accessible files (use_dynamic_url): a UUID host instead of the extension id.
    return (
      /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(parsed.host) &&
      parsed.pathname === '/guard-chunk.js'
    );
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  const replicaHosts = Object.values(REPLICA_URLS).map((u) => new URL(u).host);
  if (!replicaHosts.includes(parsed.host)) return false;
  // The replica document, its bundled assets, or the favicon the browser itself asks for.
  return (
    parsed.pathname.includes('/__practice/') ||
    parsed.pathname === '/favicon.ico' ||
    Object.values(REPLICA_URLS).some((u) => new URL(u).pathname === parsed.pathname)
  );
}

async function watchedTab(where: string): Promise<Page> {
  const page = await browser().context.newPage();
  watches.push(await watchPage(page, where));
  return page;
}

function everythingSeen(): SeenRequest[] {
  const fromContext = browser().routing.requests.map((r) => ({
    url: r.url,
    where: `context (${r.initiator ?? 'unknown'})`,
  }));
  return [...fromContext, ...watches.flatMap((w) => w.seen)];
}

beforeAll(async () => {
  browser().routing.requests.length = 0;
  browser().routing.blocked.length = 0;
  watches.push(await watchServiceWorker(browser().context, browser().extensionId!));
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

afterAll(async () => {
  for (const watch of watches) await watch.stop().catch(() => undefined);
});

async function holdRisky(page: Page, site: Site): Promise<void> {
  await gotoSite(page, site);
  await typeDraft(page, site, RISKY);
  await page.keyboard.press('Enter');
  await waitForDialog(page);
}

describe('no request leaves the machine while the extension works', () => {
  it('through the whole flow, on every site and in popup and options', async () => {
    const whatsapp = await watchedTab('whatsapp tab');
    await holdRisky(whatsapp, 'whatsapp');
    await clickDialogButton(whatsapp, 'Save as unsent note');
    await expect
      .poll(async () => (await storedNotes(browser())).map((n) => n.text))
      .toEqual([RISKY]);
    await waitForNoDialog(whatsapp);
    await expect.poll(() => draftText(whatsapp, 'whatsapp')).toBe('');

    await typeDraft(whatsapp, 'whatsapp', RISKY);
    await whatsapp.keyboard.press('Enter');
    await waitForDialog(whatsapp);
    await waitForSendAnywayEnabled(whatsapp);
    await clickDialogButton(whatsapp, 'Send anyway');
    await expect.poll(() => sentMessages(whatsapp)).toEqual([RISKY]);

    const messenger = await watchedTab('messenger tab');
    await holdRisky(messenger, 'messenger');
    await clickDialogButton(messenger, 'Keep editing');
    await waitForNoDialog(messenger);
    expect(await draftText(messenger, 'messenger')).toBe(RISKY);

    const googleMessages = await watchedTab('google messages tab');
    await holdRisky(googleMessages, 'google-messages');
    await waitForSendAnywayEnabled(googleMessages);
    await clickDialogButton(googleMessages, 'Send anyway');
    await expect.poll(() => sentMessages(googleMessages)).toEqual([RISKY]);

    const instagram = await watchedTab('instagram tab');
    await holdRisky(instagram, 'instagram');
    await waitForSendAnywayEnabled(instagram);
    await clickDialogButton(instagram, 'Send anyway');
    await expect.poll(() => sentMessages(instagram)).toEqual([RISKY]);
    const telegram = await watchedTab('telegram tab');
    await holdRisky(telegram, 'telegram');
    await clickDialogButton(telegram, 'Keep editing');
    await waitForNoDialog(telegram);
    expect(await draftText(telegram, 'telegram')).toBe(RISKY);

    const base = `chrome-extension://${browser().extensionId}`;
    const popup = await watchedTab('popup');
    await popup.goto(`${base}/popup.html`);
    await popup.getByText('Guard active on WhatsApp Web').waitFor();
    const options = await watchedTab('options');
    await options.goto(`${base}/options.html`);
    await options.getByRole('list', { name: 'Unsent notes' }).getByText(RISKY).waitFor();

    // Message text is stored only in the unsent note, and chat names nowhere (none was listed).
    const chatName = await whatsapp.getAttribute('#main header span[title]', 'title');
    expect(chatName).toBeTruthy();
    const stored = await browser().serviceWorker!.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    const { notes, ...rest } = stored.local;
    expect(JSON.stringify(notes)).toContain(RISKY);
    for (const secret of ['miss you', 'come back', chatName!]) {
      expect(JSON.stringify({ ...stored, local: rest })).not.toContain(secret);
    }

    const seen = everythingSeen();
    // The watchers did watch: each tab's own document is in the log.
    for (const url of [
      REPLICA_URLS.whatsapp,
      REPLICA_URLS.messenger,
      REPLICA_URLS['google-messages'],
      REPLICA_URLS.instagram,
      REPLICA_URLS.telegram.replace(/#.*$/, ''), // a request's address has no #fragment
      `${base}/popup.html`,
    ]) {
      expect(seen.some((r) => r.url === url)).toBe(true);
    }
    expect(seen.filter((r) => !allowed(r.url))).toEqual([]);
    expect(browser().routing.blocked).toEqual([]);
    for (const page of [whatsapp, messenger, googleMessages, instagram, popup, options]) {
      await page.close();
    }
    for (const page of [whatsapp, messenger, googleMessages, telegram, popup, options])
      await page.close();
  });

  it('would have seen a request from an extension page or the service worker', async () => {
    const popup = await watchedTab('popup probe');
    await popup.goto(`chrome-extension://${browser().extensionId}/popup.html`);
    await popup.evaluate(() => fetch('https://example.invalid/from-page').catch(() => null));
    await browser().serviceWorker!.evaluate(() =>
      fetch('https://example.invalid/from-worker').catch(() => null),
    );
    await expect
      .poll(() =>
        everythingSeen()
          .filter((r) => !allowed(r.url))
          .map((r) => `${r.where}: ${r.url}`)
          .sort(),
      )
      .toEqual(
        expect.arrayContaining([
          'popup probe: https://example.invalid/from-page',
          'service worker: https://example.invalid/from-worker',
          expect.stringMatching(/^context \(chrome-extension:.*from-page$/),
          expect.stringMatching(/^context \(chrome-extension:.*from-worker$/),
        ]),
      );
    expect(
      browser()
        .routing.blocked.map((r) => r.url)
        .sort(),
    ).toEqual(['https://example.invalid/from-page', 'https://example.invalid/from-worker']);
    await popup.close();
  });
});
