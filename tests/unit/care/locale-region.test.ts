import { describe, expect, it } from 'vitest';
import { regionFromLocale } from '../../../src/care/locale-region';

describe('regionFromLocale', () => {
  it.each([
    ['es-MX', 'MX'],
    ['pt-BR', 'BR'],
    ['pt-PT', 'PT'],
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['es-AR', 'AR'],
    ['pt_BR', 'BR'], // the underscore form some older APIs return
    ['PT-br', 'BR'], // tags are case-insensitive
    [' en-IE ', 'IE'],
    ['zh-Hant-TW', 'TW'], // after a script
    ['zh-yue-HK', 'HK'], // after an extended language
    ['de-CH-1996', 'CH'], // before a variant
    ['en-US-u-ca-gregory', 'US'], // before an extension
    ['en-UK', 'GB'], // common mistake for Great Britain
  ])('reads %s as %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });

  it.each([
    ['pt'], // a language alone: Brazil or Portugal?
    ['es'],
    ['es-419'], // Latin America is an area, not a country
    ['en-x-gb'], // private use is not a region
    ['en-Latn'],
    ['i-klingon'],
    [''],
    ['-MX'],
  ])('finds no region in "%s"', (locale) => {
    expect(regionFromLocale(locale)).toBeUndefined();
  });
});
