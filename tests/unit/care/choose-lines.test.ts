import { describe, expect, it } from 'vitest';
import { chooseLines } from '../../../src/care/choose-lines';
import type { CountryLines } from '../../../src/care/crisis-line';
import { CRISIS_LINES, HELPLINE_DIRECTORY } from '../../../src/care/crisis-lines';

const countries = (list: readonly CountryLines[]) => list.map((entry) => entry.country);

describe('chooseLines', () => {
  it.each([
    ['es-MX', 'MX'],
    ['pt-BR', 'BR'],
    ['pt-PT', 'PT'],
    ['en-GB', 'GB'],
    ['en-IE', 'IE'],
    ['es-ES', 'ES'],
    ['es-AR', 'AR'],
    ['es-CO', 'CO'],
    ['en-US', 'US'],
  ])('puts the lines of %s first and every other country after', (locale, country) => {
    const choice = chooseLines(locale);
    expect(choice.region).toBe(country);
    expect(choice.home?.country).toBe(country);
    expect(countries(choice.others)).not.toContain(country);
    expect(choice.others.length).toBe(CRISIS_LINES.length - 1);
    expect(choice.directory).toBe(HELPLINE_DIRECTORY);
  });

  it('sends a language without a region to the directory, with every country to browse', () => {
    const choice = chooseLines('pt');
    expect(choice.region).toBeUndefined();
    expect(choice.home).toBeUndefined();
    expect(countries(choice.others).sort()).toEqual(countries(CRISIS_LINES).sort());
    expect(choice.directory.url).toMatch(/^https:\/\//);
  });

  it('sends a country the table does not list to the directory, naming the region it read', () => {
    const choice = chooseLines('ja-JP');
    expect(choice.region).toBe('JP');
    expect(choice.home).toBeUndefined();
    expect(choice.others.length).toBe(CRISIS_LINES.length);
  });

  it('lets the first locale that names a region decide', () => {
    expect(chooseLines(['pt', 'pt-BR', 'en-US']).home?.country).toBe('BR');
    // Someone whose first region is Japan is not shown a US number because English comes second.
    expect(chooseLines(['ja-JP', 'en-US']).home).toBeUndefined();
    expect(chooseLines([]).home).toBeUndefined();
  });

  it('lists the other countries by code, whatever the order of the table', () => {
    const line = CRISIS_LINES[0]!.lines;
    const table: CountryLines[] = [
      { country: 'PT', lines: line },
      { country: 'BR', lines: line },
      { country: 'MX', lines: line },
      { country: 'AR', lines: line },
    ];
    const choice = chooseLines('es-MX', table);
    expect(countries(choice.others)).toEqual(['AR', 'BR', 'PT']);
    expect(countries(table)).toEqual(['PT', 'BR', 'MX', 'AR']); // the table itself is untouched
  });
});
