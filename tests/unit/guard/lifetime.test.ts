import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardLifetime } from '../../../src/guard/lifetime';

describe('guardLifetime (the guard sets a timeout on every keystroke)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('runs timeouts while the content script is valid', () => {
    const ctx = new ContentScriptContext('lifetime-test');
    const handler = vi.fn();
    guardLifetime(ctx).setTimeout(handler, 90);
    vi.advanceTimersByTime(90);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('leaves nothing behind per timeout: no invalidation listener is registered', () => {
    const ctx = new ContentScriptContext('lifetime-test');
    const register = vi.spyOn(ctx.signal, 'addEventListener');
    const lifetime = guardLifetime(ctx);
    for (let i = 0; i < 1000; i++) lifetime.setTimeout(() => undefined, 90);
    vi.advanceTimersByTime(100);
    expect(register).not.toHaveBeenCalled();
  });

  it('does nothing once the extension was reloaded (context invalidated)', () => {
    const ctx = new ContentScriptContext('lifetime-test');
    const handler = vi.fn();
    guardLifetime(ctx).setTimeout(handler, 90);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(90);
    expect(handler).not.toHaveBeenCalled();
  });

  it("is WXT's own context otherwise: listeners go away with it", () => {
    const ctx = new ContentScriptContext('lifetime-test');
    const handler = vi.fn();
    guardLifetime(ctx).addEventListener(window, 'resize', handler);
    window.dispatchEvent(new Event('resize'));
    ctx.notifyInvalidated();
    window.dispatchEvent(new Event('resize'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
