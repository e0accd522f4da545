import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type GuardChunk, startGuard } from '../src/guard/start-guard';

/**
 * The on-demand half of both content scripts: rule engine, guard and overlay. Built as an ES
 * module (see wxt.config.ts) and loaded with `import()` from the content script's isolated world
 * only when a chat composer shows up, so pages without one (most of facebook.com) never parse it.
 */
export default defineUnlistedScript((): GuardChunk => ({ startGuard }));
