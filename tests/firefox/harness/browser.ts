// Launches Debian's Firefox ESR headless through puppeteer-core over WebDriver BiDi, installs the
// unpacked Firefox build as a temporary add-on, and serves the practice replicas at the real
// sites' URLs by request interception in every tab (tests/practice/routes.ts answers; anything
// else that would leave the machine is aborted and recorded).
//
// The add-on's pages live at moz-extension://<uuid>/, and Firefox picks a random uuid per
// profile. The harness chooses it instead: Firefox reads the id → uuid map from the pref
// `extensions.webextensions.uuids` when the add-on is installed, so a uuid written there before
// launch is the one the add-on gets (checked by openExtensionPage, which reads runtime.getURL).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { isLocalUrl, replicaResponse, replicaSiteFor } from '../../practice/routes';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export type FirefoxSession = {
  browser: Browser;
  /** The add-on's gecko id, as installExtension returned it. */
  addonId: string;
  /** The add-on's moz-extension host for this profile. */
  uuid: string;
  /** Requests aborted because they would have left the machine. */
  blocked: string[];
  /** The welcome page the install opened, when launched with `keepWelcomePage`; else null. */
  welcomePage: Page | null;
  /** A new tab with the replicas served in it. */
  newTab(): Promise<Page>;
  close(): Promise<void>;
};

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

async function answer(request: HTTPRequest, blocked: string[]): Promise<void> {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  // Firefox asks each site for its icon by itself; not a request of the page or the add-on.
  if (new URL(url).pathname === '/favicon.ico') {
    return request.respond({ status: 404, headers: {}, body: '' });
  }
  const site = replicaSiteFor(url);
  if (site) {
    const { status, headers, body } = await replicaResponse(url, site);
    return request.respond({ status, headers, body });
  }
  if (isLocalUrl(url) || url.startsWith('about:')) return request.continue();
  blocked.push(url);
  return request.abort('blockedbyclient');
}

/**
 * The tab the add-on's install opened at its welcome page (src/background/welcome.ts). BiDi
 * does not report a tab's move into the add-on's process, so its `url()` still says
 * about:blank: each tab is asked where it is instead, until one is there.
 */
async function findWelcomeTab(browser: Browser, uuid: string): Promise<Page> {
  const url = `moz-extension://${uuid}/welcome.html`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => null);
      if (href === url) return page;
    }
    if (Date.now() > deadline) throw new Error(`the install opened no tab at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type FirefoxOptions = {
  /**
   * The add-on opens its welcome page when installed. By default the harness waits for that tab
   * and closes it, so no tab appears (or takes focus) under a test later; true keeps it open.
   */
  keepWelcomePage?: boolean;
};

export async function launchFirefox(
  extensionDir = FIREFOX_EXTENSION_DIR,
  options: FirefoxOptions = {},
): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: bash scripts/ensure-firefox.sh`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npx wxt build -b firefox\``);
  }
  const id = geckoId(extensionDir);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to a moz-extension: page (the popup, the options page);
    // without it Firefox refuses that navigation "in this context".
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // The browser must not reach out on its own either (updates, telemetry, captive portal).
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
    timeout: 60_000,
    protocolTimeout: 60_000,
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  let welcomePage: Page | null = await findWelcomeTab(browser, uuid);
  if (!options.keepWelcomePage) {
    await welcomePage.close();
    welcomePage = null;
  }
  const blocked: string[] = [];
  return {
    browser,
    addonId: id,
    uuid,
    blocked,
    welcomePage,
    async newTab() {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      await page.setViewport({ width: 1280, height: 800 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        answer(request, blocked).catch(() => undefined);
      });
      return page;
    },
    close: () => browser.close(),
  };
}
