// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the engine keeps no state of its own', () => {
  it('has no module-level variables or caches in src/rules (an analyser owns its memory)', () => {
    const dir = new URL('../../../src/rules/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(`${dir}${file}`, 'utf8');
      expect(source, file).not.toMatch(/^(?:export )?(?:let|var) /m);
      expect(source, file).not.toMatch(/^(?:export )?const \w+\s*=\s*new (?:Weak)?Map\b/m);
    }
  });
});
