import type { GuardLifetime } from '../../../src/guard/types';

/** The guard's lifetime without WXT: listeners and timers that a test can tear down. */
export function testLifetime(): GuardLifetime & { invalidate(): void; orphan(): void } {
  const controller = new AbortController();
  const callbacks: Array<() => void> = [];
  let extensionGone = false;
  return {
    get isValid() {
      return !extensionGone && !controller.signal.aborted;
    },
    /** The extension went away, but nothing has cleaned up yet (as right after an update). */
    orphan() {
      extensionGone = true;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => !controller.signal.aborted && handler(), ms);
      return id;
    },
    setInterval(handler, ms) {
      const id = window.setInterval(() => !controller.signal.aborted && handler(), ms);
      controller.signal.addEventListener('abort', () => clearInterval(id));
      return id;
    },
    onInvalidated(cb) {
      callbacks.push(cb);
      return () => undefined;
    },
    invalidate() {
      controller.abort();
      for (const cb of callbacks) cb();
    },
  };
}
