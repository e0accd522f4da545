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

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
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
  const blocked: string[] = [];
  return {
    browser,
    addonId: id,
    uuid,
    blocked,
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
