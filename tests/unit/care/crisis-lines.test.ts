// The crisis table is read by people at their worst moment: every row must carry its evidence,
// and every number must be one a phone can dial as shown.
import { describe, expect, it } from 'vitest';
import type { CrisisLine } from '../../../src/care/crisis-line';
import { CRISIS_LINES, HELPLINE_DIRECTORY } from '../../../src/care/crisis-lines';

/** The countries issue #15 names, plus the three the care text named before. */
const REQUIRED = ['US', 'GB', 'IE', 'ES', 'MX', 'AR', 'CO', 'BR', 'PT'];

const rows: [string, CrisisLine][] = CRISIS_LINES.flatMap(({ country, lines }) =>
  lines.map((line): [string, CrisisLine] => [`${country} ${line.name}`, line]),
);

/** A real calendar day written YYYY-MM-DD, not after today. */
function isCheckedDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return day.toISOString().slice(0, 10) === value && day.getTime() <= Date.now();
}

function isWebUrl(value: string, protocols = ['https:', 'http:']): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The digits a display form dials match its link: the same digits for a national number, or
 * the national number without its trunk 0 at the end of an international one.
 */
function sameNumber(display: string, link: string, scheme: 'tel' | 'sms'): boolean {
  const dialled = display.replace(/[^0-9*]/g, '');
  const linked = link.slice(scheme.length + 1);
  if (linked.startsWith('+')) return linked.endsWith(dialled.replace(/^0/, ''));
  return linked === dialled;
}

describe('crisis lines table', () => {
  it('lists every country the issue requires', () => {
    const countries = CRISIS_LINES.map((entry) => entry.country);
    for (const country of REQUIRED) expect(countries).toContain(country);
  });

  it('keys each country once by an ISO 3166-1 alpha-2 code, with at least one line', () => {
    const countries = CRISIS_LINES.map((entry) => entry.country);
    expect(new Set(countries).size).toBe(countries.length);
    for (const entry of CRISIS_LINES) {
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.lines.length).toBeGreaterThan(0);
    }
  });

  it.each(rows)('%s names at least one source page and the day it was checked', (_, line) => {
    expect(line.sources.length).toBeGreaterThan(0);
    for (const source of line.sources) {
      expect(isWebUrl(source.url), source.url).toBe(true);
      expect(isCheckedDate(source.checked), source.checked).toBe(true);
    }
  });

  it.each(rows)('%s has well-formed numbers whose links dial what is shown', (_, line) => {
    expect(line.name.trim()).not.toBe('');
    expect(line.phones.length).toBeGreaterThan(0);
    for (const phone of line.phones) {
      expect(phone.tel).toMatch(/^tel:(\+[1-9][0-9]{6,14}|\*?[0-9]{3,15})$/);
      expect(phone.display).toMatch(/^[0-9*+()\- ]+$/);
      expect(sameNumber(phone.display, phone.tel, 'tel'), phone.display).toBe(true);
      if (phone.menuOption !== undefined) expect(phone.menuOption).toBeGreaterThan(0);
    }
    if (line.text) {
      expect(line.text.sms).toMatch(/^sms:\+?[0-9]{3,15}$/);
      expect(sameNumber(line.text.display, line.text.sms, 'sms'), line.text.display).toBe(true);
    }
  });

  it.each(rows)(
    '%s gives hours, languages and contact links a UI can use as they are',
    (_, line) => {
      if (line.hours !== '24/7') {
        expect(line.hours.daily.from).toMatch(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
        expect(line.hours.daily.to).toMatch(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/);
      }
      expect(line.languages.length).toBeGreaterThan(0);
      for (const language of line.languages) expect(language).toMatch(/^[a-z]{2,3}$/);
      if (line.chat) expect(isWebUrl(line.chat, ['https:']), line.chat).toBe(true);
      if (line.email) expect(line.email).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
    },
  );

  it('falls back to an international directory that has its own dated source', () => {
    expect(isWebUrl(HELPLINE_DIRECTORY.url, ['https:'])).toBe(true);
    expect(HELPLINE_DIRECTORY.sources.length).toBeGreaterThan(0);
    for (const source of HELPLINE_DIRECTORY.sources) {
      expect(isWebUrl(source.url)).toBe(true);
      expect(isCheckedDate(source.checked)).toBe(true);
    }
  });
});

describe('the checks themselves', () => {
  // Why: a check that accepts everything would let a mistyped number through unnoticed.
  it('reject a link that dials something else than the display', () => {
    expect(sameNumber('116 123', 'tel:116132', 'tel')).toBe(false);
    expect(sameNumber('(011) 5275-1135', 'tel:+541152751135', 'tel')).toBe(true);
    expect(sameNumber('(011) 5275-1135', 'tel:+541152751153', 'tel')).toBe(false);
    expect(sameNumber('*4141', 'tel:4141', 'tel')).toBe(false);
  });

  it('reject impossible and future check dates', () => {
    expect(isCheckedDate('2026-02-30')).toBe(false);
    expect(isCheckedDate('7 Dec 2026')).toBe(false);
    expect(isCheckedDate('9999-01-01')).toBe(false);
    expect(isCheckedDate('2024-02-29')).toBe(true);
  });
});
