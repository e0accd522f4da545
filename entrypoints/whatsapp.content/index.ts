import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { whatsappAdapter } from '../../src/sites/whatsapp/adapter';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, whatsappAdapter),
});
