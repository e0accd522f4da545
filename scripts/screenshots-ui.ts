/**
 * Screenshots of the popup and options page, light and dark, for docs/screenshots/.
 *
 *   npx wxt build && npx tsx scripts/screenshots-ui.ts
 *
 * Screenshot-only: the numbers, notes and open chat shown here are invented. They are answered
 * in the page by wrapping the chrome.* calls the data modules make (an init script), so nothing
 * fake is ever shipped or written to a real profile. Settings are seeded for real, through the
 * extension's service worker, into a throwaway profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { HealthView, StatsView, UnsentNote } from '../src/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../src/storage/settings-schema';

const EXT = resolve('.output/chrome-mv3');
const OUT = resolve('docs/screenshots');
const DAY_MS = 24 * 60 * 60 * 1000;

function localDay(offsetDays: number): string {
  return new Date(Date.now() - offsetDays * DAY_MS).toLocaleDateString('sv');
}

const counts = (warned: number, paused: number, kept: number, saved: number, sent: number) => ({
  warned,
  paused,
  keptEditing: kept,
  savedNote: saved,
  sentAnyway: sent,
  safeSends: 0,
});

const PAUSED = [1, 3, 2, 0, 4, 2, 1, 0, 2, 3, 1, 0, 1, 2];
const SENT = [1, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0];

const STATS: StatsView = {
  firstRun: false,
  today: counts(3, 2, 1, 1, 0),
  last7Days: counts(14, 9, 5, 3, 1),
  allTime: counts(41, 22, 11, 6, 5),
  reconsideredShare: { today: 1, last7Days: 8 / 9, allTime: 17 / 22 },
  topRules: [
    { rule: 'late-night', count: 14 },
    { rule: 'begging', count: 9 },
    { rule: 'past', count: 6 },
  ],
  last14Days: PAUSED.map((paused, i) => ({
    day: localDay(13 - i),
    paused,
    sentAnyway: SENT[i] ?? 0,
  })),
  streakDays: 5,
  since: Date.now() - 20 * DAY_MS,
};

const FIRST_RUN: StatsView = {
  ...STATS,
  firstRun: true,
  today: counts(0, 0, 0, 0, 0),
  last7Days: counts(0, 0, 0, 0, 0),
  allTime: counts(0, 0, 0, 0, 0),
  topRules: [],
  streakDays: null,
  since: null,
};

const HEALTH: HealthView = {
  whatsapp: { site: 'whatsapp', status: 'active', detail: '', at: Date.now() },
  messenger: {
    site: 'messenger',
    status: 'broken',
    detail: 'send button not found',
    at: Date.now(),
  },
};

const NOTES: UnsentNote[] = [
  {
    id: 'a',
    site: 'whatsapp',
    text: "I know it's late but I keep thinking about our trip to Lisbon.\nDo you ever think about it?",
    rules: ['late-night', 'past'],
    at: Date.now() - 2 * DAY_MS,
  },
  {
    id: 'b',
    site: 'messenger',
    text: "Please, I'll do anything. Just one more chance.",
    rules: ['begging'],
    at: Date.now() - 9 * DAY_MS,
  },
];

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [
    { site: 'whatsapp', title: 'Alex' },
    { site: 'messenger', title: 'Sam Taylor' },
  ],
  engine: {
    ...DEFAULT_SETTINGS.engine,
    watchPhrases: [{ phrase: 'bubba', rule: 'pet-name' }],
    neverFlag: ['pick-up at 5'],
  },
};

/** What each screenshot pretends: the background's answers and the chat open in the active tab. */
const SCENARIOS = {
  populated: { stats: STATS, chat: { site: 'whatsapp', title: 'Jordan' }, snoozed: false },
  guarded: { stats: STATS, chat: { site: 'whatsapp', title: 'Alex' }, snoozed: true },
  'first-run': { stats: FIRST_RUN, chat: null, snoozed: false },
} as const;

/** Runs in the page before its scripts: answers the data modules' chrome.* calls. */
function fakeChrome(data: {
  scenarios: typeof SCENARIOS;
  health: HealthView;
  notes: UnsentNote[];
}) {
  if (location.protocol !== 'chrome-extension:') return;
  const name = (new URLSearchParams(location.search).get('scenario') ??
    'populated') as keyof typeof SCENARIOS;
  const scenario = data.scenarios[name];
  const answers: Record<string, unknown> = {
    getStats: scenario.stats,
    getHealth: data.health,
    listNotes: data.notes,
    getCurrentChat: scenario.chat,
  };
  const reply = (msg: { type: string }, cb: (r: unknown) => void) =>
    setTimeout(() => cb({ res: answers[msg.type] ?? null }), 0);
  const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
  Object.defineProperty(c.runtime, 'sendMessage', {
    value: (msg: { type: string }, ...rest: unknown[]) =>
      reply(msg, rest.find((r) => typeof r === 'function') as (r: unknown) => void),
  });
  Object.defineProperty(c.tabs, 'sendMessage', {
    value: (_tab: number, msg: { type: string }, ...rest: unknown[]) =>
      reply(msg, rest.find((r) => typeof r === 'function') as (r: unknown) => void),
  });
  Object.defineProperty(c.tabs, 'query', {
    value: (_q: unknown, cb?: (tabs: unknown[]) => void) => {
      const tabs = [{ id: 7, url: 'https://web.whatsapp.com/', active: true }];
      if (cb) setTimeout(() => cb(tabs), 0);
      else return Promise.resolve(tabs);
    },
  });
}

async function seedSettings(context: BrowserContext, snoozed: boolean) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const settings = { ...SETTINGS, snoozeUntil: snoozed ? Date.now() + 45 * 60 * 1000 : null };
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  return new URL(worker.url()).host;
}

async function shoot(page: Page, url: string, file: string, ready: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(url);
    await page.waitForSelector(ready);
    await page.screenshot({ path: join(OUT, file.replace('$', scheme)), fullPage: true });
  }
}

async function main() {
  const profile = mkdtempSync(join(tmpdir(), 'st-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const data = { scenarios: SCENARIOS, health: HEALTH, notes: NOTES };
    // tsx compiles with esbuild's keepNames, whose `__name` helper does not exist in the page.
    await context.addInitScript({
      content: `var __name = (f) => f; (${fakeChrome.toString()})(${JSON.stringify(data)});`,
    });
    const page = await context.newPage();
    page.on('console', (m) => console.log(`[page] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));

    let id = await seedSettings(context, false);
    await page.setViewportSize({ width: 360, height: 600 });
    await shoot(page, `chrome-extension://${id}/popup.html`, 'popup-$.png', '.chart');
    await shoot(
      page,
      `chrome-extension://${id}/popup.html?scenario=first-run`,
      'popup-first-run-$.png',
      '.first-run',
    );
    id = await seedSettings(context, true);
    await shoot(
      page,
      `chrome-extension://${id}/popup.html?scenario=guarded`,
      'popup-guarded-$.png',
      '.chart',
    );

    await seedSettings(context, false);
    await page.setViewportSize({ width: 900, height: 800 });
    await shoot(page, `chrome-extension://${id}/options.html`, 'options-$.png', '.note');
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
