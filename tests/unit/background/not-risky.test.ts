import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type HandlerDeps } from '../../../src/background/handlers';
import { defineBackgroundItems } from '../../../src/storage/background-items';
import { getSettings, updateSettings } from '../../../src/storage/settings';

function setup() {
  const deps: HandlerDeps = {
    ...defineBackgroundItems(),
    settings: { get: getSettings, update: updateSettings },
    now: () => 0,
    newId: () => 'id',
  };
  return createHandlers(deps);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('markNotRisky and its undo', () => {
  it('stores the phrase, counts the rule, answers the new settings; undo takes both back', async () => {
    const handlers = setup();
    const { settings, change } = await handlers.markNotRisky({
      choice: 'phrase',
      site: 'whatsapp',
      title: 'Sam',
      rules: ['begging'],
      phrases: ['please come back'],
    });
    expect(settings.engine.neverFlag).toEqual(['please come back']);
    expect((await getSettings()).engine.neverFlag).toEqual(['please come back']);
    expect(await handlers.getCorrections()).toEqual({ byRule: { begging: 1 } });
    const undone = await handlers.undoNotRisky(change);
    expect(undone.settings.engine.neverFlag).toEqual([]);
    expect((await getSettings()).engine.neverFlag).toEqual([]);
    expect(await handlers.getCorrections()).toEqual({ byRule: {} });
  });

  it('switches a rule off in one chat', async () => {
    const handlers = setup();
    const { settings } = await handlers.markNotRisky({
      choice: 'chat',
      site: 'messenger',
      title: 'Alex',
      rules: ['late-night'],
      phrases: [],
    });
    expect(settings.rulesOffInChats).toEqual([
      { site: 'messenger', title: 'Alex', rules: ['late-night'] },
    ]);
    await handlers.forgetCorrections({ rule: 'late-night' });
    expect(await handlers.getCorrections()).toEqual({ byRule: {} });
  });

  it('refuses malformed requests with a message naming the field, changing nothing', async () => {
    const handlers = setup();
    const bad = { choice: 'everything', site: 'whatsapp', title: null, rules: [], phrases: [] };
    await expect(handlers.markNotRisky(bad as never)).rejects.toThrow(/markNotRisky.*choice/);
    expect(await getSettings()).toEqual(await getSettings());
    expect(await handlers.getCorrections()).toEqual({ byRule: {} });
  });
});
