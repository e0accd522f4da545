import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenComposerAppears } from '../../../src/guard/composer-discovery';
import type { GuardLifetime } from '../../../src/guard/types';

const adapter = {
  findComposer: (doc: Document) => doc.querySelector<HTMLElement>('#composer'),
  composerFor: (node: Node | null) =>
    node instanceof Element ? node.closest<HTMLElement>('#composer') : null,
};

function lifetime(): GuardLifetime {
  return {
    isValid: true,
    addEventListener: (target, type, handler, options) =>
      target.addEventListener(type, handler, options),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    onInvalidated: () => () => undefined,
  };
}

function addEditable(id: string): HTMLElement {
  const el = document.createElement('div');
  el.id = id;
  el.contentEditable = 'true';
  el.tabIndex = 0;
  document.body.append(el);
  return el;
}

describe('whenComposerAppears (what decides that the guard chunk loads)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => vi.useRealTimers());

  it('fires at once when the page already shows a composer', () => {
    addEditable('composer');
    const found = vi.fn();
    whenComposerAppears(lifetime(), adapter, found);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('waits while there is none: focusing another editable does not count', () => {
    const found = vi.fn();
    whenComposerAppears(lifetime(), adapter, found);
    addEditable('search').focus();
    vi.advanceTimersByTime(10_000);
    expect(found).not.toHaveBeenCalled();
  });

  it('fires once when the person focuses a composer that appeared', () => {
    const found = vi.fn();
    whenComposerAppears(lifetime(), adapter, found);
    const composer = addEditable('composer');
    composer.focus();
    expect(found).toHaveBeenCalledTimes(1);
    composer.blur();
    composer.focus();
    vi.advanceTimersByTime(10_000);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('finds a composer that appears without focus at the next poll, then stops polling', () => {
    const found = vi.fn();
    const life = lifetime();
    const spy = vi.spyOn(adapter, 'findComposer');
    whenComposerAppears(life, adapter, found);
    addEditable('composer');
    vi.advanceTimersByTime(2000);
    expect(found).toHaveBeenCalledTimes(1);
    const lookups = spy.mock.calls.length;
    vi.advanceTimersByTime(10_000);
    expect(spy.mock.calls.length).toBe(lookups);
    spy.mockRestore();
  });

  it('tells the caller it is still waiting, at start and at each poll, until a composer shows', () => {
    const waiting = vi.fn();
    whenComposerAppears(lifetime(), adapter, () => undefined, waiting);
    expect(waiting).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(4000);
    expect(waiting).toHaveBeenCalledTimes(3);
    addEditable('composer');
    vi.advanceTimersByTime(10_000);
    expect(waiting).toHaveBeenCalledTimes(3);
  });
});
