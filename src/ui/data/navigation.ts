import { browser } from 'wxt/browser';

/** Opens the options page in a tab (the popup closes itself when the tab takes focus). */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
