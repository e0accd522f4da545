import type { GuardChunk } from './start-guard';

/** Where the build puts the chunk (entrypoints/guard-chunk.ts); web-accessible on the sites only. */
export const GUARD_CHUNK_PATH = '/guard-chunk.js';

/**
 * Loads the guard chunk as an ES module. `import()` from a content script runs the module in the
 * same isolated world (Chrome and Firefox), so it shares this script's globals, not the page's.
 * The URL is dynamic per session on Chrome (`use_dynamic_url`), so pages cannot probe for it.
 *
 * The global `chrome` (present in Chrome and Firefox content scripts) is used rather than the
 * imported `browser`: Mozilla's add-on linter accepts `import(chrome.runtime.getURL(…))` by that
 * exact name, and a minified alias would be reported as an unsafe dynamic import.
 */
export async function loadGuardChunk(): Promise<GuardChunk> {
  const module = (await import(/* @vite-ignore */ chrome.runtime.getURL(GUARD_CHUNK_PATH))) as {
    default: GuardChunk;
  };
  return module.default;
}
