// Launches Debian's Chromium the one way known to load an MV3 extension here (platform-notes.md):
// a persistent context in a fresh profile, `--disable-extensions` removed from Playwright's
// defaults, and the extension named in both --disable-extensions-except and --load-extension.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { installReplicaRoutes, type ReplicaRouting } from '../../practice/routes';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export type LaunchOptions = {
  withExtension: boolean;
  /** Defaults to headless; `npm run practice` opens a window. */
  headless?: boolean;
  extensionDir?: string;
  /** A profile kept after close (for restart tests); by default a fresh one, removed on close. */
  userDataDir?: string;
  /**
   * The extension opens its welcome page on install, which Chromium counts as every launch
   * with --load-extension. By default the harness waits for that tab and closes it, so no tab
   * appears (or takes focus) under a test later; true keeps it open as `welcomePage`.
   */
  keepWelcomePage?: boolean;
  /**
   * The browser's interface language ("es", "pt-BR"), which picks the extension's locale. Unset:
   * the machine's, English here, which the tests' English accessible names rely on.
   */
  lang?: string;
};

export type LaunchedBrowser = {
  context: BrowserContext;
  /** The extension's id, read from its service worker URL; null without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** The welcome page the install opened, when launched with `keepWelcomePage`; else null. */
  welcomePage: Page | null;
  routing: ReplicaRouting;
  close(): Promise<void>;
};

export function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extensionDir) {
    args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  return args;
}

function languageEnv(lang: string): Record<string, string> {
  const posix = lang.replace('-', '_');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return { ...env, LANGUAGE: posix, LANG: `${posix}.UTF-8`, LC_ALL: `${posix}.UTF-8` };
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 15_000,
  });
}

/** The tab the extension's install opened at its welcome page (src/background/welcome.ts). */
async function findWelcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const isWelcome = (page: Page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
  const existing = context.pages().find(isWelcome);
  if (existing) return existing;
  return context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 });
}

/**
 * Drops from the request log the packaged files (scripts, styles, picture) that the welcome page
 * loaded from the extension itself, so tests that expect no request from the extension start
 * from an empty log. Any other request it made stays in the log (and in `blocked`) and fails them.
 */
function forgetOwnFilesOf(routing: ReplicaRouting, pageUrl: string, extensionId: string): void {
  const own = (r: ReplicaRouting['requests'][number]) =>
    r.initiator === pageUrl && r.url.startsWith(`chrome-extension://${extensionId}/`);
  const kept = routing.requests.filter((r) => !own(r));
  routing.requests.splice(0, routing.requests.length, ...kept);
}

export async function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  const extensionDir = options.withExtension ? (options.extensionDir ?? EXTENSION_DIR) : null;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first`);
  }
  const profile = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'second-thought-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...chromiumArgs(extensionDir), ...(options.lang ? [`--lang=${options.lang}`] : [])],
    // On Linux Chromium takes its interface language from the environment, --lang elsewhere.
    ...(options.lang ? { env: languageEnv(options.lang), locale: options.lang } : {}),
    viewport: options.headless === false ? null : { width: 1280, height: 800 },
  });
  // Fail an action well inside the test timeout, so the error names the locator that hung.
  context.setDefaultTimeout(10_000);
  const routing = await installReplicaRoutes(context);
  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  let welcomePage: Page | null = null;
  if (extensionDir) {
    serviceWorker = await findServiceWorker(context);
    extensionId = new URL(serviceWorker.url()).host;
    welcomePage = await findWelcomePage(context, extensionId);
    // Everything it asks for starts before `load` (its picture is in the first render).
    await welcomePage.waitForLoadState('load');
    forgetOwnFilesOf(routing, welcomePage.url(), extensionId);
    if (!options.keepWelcomePage) {
      await welcomePage.close();
      welcomePage = null;
    }
  }
  return {
    context,
    extensionId,
    serviceWorker,
    welcomePage,
    routing,
    close: async () => {
      await context.close();
      if (!options.userDataDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
