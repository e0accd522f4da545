// The add-on's own pages in Firefox (popup and options opened as tabs at moz-extension://<uuid>/)
// and its storage, read and written from one of those pages: WebDriver BiDi gives no handle on
// the background page, and an extension page shares its storage.
import type { Page } from 'puppeteer-core';
import type { Counters } from '../../../src/storage/counters-schema';
import type { Settings } from '../../../src/storage/settings-schema';
import {
  changedSettings,
  type DeepPartial,
  settingsFromStorage,
  settingsItems,
  totalsByKind,
} from '../../e2e/harness/stored';
import type { FirefoxSession } from './browser';

type StoredItems = Record<string, unknown>;
type BrowsingContext = { navigate(url: string, wait: 'complete'): Promise<unknown> };

export function extensionUrl(session: FirefoxSession, path: string): string {
  return `moz-extension://${session.uuid}/${path}`;
}

/**
 * Loads an add-on page in `page`. Puppeteer's goto waits for a BiDi navigation event that
 * Firefox does not send when a tab moves into the extension's process, so the navigation is
 * sent as is and waited for until the page has loaded ("complete"); then the page is checked
 * to be the add-on's, at the uuid the harness chose.
 */
export async function gotoExtensionPage(
  session: FirefoxSession,
  page: Page,
  path: string,
): Promise<void> {
  const url = extensionUrl(session, path);
  const context = (page.mainFrame() as unknown as { browsingContext: BrowsingContext })
    .browsingContext;
  await context.navigate(url, 'complete');
  await page.waitForFunction(
    (expected) =>
      location.href === expected &&
      (
        globalThis as unknown as { browser?: { runtime?: { getURL(p: string): string } } }
      ).browser?.runtime?.getURL('') === expected.replace(/[^/]*$/, ''),
    { polling: 100 },
    url,
  );
}

/**
 * Opens the popup as a tab whose "active tab" is `over` (as when the toolbar button is clicked
 * on that tab): the popup tab is made first, `over` brought to the front, then the popup loaded
 * in the background tab, so its `tabs.query({active, currentWindow})` finds `over`.
 */
export async function openPopup(session: FirefoxSession, over?: Page): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.setViewport({ width: 360, height: 600 });
  if (over) await over.bringToFront();
  await gotoExtensionPage(session, popup, 'popup.html');
  return popup;
}

export async function openOptions(session: FirefoxSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await gotoExtensionPage(session, page, 'options.html');
  return page;
}

/** One add-on page kept open per session for storage access (opened again after a reload). */
const anchors = new WeakMap<FirefoxSession, Promise<Page>>();

async function anchor(session: FirefoxSession): Promise<Page> {
  let page = anchors.get(session);
  if (page) {
    const alive = await (await page).evaluate(() => typeof browser === 'object').catch(() => false);
    if (alive) return page;
    await (await page).close().catch(() => undefined);
  }
  page = (async () => {
    const tab = await session.browser.newPage();
    // The options page: it only writes when a person changes something.
    await gotoExtensionPage(session, tab, 'options.html');
    return tab;
  })();
  anchors.set(session, page);
  return page;
}

export async function readStorage(session: FirefoxSession): Promise<StoredItems> {
  return (await anchor(session)).evaluate(() => browser.storage.local.get(null));
}

export async function writeStorage(session: FirefoxSession, items: StoredItems): Promise<void> {
  await (await anchor(session)).evaluate((i) => browser.storage.local.set(i), items);
}

export async function clearStorage(session: FirefoxSession): Promise<void> {
  await (await anchor(session)).evaluate(() => browser.storage.local.clear());
}

/** Changes the stored settings as the options page would; open tabs pick it up live. */
export async function setSettings(
  session: FirefoxSession,
  change: DeepPartial<Settings>,
): Promise<Settings> {
  const next = changedSettings(settingsFromStorage((await readStorage(session)).settings), change);
  await writeStorage(session, settingsItems(next));
  return next;
}

/** Outcome totals by kind, from the counters the background stored. */
export async function outcomeTotals(session: FirefoxSession) {
  return totalsByKind((await readStorage(session)).counters as Counters | undefined);
}

/**
 * Reloads the add-on the way an update does (runtime.reload from one of its pages). Firefox
 * closes the old add-on's pages when it unloads it: waiting for the page that asked to be gone
 * proves the reload happened. Resolves once the new add-on answers from a fresh page.
 */
export async function reloadAddon(session: FirefoxSession): Promise<void> {
  const page = await anchor(session);
  anchors.delete(session);
  await page.evaluate(() => {
    setTimeout(() => browser.runtime.reload(), 0);
  });
  const gone = () =>
    page
      .evaluate(() => true)
      .then(
        () => false,
        () => true,
      );
  const deadline = Date.now() + 20_000;
  while (!(await gone())) {
    if (Date.now() > deadline) throw new Error('the add-on did not unload after runtime.reload()');
    await new Promise((r) => setTimeout(r, 100));
  }
  // The add-on comes back under the same uuid; wait until one of its pages loads and runs.
  for (;;) {
    try {
      await readStorage(session);
      return;
    } catch (error) {
      anchors.delete(session);
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
