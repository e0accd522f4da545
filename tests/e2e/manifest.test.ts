// Minimal permissions, no remote code, default CSP: read from what would be shipped (the built
// manifests and bundles of both browsers), not from the config that is meant to produce them.
// Needs `npm run build` (the test command builds before the end-to-end suite).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites/table';

const SITE_LABELS = SITES.map((site) => site.label);

const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

/** The supported sites, and nothing else (README "Privacy and permissions" says why facebook.com/*). */
const SUPPORTED_MATCHES = [
  'https://web.whatsapp.com/*',
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://messages.google.com/web/*',
  'https://www.instagram.com/*',
  'https://web.telegram.org/a/*',
  'https://web.telegram.org/k/*',
];

/** Their origins: Chrome takes only `/*` paths in web_accessible_resources matches. */
const SUPPORTED_ORIGINS = [
  'https://web.whatsapp.com/*',
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://messages.google.com/*',
  'https://www.instagram.com/*',
  'https://web.telegram.org/*',
];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
};

function buildDir(build: string): string {
  const dir = resolve('.output', build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run \`npm run build\` first`);
  }
  return dir;
}

function manifestOf(build: string): Manifest {
  return JSON.parse(readFileSync(join(buildDir(build), 'manifest.json'), 'utf8')) as Manifest;
}

function filesOf(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name));
}

/** Ways to run code that was not in the package: eval, string-compiled functions, remote imports. */
const REMOTE_CODE = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![.\w$])Function\s*\(\s*["'`]/,
  /\bimportScripts\s*\(/,
  /\bimport\s*\(\s*["'`]https?:/,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
];

describe.each(BUILDS)('%s build', (build) => {
  const manifest = () => manifestOf(build);

  it('asks for the storage permission and nothing else', () => {
    expect(manifest().permissions).toEqual(['storage']);
    expect(manifest()).not.toHaveProperty('optional_permissions');
    expect(manifest()).not.toHaveProperty('host_permissions');
    expect(manifest()).not.toHaveProperty('optional_host_permissions');
  });

  it('reaches only the supported sites', () => {
    const scripts = manifest().content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    const matches = scripts.flatMap((s) => s.matches).sort();
    expect(matches).toEqual([...SUPPORTED_MATCHES].sort());
  });

  it('lets no page reach into the extension', () => {
    // No page may message the extension. The one file pages can load is the guard chunk, which
    // the content scripts import() on demand (docs/benchmarks.md, Sizes); only on the supported
    // sites, and on Chrome only under a per-session URL, so no page can probe for it.
    expect(manifest()).not.toHaveProperty('externally_connectable');
    const exposed = manifest().web_accessible_resources;
    if (build === 'chrome-mv3') {
      expect(exposed).toEqual([
        {
          resources: ['guard-chunk.js'],
          matches: expect.arrayContaining(SUPPORTED_ORIGINS),
          use_dynamic_url: true,
        },
      ]);
      const [entry] = exposed as Array<{ matches: string[] }>;
      expect(entry!.matches.sort()).toEqual([...SUPPORTED_ORIGINS].sort());
    } else {
      expect(exposed).toEqual(['guard-chunk.js']);
    }
  });

  it('has a name and description in every locale the stores accept (Chrome: at most 132 characters) naming every site', () => {
    const dir = buildDir(build);
    expect(manifest().default_locale).toBe('en');
    expect(manifest().name).toBe('__MSG_extName__');
    expect(manifest().description).toBe('__MSG_extDescription__');
    const locales = readdirSync(join(dir, '_locales')).sort();
    expect(locales).toEqual(['en', 'es', 'pt_BR']);
    for (const locale of locales) {
      const messages = JSON.parse(
        readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      const description = messages.extDescription?.message ?? '';
      expect(description.length, locale).toBeLessThanOrEqual(132);
      for (const label of SITE_LABELS) expect(description, locale).toContain(label);
      expect(messages.extName?.message, locale).toBe('Second Thought');
    }
  });

  it('has the icons the stores ask for, packaged', () => {
    const icons = manifest().icons as Record<string, string> | undefined;
    for (const size of ['16', '48', '128']) {
      expect(icons?.[size], `icon ${size}`).toBeDefined();
      expect(existsSync(join(buildDir(build), icons![size]!))).toBe(true);
    }
  });

  it('keeps the default content security policy', () => {
    expect(manifest()).not.toHaveProperty('content_security_policy');
  });

  it('ships no remote code: scripts are packaged files, none compiled from strings', () => {
    const dir = buildDir(build);
    const html = filesOf(dir, '.html');
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const sources = [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)];
      for (const [, src] of sources) expect(src, file).toMatch(/^\/[\w/.-]+\.js$/);
    }
    const js = filesOf(dir, '.js');
    expect(js.length).toBeGreaterThan(3);
    for (const file of js) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of REMOTE_CODE) expect(code, `${file} ${pattern}`).not.toMatch(pattern);
    }
  });
});

describe('firefox-mv2 manifest', () => {
  it('declares that no data is collected, for Firefox versions that read that declaration', () => {
    const gecko = manifestOf('firefox-mv2').browser_specific_settings as {
      gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
      gecko_android?: { strict_min_version: string };
    };
    expect(gecko.gecko.id).toMatch(/@/);
    expect(gecko.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android).
    expect(Number.parseFloat(gecko.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(
      Number.parseFloat(gecko.gecko_android?.strict_min_version ?? '0'),
    ).toBeGreaterThanOrEqual(142);
  });
});
