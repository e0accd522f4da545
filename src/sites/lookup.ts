import { SITES, type SiteRow } from './table';

/**
 * What the rest of the extension reads from the table of sites (src/sites/table.ts). Everything
 * here is computed from `SITES` when this module loads, so a test that replaces the table
 * (vi.mock of './table') sees every derived list follow it.
 */

export type SiteId = (typeof SITES)[number]['id'];

/** Every site, in the table's order (the order the pages list them in). */
export const SITE_IDS = SITES.map((site) => site.id) as readonly SiteId[] as readonly [
  SiteId,
  ...SiteId[],
];

export const SITE_LABELS = Object.fromEntries(SITES.map((site) => [site.id, site.label])) as Record<
  SiteId,
  string
>;

/** Every page a content script runs on, each once, in the table's order. */
export const SITE_MATCHES: readonly string[] = [...new Set(SITES.flatMap((site) => site.matches))];

/**
 * Every site's origin as a match pattern (`https://host/*`), each once: what Chrome accepts as
 * `web_accessible_resources` matches, where a pattern's path must be `/*` (a site's `matches`
 * may be narrower, e.g. one path).
 */
export const SITE_ORIGIN_MATCHES: readonly string[] = [
  ...new Set(SITE_MATCHES.map((match) => `${new URL(match.replace(/\*$/, '')).origin}/*`)),
];

/** The pages one site's content script runs on (its entrypoint's `matches`). */
export function siteMatches(id: SiteId): string[] {
  return [...rowFor(id).matches];
}

/** Every site's name as a sentence lists them: "WhatsApp Web and Messenger" (or "… or …"). */
export function siteNamesInWords(conjunction: 'and' | 'or' = 'and'): string {
  const labels = SITES.map((site) => site.label);
  const last = labels.pop();
  return labels.length === 0 ? (last ?? '') : `${labels.join(', ')} ${conjunction} ${last}`;
}

/** Which supported site an address shows, or null (another page, not https, or no address). */
export function siteForUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const row = (SITES as readonly SiteRow[]).find((site) => site.showsChats(parsed));
  return row ? (row.id as SiteId) : null;
}

function rowFor(id: SiteId): SiteRow {
  const row = (SITES as readonly SiteRow[]).find((site) => site.id === id);
  if (!row) throw new Error(`No site "${id}" in src/sites/table.ts`);
  return row;
}
