import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_DEBOUNCE_MS, LiveDebounce } from '../../../src/guard/live-debounce';
import type { GuardLifetime } from '../../../src/guard/types';

function setUp() {
  const setTimeoutSpy = vi.fn((fn: () => void, ms: number) => window.setTimeout(fn, ms));
  const lifetime = { setTimeout: setTimeoutSpy } as unknown as GuardLifetime;
  const check = vi.fn();
  const debounce = new LiveDebounce({ now: () => Date.now(), lifetime }, check);
  return { debounce, check, setTimeoutSpy };
}

describe('LiveDebounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once typing has paused, not while keys keep coming', () => {
    const { debounce, check } = setUp();
    for (let key = 0; key < 5; key++) {
      debounce.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer for the several events of a keystroke', () => {
    const { debounce, check, setTimeoutSpy } = setUp();
    debounce.schedule();
    vi.advanceTimersByTime(2);
    debounce.schedule();
    debounce.schedule();
    vi.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
