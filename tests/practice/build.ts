// Bundles the practice replicas into tests/practice/dist/<site>/{index.html,app.js,app.css}.
// Uses esbuild (already installed with vite and tsx) so building needs no new dependency.
// Run: npx tsx tests/practice/build.ts
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PRACTICE_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(PRACTICE_DIR, 'dist');
export const SITES = ['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const;
export type ReplicaSite = (typeof SITES)[number];

export async function buildReplicas(): Promise<void> {
  await rm(DIST_DIR, { recursive: true, force: true });
  for (const site of SITES) {
    const src = join(PRACTICE_DIR, 'src', site);
    const out = join(DIST_DIR, site);
    await mkdir(out, { recursive: true });
    await build({
      entryPoints: [join(src, 'main.ts')],
      outfile: join(out, 'app.js'),
      bundle: true,
      format: 'esm',
      target: 'chrome120',
      sourcemap: true,
      // The real sites ship Lexical's production build (its package exports a "production" condition).
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    await copyFile(join(src, 'index.html'), join(out, 'index.html'));
    await copyFile(join(src, 'style.css'), join(out, 'app.css'));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildReplicas().then(
    () => console.log(`practice replicas built in ${DIST_DIR}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
