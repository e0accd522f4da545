// Runs once before the e2e files. `npm test` has already built the extension; a bare
// `npm run test:e2e` on a fresh checkout builds it here. The replicas are always rebuilt so a
// test never runs against a stale copy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildReplicas } from '../../practice/build';
import { EXTENSION_DIR } from './browser';

export default async function setup(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  await buildReplicas();
}
