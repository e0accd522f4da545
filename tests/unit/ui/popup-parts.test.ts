import { describe, expect, it } from 'vitest';
import type { HealthView, UnsentNote } from '../../../src/messaging/protocol';
import { SITE_IDS, SITE_LABELS, type SiteId, siteForUrl } from '../../../src/sites/lookup';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { healthLine, healthLines } from '../../../src/ui/popup/HealthLines';
import { notesWaiting } from '../../../src/ui/popup/notes-waiting';
import { axisTop, chartSummary } from '../../../src/ui/popup/TrendChart';
import { fourteenDays } from './fakes';

describe('siteForUrl', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://www.facebook.com/messages/t/123', 'messenger'],
    ['https://www.facebook.com/messages', 'messenger'],
    ['https://www.facebook.com/groups/1', null],
    ['https://www.facebook.com/messagesfoo', null],
    ['https://whatsapp.com/', null],
    ['http://web.whatsapp.com/', null],
    ['https://web.whatsapp.com.evil.example/', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });
});

describe('axisTop', () => {
  it('always leaves room above the tallest bar and halves cleanly', () => {
    for (let max = 0; max <= 1000; max++) {
      const top = axisTop(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(top % 2).toBe(0);
      expect(top).toBeLessThanOrEqual(Math.max(2, max * 2.5));
    }
  });
});

describe('chartSummary', () => {
  it('names the range, the totals and the busiest day', () => {
    const text = chartSummary(
      fourteenDays([
        [1, 0],
        [3, 1],
        [0, 2],
      ]),
    );
    expect(text).toMatch(/^From .*12.* to .*25.*: 4 pauses, 3 sent anyway\./);
    expect(text).toMatch(/most pauses were on .*13.* \(3\)/);
  });

  it('says so when nothing happened', () => {
    expect(chartSummary(fourteenDays())).toMatch(/no pauses and nothing sent anyway/);
  });
});

describe('healthLine', () => {
  /** No site opened yet: every site of the table, so a new row needs no edit here. */
  const NONE = Object.fromEntries(SITE_IDS.map((id) => [id, null])) as HealthView;
  const active = { site: 'whatsapp' as const, status: 'active' as const, detail: '', at: 1 };
  it('puts a site switched off first, whatever its health', () => {
    const sites = { ...DEFAULT_SETTINGS.sites, whatsapp: false };
    expect(healthLine('whatsapp', { ...NONE, whatsapp: active }, sites)).toEqual({
      tone: 'muted',
      text: 'Off on WhatsApp Web',
    });
  });

  it('tells active, broken and not yet opened apart', () => {
    const sites = DEFAULT_SETTINGS.sites;
    const broken = { ...active, status: 'broken' as const };
    expect(healthLine('whatsapp', { ...NONE, whatsapp: active }, sites).text).toBe(
      'Guard active on WhatsApp Web',
    );
    expect(healthLine('whatsapp', { ...NONE, whatsapp: broken }, sites).tone).toBe('warn');
    expect(healthLine('messenger', { ...NONE, whatsapp: active }, sites).text).toBe(
      'Messenger: not opened yet',
    );
    expect(healthLine('whatsapp', { ...NONE, whatsapp: active }, sites, true).text).toBe(
      'Guard snoozed on WhatsApp Web',
    );
    expect(healthLine('whatsapp', { ...NONE, whatsapp: broken }, sites, true).tone).toBe('warn');
  });

  it('never says a site that was never opened changed: a first run shows nothing alarming', () => {
    const none = NONE;
    for (const site of ['whatsapp', 'messenger'] as const) {
      const line = healthLine(site, none, DEFAULT_SETTINGS.sites);
      expect(line.tone).toBe('muted');
      expect(line.text).toMatch(/not opened yet$/);
    }
  });

  it('tells a site that changed from a failure in use', () => {
    const sites = DEFAULT_SETTINGS.sites;
    const report = (detail: string) => ({
      ...NONE,
      whatsapp: { ...active, status: 'broken' as const, detail },
    });
    expect(healthLine('whatsapp', report('send button not found'), sites).text).toBe(
      'WhatsApp Web changed: the guard is off until an update',
    );
    expect(healthLine('whatsapp', report('composer not found in an open chat'), sites).text).toBe(
      'WhatsApp Web changed: the guard is off until an update',
    );
    expect(healthLine('whatsapp', report('send anyway failed: no-send-control'), sites).text).toBe(
      'WhatsApp Web changed: the guard is off until an update',
    );
    expect(healthLine('whatsapp', report('guard failed to load (TypeError)'), sites).text).toBe(
      'WhatsApp Web: the guard could not start; reload the page',
    );
    for (const detail of ['rule engine failed (TypeError)', 'send anyway failed: not-sent']) {
      expect(healthLine('whatsapp', report(detail), sites)).toEqual({
        tone: 'warn',
        text: 'WhatsApp Web: something went wrong in the guard; reload the page if it happens again',
      });
    }
  });
});

describe('notesWaiting', () => {
  const QUIET = DEFAULT_SETTINGS.engine.quietHours; // 22:00-06:00 every night
  const local = (day: number, hour: number, minute = 0) =>
    new Date(2026, 10, day, hour, minute).getTime();
  const note = (id: string, at: number, seenAt: number | null = null): UnsentNote => ({
    id,
    site: 'whatsapp',
    text: id,
    rules: [],
    at,
    chatTitle: null,
    seenAt,
  });
  const ids = (notes: UnsentNote[] | undefined) => notes?.map((n) => n.id);
  const MORNING = local(25, 8, 10); // Wednesday 25 November 2026

  it('puts last night’s notes, oldest first, in the review once the quiet hours are over', () => {
    const notes = [
      note('late', local(25, 1, 10)),
      note('early', local(24, 23, 40)),
      note('day', local(24, 15)),
      note('seen', local(25, 0, 5), local(25, 7)),
    ];
    const waiting = notesWaiting(notes, QUIET, MORNING);
    expect(ids(waiting.night?.notes)).toEqual(['early', 'late']);
    expect(waiting.night?.headline).toBe('You saved 2 messages last night');
    expect(ids(waiting.others)).toEqual(['day']);
  });

  it('presses nothing while the quiet hours last: the notes only wait', () => {
    const notes = [note('a', local(25, 1)), note('b', local(25, 2))];
    const waiting = notesWaiting(notes, QUIET, local(25, 3));
    expect(waiting.night).toBeNull();
    expect(ids(waiting.others)).toEqual(['a', 'b']);
  });

  it('says "a message", and "in your quiet hours" for an older night or quiet hours by day', () => {
    expect(notesWaiting([note('a', local(25, 1))], QUIET, MORNING).night?.headline).toBe(
      'You saved a message last night',
    );
    const older = [note('a', local(22, 23)), note('b', local(25, 1))];
    expect(notesWaiting(older, QUIET, MORNING).night?.headline).toBe(
      'You saved 2 messages in your quiet hours',
    );
    const afternoon = { start: 13 * 60, end: 15 * 60, days: QUIET.days };
    expect(notesWaiting([note('a', local(25, 14))], afternoon, local(25, 16)).night?.headline).toBe(
      'You saved a message in your quiet hours',
    );
  });

  it('follows the quiet nights the person chose (Friday and Saturday only)', () => {
    const weekends = { ...QUIET, days: [5, 6] };
    const tuesdayNight = note('tue', local(24, 23));
    const saturdayNight = note('sat', local(28, 23));
    const waiting = notesWaiting([tuesdayNight, saturdayNight], weekends, local(29, 9));
    expect(ids(waiting.night?.notes)).toEqual(['sat']);
    expect(ids(waiting.others)).toEqual(['tue']);
  });
});

describe('healthLines', () => {
  const active = { site: 'whatsapp' as const, status: 'active' as const, detail: '', at: 1 };
  /** No site opened yet: every site of the table. */
  const none = Object.fromEntries(SITE_IDS.map((id) => [id, null])) as HealthView;
  const labels = (ids: SiteId[]) => ids.map((id) => SITE_LABELS[id]).join(', ');

  it('puts the sites never opened on one line, after the others', () => {
    const lines = healthLines({ ...none, whatsapp: active }, DEFAULT_SETTINGS.sites);
    expect(lines.map((l) => l.text)).toEqual([
      'Guard active on WhatsApp Web',
      `Not opened yet: ${labels(SITE_IDS.filter((id) => id !== 'whatsapp'))}`,
    ]);
    expect(lines[1]?.tone).toBe('muted');
  });

  it('keeps one site never opened in its own words, and a site switched off on its own line', () => {
    const sites = { ...DEFAULT_SETTINGS.sites, messenger: false };
    const all = Object.fromEntries(
      SITE_IDS.map((id) => [id, { ...active, site: id }]),
    ) as HealthView;
    expect(healthLines(all, sites).map((l) => l.text)).toEqual(
      SITE_IDS.map((id) =>
        id === 'messenger' ? 'Off on Messenger' : `Guard active on ${SITE_LABELS[id]}`,
      ),
    );
    const oneLeft = { ...all, telegram: null };
    expect(healthLines(oneLeft, DEFAULT_SETTINGS.sites).at(-1)?.text).toBe(
      'Telegram Web: not opened yet',
    );
  });
});
