import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/protocol';
import { analyze } from '../rules';
import type { SiteAdapter } from '../sites/types';
import { getSettings, watchSettings } from '../storage/settings';
import type { Settings } from '../storage/settings-schema';
import { Guard } from './guard';
import { mountOverlay } from './mount-overlay';

/**
 * Starts the guard for one site: loads settings (and follows changes live, without a reload),
 * mounts the overlay, and connects the guard to the background. Until settings load, the guard
 * does nothing: sends go through as if the extension were not there.
 */
export async function runGuard(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  let settings: Settings | null = null;
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
    }),
  );
  const overlay = await mountOverlay(ctx);
  const guard = new Guard({
    adapter,
    doc: document,
    lifetime: ctx,
    overlay,
    analyze,
    settings: () => settings,
    now: () => Date.now(),
    services: {
      recordOutcome: (event) => sendMessage('recordOutcome', event),
      getRecentSends: (chatKey) => sendMessage('getRecentSends', { chatKey }),
      saveNote: (note) => sendMessage('saveNote', note),
      reportHealth: (report) => sendMessage('reportHealth', report),
    },
  });
  guard.start();
  settings = await getSettings();
}
