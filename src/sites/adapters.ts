import { googleMessagesAdapter } from './google-messages/adapter';
import { instagramAdapter } from './instagram/adapter';
import type { SiteId } from './lookup';
import { messengerAdapter } from './messenger/adapter';
import { telegramAdapter } from './telegram/adapter';
import type { SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp/adapter';

/**
 * Every site's adapter by its id: the type asks for one per row of the table (src/sites/table.ts)
 * and tests/unit/sites/site-table.test.ts checks each answers to its own id. Content scripts
 * import their own adapter directly instead, so each bundles only the one it runs.
 */
export const SITE_ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  whatsapp: whatsappAdapter,
  messenger: messengerAdapter,
  'google-messages': googleMessagesAdapter,
  instagram: instagramAdapter,
  telegram: telegramAdapter,
};
