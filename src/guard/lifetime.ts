import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GuardLifetime } from './types';

/**
 * The guard's lifetime, from WXT's content script context, with one change: timeouts.
 * `ctx.setTimeout` registers an invalidation listener per call and never removes it, and the
 * guard sets a timeout on every keystroke (the debounced live check), so a long day of typing
 * kept every one of those closures alive (about 120 bytes a keystroke, measured with
 * `npm run bench:memory`). Here a timeout checks `isValid` when it fires instead: after the
 * extension is reloaded it does nothing, and nothing accumulates while the page lives.
 */
export function guardLifetime(ctx: ContentScriptContext): GuardLifetime {
  return {
    get isValid() {
      return ctx.isValid;
    },
    addEventListener: (target, type, handler, options) =>
      ctx.addEventListener(target, type as keyof WindowEventMap, handler, options),
    setTimeout: (handler, ms) =>
      window.setTimeout(() => {
        if (ctx.isValid) handler();
      }, ms),
    setInterval: (handler, ms) => ctx.setInterval(handler, ms),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
  };
}
