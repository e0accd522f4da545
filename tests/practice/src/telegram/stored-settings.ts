// WebA keeps the settings shared by all accounts in IndexedDB through idb-keyval: database
// `tt-data`, object store `store`, key `tt-shared-state`, the send key at
// `settings.messageSendKeyCombo` (telegram-tt src/global/cache.ts; see
// src/sites/telegram/stored-setting.ts). The replica stores the variant's setting the same way
// before it shows anything, as the real client has its cache before it renders a chat.
import type { SendCombo } from './options';

export function storeSharedSettings(combo: SendCombo): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.open('tt-data');
    request.onupgradeneeded = () => request.result.createObjectStore('store');
    request.onerror = () => resolve();
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('store', 'readwrite');
      tx.objectStore('store').put(
        { cacheVersion: 1, settings: { messageSendKeyCombo: combo, theme: 'light' } },
        'tt-shared-state',
      );
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        resolve();
      };
    };
  });
}
