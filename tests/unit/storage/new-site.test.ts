// A release that adds a site (a row of src/sites/table.ts) reads everything today's release
// saved with every choice kept and no recovery notice: the switches are stored as what differs
// (sitesOff), health lacks the new site (not opened yet), counters have no entry for it (zero).
// The table here holds one more site than this release's, as the next release's will. ("Today's
// release" below is the one with two sites: Google Messages and Instagram, added since, are new
// release" below is the one with two sites: Google Messages and Telegram Web, added since, are new
// to it too.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const NEW_SITE = 'a-site-from-next-year';

vi.mock('../../../src/sites/table', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/sites/table')>();
  const next = {
    id: NEW_SITE,
    label: 'Next Year Chat',
    matches: ['https://chat.example/*'],
    showsChats: (url: URL) => url.hostname === 'chat.example',
  };
  return { ...actual, SITES: [...actual.SITES, next] };
});

const { SITE_IDS, SITE_LABELS, SITE_MATCHES, siteForUrl } = await import(
  '../../../src/sites/lookup'
);
const { defineBackgroundItems } = await import('../../../src/storage/background-items');
const { EMPTY_HEALTH } = await import('../../../src/storage/health');
const { getRecoveries } = await import('../../../src/storage/recoveries');
const { defineSettingsValue } = await import('../../../src/storage/settings');
const { DEFAULT_SETTINGS } = await import('../../../src/storage/settings-schema');

const NOW = new Date(2026, 11, 7, 12).getTime();

/** Settings exactly as today's release (version 4, two sites) writes them. */
const SETTINGS_SAVED_TODAY = {
  sitesOff: ['messenger'],
  guardMode: 'listed',
  guardedChats: [{ site: 'whatsapp', title: 'Robin' }],
  unguardedChats: [{ site: 'messenger', title: 'Mum' }],
  rulesOffInChats: [{ site: 'whatsapp', title: 'Robin', rules: ['past'] }],
  pauseSeconds: 9,
  snoozeUntil: null,
  engine: {
    rulesOff: ['begging'],
    quietHours: { start: 1380, end: 420, days: [5, 6] },
    frequency: { perHour: 9, perDay: 30 },
    doubleText: { unanswered: 3 },
    sensitivity: 'strict',
    watchPhrases: [{ phrase: 'sunflower', rule: 'past' }],
    neverFlag: ['pick up the kids'],
  },
};

const WHATSAPP_REPORT = { site: 'whatsapp', status: 'active', detail: 'ok', at: NOW };
/** Health as today's release writes it (version 1): one key per site it knows. */
const HEALTH_SAVED_TODAY = { whatsapp: WHATSAPP_REPORT, messenger: null };

const bucket = (site: string) => ({
  kinds: { paused: 1, noticed: 1 },
  sites: { [site]: { paused: 1, noticed: 1 } },
  rules: { past: { paused: 1, noticed: 1 } },
});
/** Counters as today's release writes them (version 2). */
const COUNTERS_SAVED_TODAY = {
  since: NOW,
  lastSentAnywayAt: null,
  days: { '2026-12-07': bucket('messenger') },
  months: {},
  earlier: { kinds: {}, sites: {}, rules: {} },
  countedIds: ['e1'],
  drafts: [
    {
      id: 'd1',
      counted: ['paused', 'noticed', 'paused:past'],
      ending: { kind: 'kept-editing', at: NOW, site: 'messenger', rules: ['past'] },
    },
  ],
};

describe('a release with one more site', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has the new site everywhere the table reaches (the test would prove nothing otherwise)', () => {
    expect(SITE_IDS).toEqual([
      'whatsapp',
      'messenger',
      'google-messages',
      'instagram',
      'telegram',
      NEW_SITE,
    ]);
    expect(SITE_LABELS[NEW_SITE as never]).toBe('Next Year Chat');
    expect(SITE_MATCHES).toContain('https://chat.example/*');
    expect(siteForUrl('https://chat.example/t/1')).toBe(NEW_SITE);
    expect(DEFAULT_SETTINGS.sites).toHaveProperty(NEW_SITE, true);
    expect(EMPTY_HEALTH).toHaveProperty(NEW_SITE, null);
  });

  it("reads today's settings with every choice kept, the new site on, and no notice", async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_SAVED_TODAY, settings$: { v: 4 } });
    const settings = await defineSettingsValue().get();
    expect(settings.sites).toEqual({
      whatsapp: true,
      messenger: false,
      'google-messages': true,
      instagram: true,
      telegram: true,
      [NEW_SITE]: true,
    });
    const { sites: _, engine, ...common } = settings;
    const { sitesOff: _off, engine: savedEngine, ...savedCommon } = SETTINGS_SAVED_TODAY;
    expect(common).toEqual(savedCommon);
    const { enabledRules, ...tuning } = engine;
    const { rulesOff: _rules, ...savedTuning } = savedEngine;
    expect(tuning).toEqual(savedTuning);
    expect(enabledRules.begging).toBe(false);
    expect(Object.values(enabledRules).filter((on) => !on)).toHaveLength(1);
    expect(await getRecoveries()).toEqual([]);
  });

  it('keeps the new site switched off once the person turns it off', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_SAVED_TODAY, settings$: { v: 4 } });
    const value = defineSettingsValue();
    const settings = await value.get();
    // This release's types know two sites; the mocked table (and so the schema) knows three.
    const sites = { ...settings.sites, [NEW_SITE]: false } as typeof settings.sites;
    await value.set({ ...settings, sites });
    const { settings: stored } = await fakeBrowser.storage.local.get('settings');
    expect((stored as { sitesOff: string[] }).sitesOff).toEqual(['messenger', NEW_SITE]);
    expect((await value.get()).sites).toEqual({
      whatsapp: true,
      messenger: false,
      'google-messages': true,
      instagram: true,
      telegram: true,
      [NEW_SITE]: false,
    });
  });

  it("reads today's health with the new site not opened yet, and no notice", async () => {
    await fakeBrowser.storage.local.set({ health: HEALTH_SAVED_TODAY, health$: { v: 1 } });
    expect(await defineBackgroundItems().health.get()).toEqual({
      ...HEALTH_SAVED_TODAY,
      'google-messages': null,
      instagram: null,
      telegram: null,
      [NEW_SITE]: null,
    });
    expect(await getRecoveries()).toEqual([]);
  });

  it("reads today's counters and notes unchanged, and no notice", async () => {
    const notes = [
      {
        id: 'n1',
        site: 'messenger',
        text: 'not today',
        rules: ['past'],
        at: NOW,
        chatTitle: null,
        seenAt: null,
      },
    ];
    await fakeBrowser.storage.local.set({
      counters: COUNTERS_SAVED_TODAY,
      counters$: { v: 2 },
      notes,
      notes$: { v: 2 },
    });
    const items = defineBackgroundItems();
    expect(await items.counters.get()).toEqual(COUNTERS_SAVED_TODAY);
    expect(await items.notes.get()).toEqual(notes);
    expect(await getRecoveries()).toEqual([]);
  });
});

describe('records naming a site this release does not know (saved by a newer release)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('health keeps the other release’s report, without a notice', async () => {
    const report = { site: 'signal', status: 'broken', detail: 'no composer', at: NOW };
    const saved = {
      ...HEALTH_SAVED_TODAY,
      'google-messages': null,
      instagram: null,
      telegram: null,
      [NEW_SITE]: null,
      signal: report,
    };
    await fakeBrowser.storage.local.set({ health: saved, health$: { v: 1 } });
    expect(await defineBackgroundItems().health.get()).toEqual(saved);
    expect(await getRecoveries()).toEqual([]);
  });

  it('health still resets, with a notice, what is no report under another key', async () => {
    await fakeBrowser.storage.local.set({ health: { ...HEALTH_SAVED_TODAY, signal: 'on' } });
    expect(await defineBackgroundItems().health.get()).toEqual({
      ...HEALTH_SAVED_TODAY,
      'google-messages': null,
      instagram: null,
      telegram: null,
      [NEW_SITE]: null,
    });
    expect((await getRecoveries()).map((r) => r.reset)).toEqual([['signal']]);
  });

  it('counters keep the other release’s per-site counts and drafts, without a notice', async () => {
    const saved = structuredClone(COUNTERS_SAVED_TODAY);
    saved.days['2026-12-07'] = bucket('signal');
    saved.drafts[0]!.ending!.site = 'signal';
    await fakeBrowser.storage.local.set({ counters: saved, counters$: { v: 2 } });
    expect(await defineBackgroundItems().counters.get()).toEqual(saved);
    expect(await getRecoveries()).toEqual([]);
  });
});
