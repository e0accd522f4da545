// Watching the network through the DevTools protocol, beside the context-level request log in
// practice/routes.ts: per page (Network domain of the tab) and in the extension's service worker
// (attached as a CDP target, since Playwright gives workers no CDP session of their own).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export type SeenRequest = { url: string; where: string };

export type NetworkWatch = {
  /** Every request the watched target started, in order. */
  readonly seen: SeenRequest[];
  stop(): Promise<void>;
};

/** Records every request a page starts (document, subresources, fetch, beacons, sockets). */
export async function watchPage(page: Page, where: string): Promise<NetworkWatch> {
  const seen: SeenRequest[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => seen.push({ url: e.request.url, where }));
  cdp.on('Network.webSocketCreated', (e) => seen.push({ url: e.url, where }));
  await cdp.send('Network.enable');
  return { seen, stop: () => cdp.detach() };
}

/** Records every request the extension's service worker starts. */
export async function watchServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<NetworkWatch> {
  const seen: SeenRequest[] = [];
  const anchor = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(anchor);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('the extension has no running service worker to watch');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let enabled: () => void = () => undefined;
  const networkEnabled = new Promise<void>((resolve) => {
    enabled = resolve;
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const message = JSON.parse(e.message) as {
      id?: number;
      method?: string;
      params?: { request?: { url: string }; url?: string };
    };
    if (message.id === 1) enabled();
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
      seen.push({ url: message.params.request.url, where: 'service worker' });
    }
    if (message.method === 'Network.webSocketCreated' && message.params?.url) {
      seen.push({ url: message.params.url, where: 'service worker' });
    }
  });
  const send = (id: number, method: string) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  await send(1, 'Network.enable');
  await networkEnabled;
  return {
    seen,
    async stop() {
      await cdp.detach();
      await anchor.close();
    },
  };
}
