/**
 * Screenshots of the popup and options page, light and dark, for docs/screenshots/.
 *
 *   npx wxt build && npx tsx scripts/screenshots-ui.ts
 *   SCREENSHOT_LANG=es npx tsx scripts/screenshots-ui.ts   (in Spanish, "-es" added to each file)
 *
 * Nothing on screen is faked: the built extension runs in a throwaway profile, its storage is
 * seeded with values in the stored format (counters built by the extension's own counting code
 * from three weeks of invented events, two notes, settings), and the real background computes
 * what the popup shows. The popup is opened over the WhatsApp practice page, so "Guard this chat"
 * comes from the real content script there.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { OutcomeKind, UnsentNote } from '../src/messaging/protocol';
import type { RuleId } from '../src/rules/types';
import { countEvent } from '../src/storage/counters';
import { COUNTERS_VERSION, type Counters, emptyCounters } from '../src/storage/counters-schema';
import { EMPTY_HEALTH } from '../src/storage/health';
import { SETTINGS_VERSION } from '../src/storage/migrations/settings';
import { NOTES_VERSION } from '../src/storage/notes';
import { DEFAULT_SETTINGS, type Settings, settingsToStored } from '../src/storage/settings-schema';
import { type LaunchedBrowser, launchBrowser } from '../tests/e2e/harness/browser';
import {
  openPopup,
  optionsUrl,
  popupUrl,
  writeStorage,
} from '../tests/e2e/harness/extension-pages';
import { openSite } from '../tests/e2e/harness/sites';
import { buildReplicas } from '../tests/practice/build';
import { inLanguage, SCREENSHOT_LANG } from './screenshot-language';

const OUT = resolve('docs/screenshots');
/** Both schemes in English; the other languages' pictures check the words, so light only. */
const SCHEMES = SCREENSHOT_LANG ? (['light'] as const) : (['light', 'dark'] as const);
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Pauses and sends anyway per day, oldest first (the last entry is today). */
const PAUSED = [1, 3, 2, 0, 4, 2, 1, 0, 2, 3, 1, 0, 1, 2];
const SENT = [1, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0];
const RULES: RuleId[] = ['late-night', 'begging', 'late-night', 'past', 'late-night', 'begging'];

/** Three weeks of outcomes, counted by the extension's own counting code. */
function seededCounters(now: number): Counters {
  let counters = emptyCounters();
  let n = 0;
  let draft = 0;
  // Each risky draft warns, pauses and ends one way, as one draft (the guard gives its events one id).
  const add = (kind: OutcomeKind, at: number, rules: RuleId[]) => {
    n++;
    const event = {
      id: `seed-${n}`,
      draft: `seed-draft-${draft}`,
      kind,
      site: 'whatsapp' as const,
      rules,
      at,
      chatKey: null,
    };
    counters = countEvent(counters, event, now).counters;
  };
  // An older week, so "all time" is more than the chart.
  for (let day = 20; day >= 14; day--) {
    draft++;
    add('warned', now - day * DAY_MS - 60_000, ['late-night']);
    add('paused', now - day * DAY_MS, ['late-night']);
    add('sent-anyway', now - day * DAY_MS + HOUR_MS, ['late-night']);
  }
  PAUSED.forEach((paused, index) => {
    const dayStart = now - (13 - index) * DAY_MS - 2 * HOUR_MS;
    for (let i = 0; i < paused; i++) {
      draft++;
      const rules = [RULES[(index + i) % RULES.length]!];
      add('warned', dayStart + i * 60_000, rules);
      add('paused', dayStart + i * 60_000 + 1000, rules);
      if (i < (SENT[index] ?? 0)) add('sent-anyway', dayStart + i * 60_000 + 2000, rules);
      else add(i % 2 === 0 ? 'kept-editing' : 'saved-note', dayStart + i * 60_000 + 2000, rules);
    }
  });
  // Drafts that only warned while typing (rewritten before sending), so the rows differ.
  for (let day = 0; day < 12; day += 3) {
    draft++;
    add('warned', now - day * DAY_MS - 3 * HOUR_MS, ['pet-name']);
  }
  return counters;
}

function seededNotes(now: number): UnsentNote[] {
  return [
    {
      id: 'seed-note-b',
      site: 'messenger',
      text: "Please, I'll do anything. Just one more chance.",
      rules: ['begging'],
      at: now - 9 * DAY_MS,
      chatTitle: null,
      seenAt: now - 9 * DAY_MS,
    },
    {
      id: 'seed-note-a',
      site: 'whatsapp',
      text: "I know it's late but I keep thinking about our trip to Lisbon.\nDo you ever think about it?",
      rules: ['late-night', 'past'],
      at: now - 2 * DAY_MS,
      chatTitle: 'Alex',
      seenAt: now - 2 * DAY_MS,
    },
  ];
}

function settings(guarded: boolean, now: number): Settings {
  return {
    ...DEFAULT_SETTINGS,
    guardMode: guarded ? 'listed' : 'all',
    guardedChats: guarded
      ? [
          { site: 'whatsapp', title: 'Alex' },
          { site: 'messenger', title: 'Sam Taylor' },
        ]
      : [],
    snoozeUntil: guarded ? now + 45 * 60 * 1000 : null,
    engine: {
      ...DEFAULT_SETTINGS.engine,
      watchPhrases: [{ phrase: 'bubba', rule: 'pet-name' }],
      neverFlag: ['pick-up at 5'],
    },
  };
}

async function seed(browser: LaunchedBrowser, options: { guarded: boolean; firstRun: boolean }) {
  const now = Date.now();
  await writeStorage(browser, {
    settings: settingsToStored(settings(options.guarded, now)),
    settings$: { v: SETTINGS_VERSION },
    counters: options.firstRun ? emptyCounters() : seededCounters(now),
    counters$: { v: COUNTERS_VERSION },
    notes: seededNotes(now),
    notes$: { v: NOTES_VERSION },
  });
}

/**
 * No site opened yet, as after installing: nothing reported, nothing said to have changed. The
 * WhatsApp tab reports for itself once it is open (Messenger stays "not opened yet").
 */
async function clearHealth(browser: LaunchedBrowser) {
  await writeStorage(browser, { health: EMPTY_HEALTH, health$: { v: 1 } });
}

async function shoot(page: Page, file: string, ready: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.reload();
    await page.waitForSelector(ready);
    await page.screenshot({
      path: join(OUT, inLanguage(file.replace('$', scheme))),
      fullPage: true,
    });
  }
}

async function popupOverChat(browser: LaunchedBrowser, chatTab: Page, file: string, ready: string) {
  for (const scheme of SCHEMES) {
    const popup = await openPopup(browser, chatTab);
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await popup.waitForSelector(ready);
    // The popup asks the tab for its chat; wait for the answer (or for its timeout).
    await popup.waitForSelector('.controls :is(.button--primary, .controls__status)');
    await popup.screenshot({
      path: join(OUT, inLanguage(file.replace('$', scheme))),
      fullPage: true,
    });
    await popup.close();
  }
}

/** The first-run welcome page as a new install shows it (the sites as stored: both on). */
async function welcomeShots(browser: LaunchedBrowser) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.welcome__figure img');
      return (
        document.querySelector('[role="switch"]') !== null && img?.complete && img.naturalWidth > 0
      );
    });
    await page.screenshot({ path: join(OUT, inLanguage(`welcome-${scheme}.png`)), fullPage: true });
  }
  await page.close();
}

/**
 * The popup in the morning, over the chat, with two notes written in the night's quiet hours
 * and not yet looked at: it leads with them. The popup's clock is set to 08:10 today (notes at
 * 23:40 and 01:10 before it), whatever the hour the script runs at; everything else is real.
 * Only the first screen is taken (600 px high, Chrome's popup limit), as a person sees it.
 */
async function popupWithNotes(browser: LaunchedBrowser, chatTab: Page) {
  const morning = new Date();
  morning.setHours(8, 10, 0, 0);
  const at = (hoursBefore: number) => morning.getTime() - hoursBefore * HOUR_MS;
  const waiting = (note: Omit<UnsentNote, 'seenAt'>): UnsentNote => ({ ...note, seenAt: null });
  await writeStorage(browser, {
    notes: [
      ...seededNotes(morning.getTime()),
      waiting({
        id: 'night-1',
        site: 'whatsapp',
        text: "I can't sleep. I keep thinking about us and everything we said.\nCan we talk, just once? I still love you.",
        rules: ['late-night', 'longing'],
        at: at(8.5),
        chatTitle: 'Alex',
      }),
      waiting({
        id: 'night-2',
        site: 'whatsapp',
        text: 'Remember Lisbon?',
        rules: ['late-night', 'past'],
        at: at(7),
        chatTitle: 'Alex',
      }),
    ],
    notes$: { v: NOTES_VERSION },
  });
  for (const scheme of SCHEMES) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.clock.setFixedTime(morning);
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await chatTab.bringToFront();
    await popup.goto(popupUrl(browser));
    await popup.waitForSelector('.review');
    await popup.waitForSelector('.streak');
    await popup.waitForSelector('.controls :is(.button--primary, .controls__status)');
    await popup.screenshot({ path: join(OUT, inLanguage(`popup-notes-${scheme}.png`)) });
    await popup.close();
  }
}

async function main() {
  await buildReplicas();
  const browser = await launchBrowser({ withExtension: true, lang: SCREENSHOT_LANG });
  try {
    await welcomeShots(browser);
    await clearHealth(browser);
    await seed(browser, { guarded: false, firstRun: false });
    const chat = await openSite(browser.context, 'whatsapp');
    await popupOverChat(browser, chat, 'popup-$.png', '.chart');

    await seed(browser, { guarded: true, firstRun: false });
    await popupOverChat(browser, chat, 'popup-guarded-$.png', '.chart');
    await popupWithNotes(browser, chat);

    // Another language: the first run's words are checked by the unit tests, not a picture.
    if (!SCREENSHOT_LANG) {
      await seed(browser, { guarded: false, firstRun: true });
      await clearHealth(browser); // a first run: no site opened yet
      const firstRun = await openPopup(browser);
      await shoot(firstRun, 'popup-first-run-$.png', '.first-run');
      await firstRun.close();
    }

    await seed(browser, { guarded: true, firstRun: false });
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 800 });
    await options.goto(optionsUrl(browser));
    await shoot(options, 'options-$.png', '.note');
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
  }
}

await main();
