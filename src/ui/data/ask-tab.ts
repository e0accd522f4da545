import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../../messaging/protocol';

type Question = {
  [K in keyof ProtocolMap]: Parameters<ProtocolMap[K]> extends [] ? K : never;
}[keyof ProtocolMap];

/**
 * Asks the content script in a tab a protocol question that takes no data. @webext-core/messaging
 * sends to a tab with a callback that never reads `runtime.lastError`, so asking a tab without
 * our content script (any page that is not a supported site, or one the browser keeps scripts
 * out of) logs "Unchecked runtime.lastError: Could not establish connection" in the popup. Here
 * the promise-based `browser.tabs.sendMessage` (webextension-polyfill in pages) makes that a
 * rejection instead. The message is in that library's format ({ id, type, data, timestamp },
 * answered { res } or { err }), which its `onMessage` in the content script expects.
 */
export async function askTab<K extends Question>(
  tabId: number,
  type: K,
): Promise<ReturnType<ProtocolMap[K]>> {
  const message = { id: Math.floor(Math.random() * 1e9), type, timestamp: Date.now() };
  const answer: unknown = await browser.tabs.sendMessage(tabId, message);
  if (typeof answer !== 'object' || answer === null) throw new Error(`No answer to ${type}`);
  const { res, err } = answer as { res?: unknown; err?: { message?: unknown } | null };
  if (err != null) throw new Error(String(err.message ?? `${type} failed`));
  return res as ReturnType<ProtocolMap[K]>;
}
