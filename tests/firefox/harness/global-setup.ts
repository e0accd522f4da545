// Runs once before the Firefox files. `npm test` has already built the extension; a bare
// `npm run test:firefox` on a fresh checkout builds the Firefox build here. The replicas are
// always rebuilt so a test never runs against a stale copy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildReplicas } from '../../practice/build';
import { FIREFOX_EXTENSION_DIR } from './browser';

export default async function setup(): Promise<void> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  }
  await buildReplicas();
}
