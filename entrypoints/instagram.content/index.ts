import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { instagramAdapter } from '../../src/sites/instagram/adapter';
import { siteMatches } from '../../src/sites/lookup';

export default defineContentScript({
  matches: siteMatches(instagramAdapter.id),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, instagramAdapter),
});
