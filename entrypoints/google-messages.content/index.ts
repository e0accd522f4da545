import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { googleMessagesAdapter } from '../../src/sites/google-messages/adapter';
import { siteMatches } from '../../src/sites/lookup';

export default defineContentScript({
  matches: siteMatches(googleMessagesAdapter.id),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, googleMessagesAdapter),
});
