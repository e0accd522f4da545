import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/rules/index';
import { doubleTextExamples } from '../../../src/rules/rules/double-text.examples';
import { makeContext } from './helpers';

const finding = (unanswered: number, settings = {}) =>
  analyze('hello?', makeContext({ unanswered }, settings)).find((f) => f.rule === 'double-text');

describe('double-text', () => {
  it.each(doubleTextExamples.positive)('fires with %i unanswered', (n) =>
    expect(finding(n)).toBeDefined(),
  );
  it.each(doubleTextExamples.negative)('stays quiet with %i unanswered', (n) =>
    expect(finding(n)).toBeUndefined(),
  );

  it('counts the waiting messages in its reason and follows the threshold', () => {
    expect(finding(3)?.reason).toMatch(/^3 of your messages here are still waiting/);
    expect(finding(1, { doubleText: { unanswered: 1 } })?.reason).toMatch(/^One of your messages/);
  });
});
