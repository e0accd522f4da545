import type { SiteAdapter } from '../sites/types';

/**
 * The adapter's `composerFor`, remembering the last answer. Every keystroke fires several events
 * whose target is the composer itself, and each would otherwise walk up the tree matching
 * selectors. A remembered composer is trusted only while it is still in the document, and any
 * other target is asked of the adapter as before, so a decoy field is never mistaken for it.
 */
export class ComposerMemo {
  private last: HTMLElement | null = null;

  constructor(private readonly adapter: SiteAdapter) {}

  of(target: EventTarget | null): HTMLElement | null {
    const last = this.last;
    if (last !== null && target === last && last.isConnected) return last;
    const found = this.adapter.composerFor(target as Node | null);
    if (found !== null) this.last = found;
    return found;
  }

  /** Chat switched or page changed: ask the adapter afresh. */
  forget(): void {
    this.last = null;
  }
}
