// Garbage written into each stored value in turn: the popup, the options page and a practice
// page still open and work, that value recovers (defaults for what was broken), every other
// value is kept, and the options page tells the person what was reset.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countersSchema, emptyCounters } from '../../src/storage/counters-schema';
import { healthSchema } from '../../src/storage/health';
import { correctionsSchema, EMPTY_CORRECTIONS } from '../../src/storage/not-risky';
import { notesSchema } from '../../src/storage/notes';
import { sendTimesSchema } from '../../src/storage/send-times';
import {
  DEFAULT_SETTINGS,
  settingsToStored,
  storedSettingsSchema,
} from '../../src/storage/settings-schema';
import type { z } from '../../src/storage/zod';
import {
  holdRiskyDraft,
  RISKY_BEGGING,
  reconsiderRisky,
  saveRiskyAsNote,
  sendSafe,
} from './harness/activity';
import { settingsForBulkSends, storeSettings } from './harness/counting';
import {
  clearStorage,
  collectPageErrors,
  openOptions,
  openPopup,
  readStorage,
  type StoredItems,
  storedTotals,
  writeStorage,
} from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { waitForNoDialog } from './harness/guard';
import { gotoSite, openSite } from './harness/sites';

const browser = useBrowser({ withExtension: true });

/** Every `local:` key defined under src/storage, read from the source so a new one is covered. */
function storageKeysInSource(dir = 'src/storage'): string[] {
  const keys = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const key of storageKeysInSource(path)) keys.add(key);
    else if (entry.name.endsWith('.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/'local:(\w+)'/g))
        keys.add(match[1]!);
    }
  }
  return [...keys].sort();
}

/** What a stored value must look like after recovery; the log's own shape is checked by reading. */
const SCHEMAS: Record<string, z.ZodType | null> = {
  settings: storedSettingsSchema,
  counters: countersSchema,
  sendTimes: sendTimesSchema,
  notes: notesSchema,
  health: healthSchema,
  corrections: correctionsSchema,
  recoveries: null,
};

/** How the options page names each value in its "damaged and reset" notice. */
const LABELS: Record<string, string> = {
  settings: 'settings',
  counters: 'statistics',
  sendTimes: 'recent send times',
  notes: 'unsent notes',
  health: 'site status',
  corrections: 'not-risky counts',
};

const KEYS = storageKeysInSource();
const GARBAGE = '{"not": json at all';
/** Custom choices that must survive another value's recovery; timing rules off (any hour). */
const SETTINGS = {
  ...settingsForBulkSends(),
  pauseSeconds: 0,
  engine: { ...settingsForBulkSends().engine, neverFlag: ['pick up the kids'] },
};

let snapshot: StoredItems;
let popup: Page;
let options: Page;
let site: Page;
let pageErrors: string[][] = [];

describe('stored values', () => {
  it('are all known to this test (keys read from src/storage)', () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(6);
    for (const key of KEYS) expect(Object.keys(SCHEMAS)).toContain(key);
  });

  it('are first filled by real use: stats, a note, send times, health, custom settings', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), SETTINGS);
    site = await openSite(browser().context, 'whatsapp');
    await saveRiskyAsNote(site, 'whatsapp', RISKY_BEGGING);
    await reconsiderRisky(site, 'whatsapp', RISKY_BEGGING);
    await sendSafe(site, 'whatsapp', 'the boxes are by the door');
    await expect
      .poll(async () => (await storedTotals(browser())).kinds)
      .toEqual({
        warned: 2,
        paused: 2,
        noticed: 2, // risky drafts: each warned, then paused, counted once
        'saved-note': 1,
        'kept-editing': 1,
        'safe-send': 1,
      });
    snapshot = await readStorage(browser());
    for (const key of ['settings', 'counters', 'sendTimes', 'notes', 'health']) {
      expect(snapshot).toHaveProperty(key);
    }
    popup = await openPopup(browser());
    options = await openOptions(browser());
    pageErrors = [popup, options, site].map(collectPageErrors);
  });
});

/** The value each item falls back to when it is unreadable as a whole. */
const DEFAULTS: Record<string, unknown> = {
  settings: settingsToStored(DEFAULT_SETTINGS),
  counters: emptyCounters(),
  notes: [],
  sendTimes: {},
  corrections: EMPTY_CORRECTIONS,
};

/** Reloads the popup and options page and checks each shows its real content, not an error. */
async function pagesStillWork(notesExpected: boolean): Promise<void> {
  await popup.reload();
  await popup.locator('.stats, .first-run').first().waitFor();
  await popup.getByRole('switch', { name: 'Guard on WhatsApp Web' }).waitFor();
  expect(await popup.getByRole('alert').count()).toBe(0);

  await options.reload();
  await options.getByRole('switch', { name: 'Guard on Messenger' }).waitFor();
  const notes = options.locator('#notes');
  if (notesExpected) await notes.getByText(RISKY_BEGGING).waitFor();
  else await notes.getByText('No unsent notes.').waitFor();
}

/** The practice page still guards: a risky draft is held, and keeping it for editing works. */
async function practicePageStillWorks(): Promise<void> {
  await gotoSite(site, 'whatsapp');
  await holdRiskyDraft(site, 'whatsapp', RISKY_BEGGING);
  await site.keyboard.press('Escape');
  await waitForNoDialog(site);
}

async function recoveryNotice(): Promise<string> {
  const notice = options.locator('.recovery-notice');
  return (await notice.count()) > 0 ? ((await notice.textContent()) ?? '') : '';
}

describe('garbage written into one stored value', () => {
  for (const key of KEYS) {
    it(`${key}: every page still works, ${key} recovers, the others are kept`, async () => {
      await clearStorage(browser());
      await writeStorage(browser(), { ...snapshot, [key]: GARBAGE });

      await pagesStillWork(key !== 'notes');
      const afterPages = await readStorage(browser());
      for (const other of Object.keys(snapshot)) {
        // Health may be refreshed by the open practice tab at any time; it is checked by shape.
        if (other === key || other === 'health' || other === 'recoveries') continue;
        expect(afterPages[other], `${other} kept`).toEqual(snapshot[other]);
      }
      if (key in DEFAULTS && key !== 'sendTimes') {
        expect(afterPages[key], `${key} reset to its default`).toEqual(DEFAULTS[key]);
      }

      await practicePageStillWorks();
      const after = await readStorage(browser());
      const schema = SCHEMAS[key];
      if (schema) expect(schema.safeParse(after[key]).success, `${key} valid again`).toBe(true);
      if (key === 'sendTimes') expect(after.sendTimes).toEqual({});

      const label = LABELS[key];
      if (label) {
        await expect.poll(recoveryNotice).toContain(`${label}: reset to defaults`);
      } else {
        // A damaged log of recoveries is read as empty: nothing to tell, nothing broken.
        expect(await recoveryNotice()).toBe('');
      }
      expect(pageErrors.flat()).toEqual([]);
    });
  }
});

describe('garbage in the version records WXT keeps beside each value (key$)', () => {
  it('every page still works and every value is kept', async () => {
    await clearStorage(browser());
    const versionKeys = Object.keys(snapshot).filter((key) => key.endsWith('$'));
    expect(versionKeys.length).toBeGreaterThanOrEqual(4);
    const garbage = Object.fromEntries(versionKeys.map((key) => [key, GARBAGE]));
    await writeStorage(browser(), { ...snapshot, ...garbage });
    await pagesStillWork(true);
    const after = await readStorage(browser());
    for (const key of ['settings', 'notes', 'counters', 'sendTimes']) {
      expect(after[key], key).toEqual(snapshot[key]);
    }
    await practicePageStillWorks();
    expect(pageErrors.flat()).toEqual([]);
  });
});

describe('damage to one part of a value', () => {
  it('a bad setting resets alone; every other choice is kept and the notice names it', async () => {
    await clearStorage(browser());
    const settings = snapshot.settings as ReturnType<typeof settingsToStored>;
    await writeStorage(browser(), { ...snapshot, settings: { ...settings, pauseSeconds: 'soon' } });
    await pagesStillWork(true);
    expect((await readStorage(browser())).settings).toEqual({
      ...settings,
      pauseSeconds: DEFAULT_SETTINGS.pauseSeconds,
    });
    await expect.poll(recoveryNotice).toContain('settings: pause length reset');
    // Once read, the notice can be dismissed; that clears the log, in storage too.
    await options.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(recoveryNotice).toBe('');
    expect((await readStorage(browser())).recoveries).toEqual([]);
  });

  it('a damaged note is dropped; the good note is kept and still listed', async () => {
    await clearStorage(browser());
    const notes = snapshot.notes as unknown[];
    await writeStorage(browser(), { ...snapshot, notes: [{ id: 7, text: null }, ...notes] });
    await pagesStillWork(true);
    expect((await readStorage(browser())).notes).toEqual(notes);
    await expect.poll(recoveryNotice).toContain('unsent notes');
  });
});
