import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus into the dialog when it opens and keeps Tab / Shift+Tab cycling inside it, as
 * `aria-modal="true"` promises assistive technology.
 */
export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    // Shown focused, so a person at the keyboard sees where Enter or Space would act. Chromium
    // draws the ring for this focus after the Enter that opened the dialog by itself; Firefox
    // does not unless asked (`focusVisible`), so Firefox users saw no focused button at all.
    // (`focusVisible` is in the HTML standard but not yet in TypeScript's DOM types.)
    initial.current?.focus({ focusVisible: true } as FocusOptions);
    const root = container.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [container, initial]);
}

/**
 * While an action runs its buttons are disabled, so the focused one loses focus (and saving a
 * note focuses the composer to clear it). If the action fails the dialog stays open with a
 * notice: focus must come back into it, or Tab and Escape would act on the page behind.
 */
export function useRefocusAfterBusy(
  busy: boolean,
  container: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const root = container.current;
    if (busy || !root) return;
    const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
    if (!root.contains(active)) initial.current?.focus();
  }, [busy, container, initial]);
}
