import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z as plainZod } from 'zod';
import '../../../src/storage/settings-schema';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('zod runs without its eval probe (Firefox lint DANGEROUS_EVAL)', () => {
  it('is configured jitless once settings-schema is loaded', () => {
    expect(plainZod.config().jitless).toBe(true);
  });

  it('is imported from src/storage/zod.ts everywhere else', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter(
      (file) =>
        !file.endsWith(join('storage', 'zod.ts')) &&
        /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
