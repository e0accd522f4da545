import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatCount, listInWords, uiLocale } from '../../../src/i18n/locale';
import { useLocale } from '../../i18n-messages';

afterEach(() => useLocale(fakeBrowser, 'en'));

/** A browser whose interface is in `language`, with the messages of `locale` (as it picks them). */
async function browserIn(language: string, locale: string) {
  await useLocale(fakeBrowser, locale);
  fakeBrowser.i18n.getUILanguage = () => language;
}

describe('the language of numbers, dates and lists', () => {
  it('follows the words: a browser in French gets English words, so English lists', async () => {
    await browserIn('fr', 'en');
    expect(uiLocale()).toBe('en');
    expect(listInWords(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });

  it('keeps the browser’s regional variant of the same language', async () => {
    await browserIn('es-MX', 'es');
    expect(uiLocale()).toBe('es-MX');
    await browserIn('en-GB', 'en');
    expect(uiLocale()).toBe('en-GB');
  });

  it('writes lists and counts as each language does', async () => {
    await browserIn('es', 'es');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B y C');
    expect(formatCount(12345)).toBe('12.345');
    await browserIn('pt-BR', 'pt_BR');
    expect(listInWords(['A', 'B', 'C'], 'or')).toBe('A, B ou C');
    expect(formatCount(1234)).toBe('1.234');
  });
});
