import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { messengerAdapter } from '../../src/sites/messenger/adapter';

export default defineContentScript({
  matches: [
    'https://www.messenger.com/*',
    // facebook.com pop-up chat windows open on any facebook.com page.
    'https://www.facebook.com/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, messengerAdapter),
});
