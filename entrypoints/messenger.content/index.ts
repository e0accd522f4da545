import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { siteMatches } from '../../src/sites/lookup';
import { messengerAdapter } from '../../src/sites/messenger/adapter';

export default defineContentScript({
  matches: siteMatches(messengerAdapter.id),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, messengerAdapter),
});
