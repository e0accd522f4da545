import { defineContentScript } from 'wxt/utils/define-content-script';
import { runGuard } from '../../src/guard/run-guard';
import { siteMatches } from '../../src/sites/lookup';
import { telegramAdapter } from '../../src/sites/telegram/adapter';

export default defineContentScript({
  matches: siteMatches(telegramAdapter.id),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => runGuard(ctx, telegramAdapter),
});
