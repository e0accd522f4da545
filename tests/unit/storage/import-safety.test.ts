import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('storage modules outside an extension', () => {
  it('can be imported in plain Node (as WXT does while building) without touching storage', () => {
    const script = [
      "await import('./src/storage/settings.ts');",
      "await import('./src/storage/import-export.ts');",
      "await import('./src/storage/recoveries.ts');",
      "await import('./src/storage/background-items.ts');",
      'await new Promise((resolve) => setTimeout(resolve, 50));',
      "console.log('ok');",
    ].join('\n');
    const output = execFileSync('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toBe('ok');
  }, 30_000);
});
