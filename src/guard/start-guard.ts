import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnalyzer } from '../rules';
import { warmUpEngine } from '../rules/warm-up';
import type { SiteAdapter } from '../sites/types';
import type { Settings } from '../storage/settings-schema';
import { Guard } from './guard';
import { guardLifetime } from './lifetime';
import { mountOverlay } from './mount-overlay';
import type { GuardServices } from './types';

/** What the always-loaded content script hands to the on-demand guard chunk. */
export interface GuardStart {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  settings(): Settings | null;
  services: GuardServices;
}

/**
 * The heavy half of the content script (rule engine, guard, Preact overlay), loaded only once a
 * chat composer is on the page (see `run-guard.ts`). Mounts the overlay and starts the guard;
 * null when the content script was invalidated (extension reloaded) while it loaded.
 */
export async function startGuard({
  ctx,
  adapter,
  settings,
  services,
}: GuardStart): Promise<Guard | null> {
  const overlay = await mountOverlay(ctx);
  if (!ctx.isValid) return null;
  // One analyser per page: what it remembers between keystrokes is this page's alone.
  const analyzer = createAnalyzer();
  const guard = new Guard({
    adapter,
    doc: document,
    lifetime: guardLifetime(ctx),
    overlay,
    analyze: analyzer.analyze,
    settings,
    now: () => Date.now(),
    services,
  });
  guard.start();
  // The person may have typed while the chunk loaded: check the draft as it is now.
  guard.settingsChanged();
  // Compile the rules' patterns while the page is idle rather than at the first pause in typing.
  ctx.requestIdleCallback(() => warmUpEngine(analyzer, settings()?.engine), { timeout: 2_000 });
  return guard;
}

/** The module the chunk exports (its default export): see entrypoints/guard-chunk.ts. */
export interface GuardChunk {
  startGuard: typeof startGuard;
}
