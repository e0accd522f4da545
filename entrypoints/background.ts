import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../src/background/handlers';
import { showWaitingNotes } from '../src/background/notes-badge';
import { registerHandlers } from '../src/background/register';
import { onMessage } from '../src/messaging/protocol';
import { defineBackgroundItems } from '../src/storage/background-items';
import { getSettings } from '../src/storage/settings';

// The single writer of counters, send times, notes and health. Listeners are registered
// synchronously so a service worker woken by a message finds them in place.
export default defineBackground(() => {
  const items = defineBackgroundItems();
  const handlers = createHandlers({
    ...items,
    settings: { get: getSettings },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  registerHandlers(handlers, onMessage);
  // Chrome (MV3) names the toolbar button `action`; Firefox's MV2 build, `browserAction`.
  showWaitingNotes(items.notes, browser.action ?? browser.browserAction);
});
