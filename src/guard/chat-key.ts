import type { SiteId } from '../sites/types';
import { chatIdentity } from '../storage/chat-identity';

/**
 * An opaque key for a chat, so the background can keep per-chat send times without ever storing
 * a chat's name. Names that are the same chat (`chatIdentity`) share a key. FNV-1a (32-bit):
 * cheap, stable, and not meant to be reversed.
 */
export function chatKeyFor(site: SiteId, title: string): string {
  let hash = 0x811c9dc5;
  const input = `${site}\u0000${chatIdentity(title)}`;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${site}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
