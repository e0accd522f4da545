/**
 * What the popup knows about the tab it was opened over: which supported site (if any) and the
 * chat open there. Both can be unknown; nothing here throws.
 */
import { browser } from 'wxt/browser';
import { siteForUrl } from '../../sites/lookup';
import type { SiteId } from '../../sites/types';
import { askTab } from './ask-tab';

export interface OpenChat {
  site: SiteId;
  title: string;
}

export interface ActiveTab {
  /** The supported site shown in the tab, or null (another page, or its address is hidden). */
  site: SiteId | null;
  /** The chat open in that tab, as its content script reports it, or null. */
  chat: OpenChat | null;
}

const CHAT_ANSWER_WITHIN_MS = 1500;

export async function getActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return { site: null, chat: null };
  const chat = await askForChat(tab.id);
  // The address is hidden from extensions without host access; the content script's answer
  // still tells the site.
  return { site: siteForUrl(tab.url) ?? chat?.site ?? null, chat };
}

/**
 * The tab's open chat; null when there is no content script there (it rejects, quietly: see
 * askTab) or it is slow. Every tab is asked, whatever its address: without host access the
 * address is hidden, and the content script's answer is then the only way to know the site.
 */
async function askForChat(tabId: number): Promise<OpenChat | null> {
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), CHAT_ANSWER_WITHIN_MS),
  );
  const answer = askTab(tabId, 'getCurrentChat').catch(() => null);
  const chat = await Promise.race([answer, timeout]);
  return chat && chat.title.trim() !== '' ? { site: chat.site, title: chat.title.trim() } : null;
}
