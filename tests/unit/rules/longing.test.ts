import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/rules/decide';
import { analyze } from '../../../src/rules/index';
import { longingExamples } from '../../../src/rules/rules/longing.examples';
import { expectCalmReason, findingFor, itHandlesExamples, makeContext } from './helpers';

describe('longing', () => {
  itHandlesExamples('longing', longingExamples);

  it('reaches every chat when the love lingers, only listed chats when it is plain', () => {
    expect(findingFor('I still love you', 'longing')?.reach).toBe('anywhere');
    expect(findingFor('love you, see you Sunday', 'longing')?.reach).toBe('listed');
  });

  it('lets plain love reach anywhere when the draft also carries the breakup', () => {
    const f = findingFor("I miss you. I know we said no contact but I can't move on", 'longing');
    expect(f?.reach).toBe('anywhere');
  });

  it('never says the feeling is wrong, and words plain love for a chat the person chose', () => {
    const lingering = findingFor('I still love you', 'longing');
    expectCalmReason(lingering, 'I still love you');
    expect(lingering!.reason).toMatch(/is this the moment|if this is the moment/i);
    const plain = findingFor('love you', 'longing');
    expect(plain!.reason).toMatch(/a chat you asked to guard/);
    expect(plain!.reason).not.toMatch(/pleading|wrong/);
  });

  it('is not said to the person when told about him or her', () => {
    const told = analyze('I still love him but I know I have to move on', makeContext());
    expect(told.map((f) => f.rule)).not.toContain('longing');
    const quoted = analyze("he said 'I'll always love you' and then blocked me", makeContext());
    expect(decide(quoted, 'unlisted').pause).toEqual([]);
  });
});
