import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chunkFailedDetail, HEALTH_DETAIL } from '../messaging/health-details';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import type { Settings } from '../storage/settings-schema';
import { whenComposerAppears } from './composer-discovery';
import type { Guard } from './guard';
import { loadGuardChunk } from './load-guard-chunk';
import { removeOrphanedOverlays } from './overlay-tag';
import type { GuardServices } from './types';

/** The storage key the options page and popup write settings to (see src/storage/settings.ts). */
const SETTINGS_KEY = 'settings';

/**
 * Starts the guard for one site. This is the always-loaded part of the content script and stays
 * small (budget: 50 kB): it loads settings from the background (which validates them) and
 * reloads them whenever they change, answers the popup, and waits for a chat composer. Only then
 * does it load the guard chunk (rule engine, send guard, overlay; see start-guard.ts).
 *
 * Fail open: until settings arrive and the chunk has started, nothing listens for sends, so
 * they go through as if the extension were not there; a chunk that fails to load changes nothing.
 */
export async function runGuard(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  ignoreForgedRestarts(ctx);
  removeOrphanedOverlays(document);
  let settings: Settings | null = null;
  let guard: Guard | null = null;
  const refresh = () =>
    sendMessage('getSettings').then(
      (next) => {
        settings = next;
        guard?.settingsChanged();
      },
      () => undefined, // Keep the last good settings; with none, the guard stays out of the way.
    );
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes && ctx.isValid) void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

  // The popup asks the active tab which chat is open, for "Guard this chat".
  ctx.onInvalidated(
    onMessage('getCurrentChat', () => {
      const title = adapter.chatTitle(document);
      return title ? { site: adapter.id, title } : null;
    }),
  );

  const services: GuardServices = {
    recordOutcome: (event) => sendMessage('recordOutcome', event),
    getRecentSends: (chatKey) => sendMessage('getRecentSends', { chatKey }),
    saveNote: (note) => sendMessage('saveNote', note),
    deleteNote: (id) => sendMessage('deleteNote', { id }),
    async markNotRisky(request) {
      const reply = await sendMessage('markNotRisky', request);
      settings = reply.settings;
      return reply.change;
    },
    async undoNotRisky(change) {
      settings = (await sendMessage('undoNotRisky', change)).settings;
    },
    reportHealth: (report) => sendMessage('reportHealth', report),
  };
  // While there is no composer the chunk (and its health monitor) is not loaded, so a chat
  // that is open without a composer we can find (the site changed) is reported from here,
  // once, as the health monitor would; the popup then says the guard is off.
  let reportedMissing = false;
  const reportMissingComposer = () => {
    if (reportedMissing || !adapter.chatTitle(document)) return;
    reportedMissing = true;
    const report = {
      site: adapter.id,
      status: 'broken' as const,
      detail: HEALTH_DETAIL.composerMissing,
      at: Date.now(),
    };
    services.reportHealth(report).catch(() => {
      reportedMissing = false; // Try again at the next poll.
    });
  };
  whenComposerAppears(
    ctx,
    adapter,
    () => {
      loadGuardChunk()
        .then((chunk) => {
          if (!ctx.isValid) return null;
          return chunk.startGuard({ ctx, adapter, settings: () => settings, services });
        })
        .then((started) => {
          guard = started;
        })
        .catch((error: unknown) => {
          // Without the chunk there is no guard and sends go through untouched; the popup says so.
          const name = error instanceof Error ? error.name : 'error';
          const detail = chunkFailedDetail(name);
          services
            .reportHealth({ site: adapter.id, status: 'broken', detail, at: Date.now() })
            .catch(() => undefined);
        });
    },
    reportMissingComposer,
  );
  await refresh();
}

/**
 * WXT ends an older copy of a content script when a newer copy announces itself with a document
 * event named after our extension id. That id is public, so a page could forge the announcement
 * and switch the guard off in its tab (tested in tests/e2e/security.test.ts). No live copy of our
 * scripts ever needs it: in Chrome the old copy learns it is orphaned from the runtime, and
 * Firefox stops the old copy's code itself (its overlay is cleared by removeOrphanedOverlays), so
 * the announcement is stopped before WXT's listener on document.
 */
function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  // The name WXT gives the event (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, private).
  const started = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  window.addEventListener(started, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}
