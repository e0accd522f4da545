// Boots the Telegram Web practice replica: WebA under /a/, WebK under /k/ (one page, the client
// chosen by the path as on web.telegram.org), the open chat from the location hash (switched by
// the chat list's links, an SPA hashchange like both clients), and the read-only test hook.
// See index.html for the sources.
import { openCaptionModal } from './caption';
import { seedChats } from './chats';
import { mountA } from './client-a';
import { mountK } from './client-k';
import { installHook } from './hook';
import { readOptions } from './options';
import { storeSharedSettings } from './stored-settings';
import { createWorld } from './world';

const options = readOptions(location.pathname, location.search);
const world = createWorld(seedChats(), (w) => openCaptionModal(options.client, w));
const root = document.getElementById('app')!;
document.title = options.client === 'a' ? 'Telegram Web A' : 'Telegram Web K';

async function boot(): Promise<void> {
  if (options.client === 'a') {
    await storeSharedSettings(options.send);
    mountA(root, options, world);
  } else {
    mountK(root, options, world);
  }
  installHook(options, world);
}

void boot();
