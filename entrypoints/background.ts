import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../src/background/handlers';
import { showWaitingNotes } from '../src/background/notes-badge';
import { registerHandlers } from '../src/background/register';
import { WELCOME_PAGE, welcomeOnInstall } from '../src/background/welcome';
import { onMessage } from '../src/messaging/protocol';
import { defineBackgroundItems } from '../src/storage/background-items';
import { getSettings, updateSettings } from '../src/storage/settings';

// The single writer of counters, send times, notes and health, and the one to open the welcome
// page on install. Listeners are registered synchronously so a service worker woken by a message
// (or by the install itself) finds them in place.
export default defineBackground(() => {
  const items = defineBackgroundItems();
  const handlers = createHandlers({
    ...items,
    settings: { get: getSettings, update: updateSettings },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  registerHandlers(handlers, onMessage);
  browser.runtime.onInstalled.addListener(
    welcomeOnInstall((url) => browser.tabs.create({ url }), browser.runtime.getURL(WELCOME_PAGE)),
  );
  // Chrome (MV3) names the toolbar button `action`; Firefox's MV2 build, `browserAction`.
  showWaitingNotes(items.notes, browser.action ?? browser.browserAction);
});
