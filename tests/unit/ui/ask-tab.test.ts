// The popup asks a tab's content script in @webext-core/messaging's own format (see askTab): the
// library's real `onMessage`, as the content script registers it, must answer it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => unknown;
const listeners: Listener[] = [];
vi.stubGlobal('chrome', {
  runtime: {
    onMessage: {
      addListener: (listener: Listener) => listeners.push(listener),
      removeListener: () => undefined,
    },
  },
});

const { onMessage, removeAllListeners } = await import('../../../src/messaging/protocol');
const { askTab } = await import('../../../src/ui/data/ask-tab');

/** Delivers a tab message to the registered listeners as the browser does. */
function deliverToContentScript() {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    (_tabId: number, message: unknown) =>
      new Promise((resolve) => {
        const kept = listeners.map((listener) => listener(message, {}, resolve));
        if (!kept.includes(true)) resolve(undefined);
      }) as never,
  );
}

afterEach(() => {
  removeAllListeners();
  listeners.length = 0;
  vi.restoreAllMocks();
});

describe('askTab', () => {
  it("is answered by the library's onMessage in the content script", async () => {
    onMessage('getCurrentChat', () => ({ site: 'whatsapp', title: 'Alex' }));
    deliverToContentScript();
    expect(await askTab(7, 'getCurrentChat')).toEqual({ site: 'whatsapp', title: 'Alex' });
  });

  it("passes the content script's error on as a rejection", async () => {
    onMessage('getCurrentChat', () => {
      throw new Error('no chat here');
    });
    deliverToContentScript();
    await expect(askTab(7, 'getCurrentChat')).rejects.toThrow('no chat here');
  });

  it('rejects when nothing in the tab answers', async () => {
    deliverToContentScript();
    await expect(askTab(7, 'getCurrentChat')).rejects.toThrow(/No answer/);
  });
});
