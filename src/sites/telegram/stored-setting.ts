/**
 * WebA's own record of the person's send key, read from the page's storage. telegram-tt keeps
 * its settings shared by all accounts in IndexedDB: database `tt-data`, object store `store`
 * (idb-keyval's layout), key `tt-shared-state`, field `settings.messageSendKeyCombo`, either
 * 'enter' or 'ctrl-enter' (Ajaxy/telegram-tt src/global/cache.ts `cacheSharedState`,
 * src/util/browser/idb.ts `MAIN_IDB_STORE`, src/config.ts `SHARED_STATE_CACHE_KEY`; read from the
 * source, [M]: the live build may differ, and the notes do not cover it). Only that one field is
 * kept. WebK's storage is not known to us, so K has no stored reading (see ./send-key.ts).
 *
 * Reading never changes the site's storage: opening a database that does not exist would create
 * it, so the open is aborted in `upgradeneeded` (no database, nothing to read).
 */
import type { SendCombo } from './send-key';

const DB = 'tt-data';
const STORE = 'store';
const KEY = 'tt-shared-state';

/** How stale a reading may get before the next question reads again (the person may change it). */
const REREAD_MS = 1000;

let stored: SendCombo | null = null;
let readAt = Number.NEGATIVE_INFINITY;
let reading = false;

function comboOf(value: unknown): SendCombo | null {
  const settings = (value as { settings?: { messageSendKeyCombo?: unknown } } | null)?.settings;
  const combo = settings?.messageSendKeyCombo;
  return combo === 'enter' || combo === 'ctrl-enter' ? combo : null;
}

function readOnce(idb: IDBFactory): Promise<SendCombo | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(DB);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort(); // It did not exist: leave it so.
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const get = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
        get.onsuccess = () => {
          db.close();
          resolve(comboOf(get.result));
        };
        get.onerror = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

/**
 * The stored send key as last read (null: none read, or none there). Each call past `REREAD_MS`
 * starts a new read in the background; `changed` hears when the value differs from before.
 */
export function storedSendCombo(changed: () => void): SendCombo | null {
  const idb = globalThis.indexedDB;
  const now = Date.now();
  if (idb && !reading && now - readAt > REREAD_MS) {
    reading = true;
    readAt = now;
    readOnce(idb)
      .then((combo) => {
        if (combo !== stored) {
          stored = combo;
          changed();
        }
      })
      .finally(() => {
        reading = false;
      });
  }
  return stored;
}

/** For tests: forget what was read, as a fresh page load does. */
export function forgetStoredSendCombo(): void {
  stored = null;
  readAt = Number.NEGATIVE_INFINITY;
  reading = false;
}
