// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/registry';
import { RULE_IDS } from '../../../src/rules/types';

/**
 * A rule is one module (issue #11): adding one touches no other list by hand, and nothing about
 * it is forgotten. For every id: its module, its examples beside it, its unit test, its section
 * in docs/detection.md and the label the interface shows.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const DOC = readFileSync(`${ROOT}docs/detection.md`, 'utf8');

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

describe.each(RULE_IDS.map((id) => [id]))('rule %s', (id) => {
  it('has its module, registered under its own id', () => {
    expect(existsSync(`${ROOT}src/rules/rules/${id}.ts`)).toBe(true);
    expect(RULES[id].rule.id).toBe(id);
  });

  it('has examples beside it, flagged and left alone', async () => {
    const path = `${ROOT}src/rules/rules/${id}.examples.ts`;
    expect(existsSync(path)).toBe(true);
    const module = (await import(path)) as Record<
      string,
      { positive: unknown[]; negative: unknown[] }
    >;
    const examples = module[`${camel(id)}Examples`];
    expect(examples?.positive.length).toBeGreaterThan(0);
    expect(examples?.negative.length).toBeGreaterThan(0);
  });

  it('has a unit test that runs its examples', () => {
    const path = `${ROOT}tests/unit/rules/${id}.test.ts`;
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(`${camel(id)}Examples`);
  });

  it('has a section in docs/detection.md', () => {
    expect(DOC).toContain(`### \`${id}\`: ${RULES[id].rule.label.name}`);
  });

  it('carries the label the interface shows: a name, a few words for the chip, and why', () => {
    const { name, short, why } = RULES[id].rule.label;
    expect(name.length).toBeGreaterThan(2);
    expect(short.length).toBeGreaterThan(2);
    expect(why).toMatch(/\.$/);
    expect(why).not.toMatch(/!/);
  });
});
