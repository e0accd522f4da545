import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../src/background/handlers';
import { registerHandlers } from '../src/background/register';
import { onMessage } from '../src/messaging/protocol';
import { defineBackgroundItems } from '../src/storage/background-items';
import { getSettings, updateSettings } from '../src/storage/settings';

// The single writer of counters, send times, notes and health. Listeners are registered
// synchronously so a service worker woken by a message finds them in place.
export default defineBackground(() => {
  const handlers = createHandlers({
    ...defineBackgroundItems(),
    settings: { get: getSettings, update: updateSettings },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  registerHandlers(handlers, onMessage);
});
