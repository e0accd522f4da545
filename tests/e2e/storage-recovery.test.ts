// Garbage written into each stored value in turn: the popup, the options page and a practice
// page still open and work, that value recovers (defaults for what was broken), every other
// value is kept, and the options page tells the person what was reset.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countersSchema } from '../../src/storage/counters-schema';
import { healthSchema } from '../../src/storage/health';
import { notesSchema } from '../../src/storage/notes';
import { sendTimesSchema } from '../../src/storage/send-times';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/storage/settings-schema';
import type { z } from '../../src/storage/zod';
import {
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
  storedTotals,
  type StoredItems,
  writeStorage,
} from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { overlayTexts } from './harness/overlay-cdp';
import { gotoSite, openSite } from './harness/sites';

const browser = useBrowser({ withExtension: true });

/** Every `local:` key defined under src/storage, read from the source so a new one is covered. */
function storageKeysInSource(dir = 'src/storage'): string[] {
  const keys = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const key of storageKeysInSource(path)) keys.add(key);
    else if (entry.name.endsWith('.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/'local:(\w+)'/g)) keys.add(match[1]!);
    }
  }
  return [...keys].sort();
}

/** What a stored value must look like after recovery; the log's own shape is checked by reading. */
const SCHEMAS: Record<string, z.ZodType | null> = {
  settings: settingsSchema,
  counters: countersSchema,
  sendTimes: sendTimesSchema,
  notes: notesSchema,
  health: healthSchema,
  recoveries: null,
};

/** How the options page names each value in its "damaged and reset" notice. */
const LABELS: Record<string, string> = {
  settings: 'settings',
  counters: 'statistics',
  sendTimes: 'recent send times',
  notes: 'unsent notes',
  health: 'site status',
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
let errors: string[] = [];

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
      .toMatchObject({ warned: 1, paused: 2, 'saved-note': 1, 'kept-editing': 1, 'safe-send': 1 });
    snapshot = await readStorage(browser());
    for (const key of ['settings', 'counters', 'sendTimes', 'notes', 'health']) {
      expect(snapshot).toHaveProperty(key);
    }
    popup = await openPopup(browser());
    options = await openOptions(browser());
    errors = [popup, options, site].flatMap(collectPageErrors);
  });
});
