import type { SiteAdapter } from '../sites/types';
import type { GuardLifetime } from './types';

/** A backstop for composers that appear without taking focus; two selector lookups per tick. */
const POLL_MS = 2000;

/**
 * Calls `found` once, as soon as the site shows a chat composer: at once if there is one, when
 * the person focuses one (before they can type in it), or at the next poll. No MutationObserver:
 * on a busy page that would run on every incoming message.
 */
export function whenComposerAppears(
  ctx: GuardLifetime,
  adapter: Pick<SiteAdapter, 'findComposer' | 'composerFor'>,
  found: () => void,
  /** Called at start and at each poll while there is no composer yet. */
  waiting: () => void = () => undefined,
): void {
  if (adapter.findComposer(document)) {
    found();
    return;
  }
  waiting();
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    clearInterval(timer);
    found();
  };
  const timer = ctx.setInterval(() => {
    if (adapter.findComposer(document)) fire();
    else waiting();
  }, POLL_MS);
  ctx.addEventListener(
    window,
    'focusin',
    (event) => {
      if (!done && adapter.composerFor(event.target as Node | null)) fire();
    },
    { capture: true },
  );
}
