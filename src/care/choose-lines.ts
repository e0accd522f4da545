import type { CountryLines, Directory } from './crisis-line';
import { CRISIS_LINES, HELPLINE_DIRECTORY } from './crisis-lines';
import { regionFromLocale } from './locale-region';

/** What the care variant shows, in order: the person's own lines, then the way to the rest. */
export interface LineChoice {
  /** The region read from the locales, whether or not the table knows it. */
  region: string | undefined;
  /** The lines of that region; undefined sends the person to the directory first. */
  home: CountryLines | undefined;
  /** Every other listed country, by code, for "see other countries". */
  others: readonly CountryLines[];
  directory: Directory;
}

/**
 * Chooses crisis lines from the browser's locales (navigator.languages order, most preferred
 * first). The first locale that names a region decides: someone with ["ja-JP", "en-US"] is more
 * likely in Japan than in the US, so they get the directory, not the 988 Lifeline. A locale
 * without a region ("pt") cannot tell Brazil from Portugal and decides nothing.
 */
export function chooseLines(
  locales: string | readonly string[],
  table: readonly CountryLines[] = CRISIS_LINES,
  directory: Directory = HELPLINE_DIRECTORY,
): LineChoice {
  const list = typeof locales === 'string' ? [locales] : locales;
  const region = list.map(regionFromLocale).find((found) => found !== undefined);
  const home = table.find((entry) => entry.country === region);
  const others = table
    .filter((entry) => entry !== home)
    // Plain code order, not the UI locale's collation: the same list in every language.
    .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  return { region, home, others, directory };
}
