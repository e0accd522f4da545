// Every site in the table (src/sites/table.ts) has everything a site needs, and nothing outside
// the table names a site: adding a row without its adapter, entrypoint, replica or e2e suite, or
// writing a site's id or host somewhere else, fails here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../src/sites/adapters';
import { SITE_IDS, SITE_MATCHES, siteForUrl, siteMatches } from '../../../src/sites/lookup';
import { SITES } from '../../../src/sites/table';
import { SITES as REPLICA_SITES } from '../../practice/build';
import { REPLICA_URLS, replicaSiteFor } from '../../practice/routes';

const ROOT = join(import.meta.dirname, '../../..');

describe.each(SITE_IDS)('site %s', (id) => {
  it('has its adapter, answering to its id', () => {
    expect(SITE_ADAPTERS[id]?.id).toBe(id);
  });

  it("has its content-script entrypoint, running on the table's pages", async () => {
    const entry = `entrypoints/${id}.content/index.ts`;
    expect(existsSync(join(ROOT, entry)), entry).toBe(true);
    const { default: script } = (await import(`../../../entrypoints/${id}.content/index.ts`)) as {
      default: { matches: string[]; main: unknown };
    };
    expect(script.matches).toEqual(siteMatches(id));
    expect(typeof script.main).toBe('function');
  });

  it('has its practice replica, built and served at an address of the site', () => {
    expect(existsSync(join(ROOT, `tests/practice/src/${id}/main.ts`))).toBe(true);
    expect(existsSync(join(ROOT, `tests/practice/src/${id}/index.html`))).toBe(true);
    expect(REPLICA_SITES as readonly string[]).toContain(id);
    const url = (REPLICA_URLS as Record<string, string>)[id];
    expect(url, `REPLICA_URLS.${id} in tests/practice/routes.ts`).toBeDefined();
    expect(replicaSiteFor(url!)).toBe(id);
    expect(siteForUrl(url)).toBe(id);
  });

  it('has its e2e suite', () => {
    expect(existsSync(join(ROOT, `tests/e2e/replica.${id}.test.ts`))).toBe(true);
  });

  it('has its adapter unit tests', () => {
    expect(existsSync(join(ROOT, `tests/unit/sites/${id}-adapter.test.ts`))).toBe(true);
  });

  // README.md's "Sites" table: one row per site, its name in the first cell.
  it('has its row in the README’s table of sites', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const label = SITES.find((site) => site.id === id)!.label;
    expect(readme).toMatch(new RegExp(`^\\|\\s*${label}\\s*\\|`, 'm'));
  });
});

describe('the table', () => {
  it('has each id once, and ids fit the stored switches', () => {
    expect(new Set(SITE_IDS).size).toBe(SITE_IDS.length);
    for (const id of SITE_IDS) expect(id).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
  });

  it('has an adapter for no site outside it', () => {
    expect(Object.keys(SITE_ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
  });

  it('owns every content script: an entrypoint per site and none for anything else', () => {
    const scripts = readdirSync(join(ROOT, 'entrypoints'))
      .filter((name) => name.endsWith('.content'))
      .map((name) => name.slice(0, -'.content'.length));
    expect(scripts.sort()).toEqual([...SITE_IDS].sort());
  });

  it('gives only https addresses as matches', () => {
    for (const match of SITE_MATCHES) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\/.*$/);
  });
});

/** Where a site may be named: its table, its adapters, and storage's history of old shapes. */
const MAY_NAME_SITES = [
  'src/sites/',
  'src/storage/migrations/settings-v1.ts',
  'src/storage/migrations/settings-v2.ts',
];

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

/** Code lines: comments (which may explain a site's quirks) and import paths left out. */
function codeLines(text: string): string[] {
  return text
    .split('\n')
    .filter(
      (line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && !/^\s*(import|export) .* from '/.test(line),
    );
}

describe('nothing outside the table names a site', () => {
  const hosts = [
    ...new Set(SITE_MATCHES.map((match) => new URL(match.replace('*', '')).hostname)),
  ].map((host) => host.replace(/^www\./, ''));
  const names = [...SITE_IDS, ...hosts];
  const files = [...sourceFiles('src'), ...sourceFiles('entrypoints'), 'wxt.config.ts']
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .filter((file) => !MAY_NAME_SITES.some((allowed) => file.startsWith(allowed)));

  it('finds files to look at (the test would prove nothing otherwise)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('wxt.config.ts');
  });

  it.each(names)('%s appears in no code outside src/sites/', (name) => {
    const pattern = new RegExp(`\\b${name.replace(/\./g, '\\.')}\\b`, 'i');
    const found = files.flatMap((file) =>
      codeLines(readFileSync(join(ROOT, file), 'utf8'))
        .filter((line) => pattern.test(line))
        .map((line) => `${relative(ROOT, join(ROOT, file))}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
