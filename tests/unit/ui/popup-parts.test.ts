import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { siteForUrl } from '../../../src/ui/data/active-tab';
import { healthLine } from '../../../src/ui/popup/HealthLines';
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
  const active = { site: 'whatsapp' as const, status: 'active' as const, detail: '', at: 1 };
  it('puts a site switched off first, whatever its health', () => {
    const sites = { whatsapp: false, messenger: true };
    expect(healthLine('whatsapp', { whatsapp: active, messenger: null }, sites)).toEqual({
      tone: 'muted',
      text: 'Off on WhatsApp Web',
    });
  });

  it('tells active, broken and not yet opened apart', () => {
    const sites = DEFAULT_SETTINGS.sites;
    const broken = { ...active, status: 'broken' as const };
    expect(healthLine('whatsapp', { whatsapp: active, messenger: null }, sites).text).toBe(
      'Guard active on WhatsApp Web',
    );
    expect(healthLine('whatsapp', { whatsapp: broken, messenger: null }, sites).tone).toBe('warn');
    expect(healthLine('messenger', { whatsapp: active, messenger: null }, sites).text).toBe(
      'Messenger: not opened yet',
    );
    expect(healthLine('whatsapp', { whatsapp: active, messenger: null }, sites, true).text).toBe(
      'Guard snoozed on WhatsApp Web',
    );
    expect(healthLine('whatsapp', { whatsapp: broken, messenger: null }, sites, true).tone).toBe(
      'warn',
    );
  });

  it('tells a site that changed from a failure in use', () => {
    const sites = DEFAULT_SETTINGS.sites;
    const report = (detail: string) => ({
      whatsapp: { ...active, status: 'broken' as const, detail },
      messenger: null,
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
    for (const detail of ['rule engine failed (TypeError)', 'send anyway failed: not-sent']) {
      expect(healthLine('whatsapp', report(detail), sites)).toEqual({
        tone: 'warn',
        text: 'WhatsApp Web: something went wrong in the guard; reload the page if it happens again',
      });
    }
  });
});
