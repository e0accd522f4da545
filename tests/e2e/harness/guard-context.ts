// Helpers for the guard context tests, on top of harness/guard.ts (which reaches the closed
// shadow root): one snapshot of chip + dialog with the dialog's whole text in order (to check
// what comes first), and settings written whole from a known base, so every test starts from
// the same settings whatever earlier tests changed.
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../../src/storage/migrations/settings';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsToStored,
} from '../../../src/storage/settings-schema';
import type { LaunchedBrowser } from './browser';
import { clickDialogButton, type DialogButton, inOverlay } from './guard';

export type GuardView = {
  /** The chip's text, or null when it is hidden (the live region is always there, empty). */
  chip: string | null;
  dialog: {
    /** The dialog's heading (its accessible name). */
    title: string;
    /** All of the dialog's text, in document order. */
    text: string;
    buttons: { name: string; disabled: boolean }[];
  } | null;
};

/** What the guard shows right now. */
export function readGuard(page: Page): Promise<GuardView> {
  return inOverlay<GuardView>(
    page,
    (root) => {
      const chip = root.querySelector('[role="status"]')?.textContent?.trim() || null;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"][aria-modal="true"]');
      if (!dialog) return { chip, dialog: null };
      const titleId = dialog.getAttribute('aria-labelledby');
      return {
        chip,
        dialog: {
          title: ((titleId && root.getElementById(titleId)?.textContent) || '').trim(),
          text: dialog.textContent ?? '',
          buttons: Array.from(dialog.querySelectorAll('button'), (b) => ({
            name: (b.textContent ?? '').trim(),
            disabled: b.disabled,
          })),
        },
      };
    },
    { chip: null, dialog: null },
  );
}

/** Clicks one of the dialog's buttons with the real mouse (trusted events, as from a person). */
export function clickGuardButton(page: Page, name: DialogButton): Promise<void> {
  return clickDialogButton(page, name);
}

/**
 * Settings for tests: the defaults, with no pause (tests need not wait 5 s to send anyway) and
 * `late-night` off, so a run at 23:00 does not flag every message and make "safe" drafts risky.
 */
export function testSettings(): Settings {
  const base = structuredClone(DEFAULT_SETTINGS);
  base.pauseSeconds = 0;
  base.engine.enabledRules['late-night'] = false;
  return base;
}

/**
 * Writes the person's settings whole (`change` applied to testSettings()) into the extension's
 * storage from its service worker, as the options page does; open tabs pick it up live.
 */
export async function writeSettings(
  browser: LaunchedBrowser,
  change: (settings: Settings) => Settings = (s) => s,
): Promise<void> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('the extension is not loaded');
  const next = change(testSettings());
  await worker.evaluate(
    ([settings, version]) => chrome.storage.local.set({ settings, settings$: { v: version } }),
    [settingsToStored(next), SETTINGS_VERSION] as const,
  );
}
