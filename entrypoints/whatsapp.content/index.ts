import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { siteMatches } from '../../src/sites/lookup';
import { whatsappAdapter } from '../../src/sites/whatsapp/adapter';

export default defineContentScript({
  matches: siteMatches(whatsappAdapter.id),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, whatsappAdapter),
});
