// Store check: `npm run zip` gives a zip per browser with the extension at its root, and a sources
// zip for Mozilla's review that can rebuild it. Exits 1 naming what is missing.
// Run: npx tsx scripts/check-zips.ts   (it runs `npm run zip` first; `--no-build` skips that)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SITE_IDS } from '../src/sites/lookup';

type Entry = { name: string; read(): Buffer };

/** Lists a zip's files from its central directory (stored or deflated entries). */
function zipEntries(file: string): Entry[] {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      read() {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return method === 8 ? inflateRawSync(data) : data;
      },
    });
    at += 46 + nameLength + extra;
  }
  return entries;
}

const problems: string[] = [];
const expect = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'zip'], { stdio: 'inherit' });

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (suffix: string) => join('.output', `${name}-${version}-${suffix}.zip`);

for (const [browser, manifestVersion] of [
  ['chrome', 3],
  ['firefox', 2],
] as const) {
  const file = zipPath(browser);
  if (!existsSync(file)) {
    problems.push(`${file} missing`);
    continue;
  }
  const entries = zipEntries(file);
  const manifest = entries.find((e) => e.name === 'manifest.json');
  expect(manifest !== undefined, `${file}: no manifest.json at its root`);
  if (manifest) {
    const parsed = JSON.parse(manifest.read().toString('utf8')) as Record<string, unknown>;
    expect(
      parsed.manifest_version === manifestVersion,
      `${file}: manifest_version is not ${manifestVersion}`,
    );
    expect(parsed.version === version, `${file}: manifest version is not ${version}`);
  }
  for (const script of [
    'background.js',
    ...SITE_IDS.map((site) => `content-scripts/${site}.js`),
    'guard-chunk.js',
    'icon/128.png',
    // The manifest's name and description come from here (default_locale: en).
    ...['en', 'es', 'pt_BR'].map((locale) => `_locales/${locale}/messages.json`),
  ]) {
    expect(
      entries.some((e) => e.name === script),
      `${file}: ${script} missing`,
    );
  }
  expect(!entries.some((e) => e.name.endsWith('.map')), `${file}: ships source maps`);
}

const sources = zipPath('sources');
if (!existsSync(sources)) problems.push(`${sources} missing (Mozilla reviewers rebuild from it)`);
else {
  const names = zipEntries(sources).map((e) => e.name);
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'README.md',
    'PRIVACY.md',
    'locales/en.yml',
  ]) {
    expect(names.includes(needed), `${sources}: ${needed} missing`);
  }
  expect(
    !names.some((n) => n.startsWith('node_modules/') || n.startsWith('.output/')),
    `${sources}: contains node_modules or build output`,
  );
}

const privacy = existsSync('PRIVACY.md') ? readFileSync('PRIVACY.md', 'utf8') : '';
expect(/privacy policy/i.test(privacy), 'PRIVACY.md is not a privacy policy');

if (problems.length > 0) {
  console.error(`zip check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('zips ok: chrome, firefox and sources, each with what the stores need');
