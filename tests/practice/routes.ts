// Serves the built replicas at the real sites' URLs inside a Playwright browser context, and
// aborts every other request (recording it), so nothing ever leaves the machine. Used by the
// e2e harness and by `npm run practice`.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { DIST_DIR, type ReplicaSite } from './build';

export const REPLICA_URLS = {
  whatsapp: 'https://web.whatsapp.com/',
  messenger: 'https://www.facebook.com/messages/e2ee/t/100064581234567/',
  messengerDotCom: 'https://www.messenger.com/e2ee/t/100064581234567/',
} as const;

const SITE_PATTERNS: Array<{ pattern: string; site: ReplicaSite }> = [
  { pattern: 'https://web.whatsapp.com/**', site: 'whatsapp' },
  { pattern: 'https://www.facebook.com/messages/**', site: 'messenger' },
  { pattern: 'https://www.messenger.com/**', site: 'messenger' },
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Like the real sites (dom-notes §4), no inline scripts and no eval: an extension that injects
// inline <script> fails here just as it would there.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'";

export type RecordedRequest = {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the page or worker that made the request, when Playwright can tell. */
  initiator: string | null;
};

export type ReplicaRouting = {
  /** Every request that was aborted because it would have left the machine. */
  blocked: RecordedRequest[];
  /** Every request the context made (served, blocked or local), in order. */
  requests: RecordedRequest[];
};

function describe(request: Request): RecordedRequest {
  let initiator: string | null = null;
  const worker = request.serviceWorker();
  if (worker) initiator = worker.url();
  else {
    try {
      initiator = request.frame().url();
    } catch {
      initiator = null;
    }
  }
  return {
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    initiator,
  };
}

const ASSET_MARK = '/__practice/';

async function serve(route: Route, site: ReplicaSite): Promise<void> {
  const url = new URL(route.request().url());
  const markAt = url.pathname.indexOf(ASSET_MARK);
  let file = join(DIST_DIR, site, 'index.html');
  if (markAt >= 0) {
    const relative = normalize(url.pathname.slice(markAt + ASSET_MARK.length));
    file = join(DIST_DIR, relative);
    if (!file.startsWith(DIST_DIR + sep)) return route.fulfill({ status: 403 });
  }
  try {
    const body = await readFile(file);
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      },
    });
  } catch {
    await route.fulfill({ status: 404, body: `practice replica file not found: ${url.pathname}` });
  }
}

export async function installReplicaRoutes(context: BrowserContext): Promise<ReplicaRouting> {
  const routing: ReplicaRouting = { blocked: [], requests: [] };
  context.on('request', (request) => routing.requests.push(describe(request)));
  // Playwright tries the most recently added route first, so the catch-all goes in first.
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('chrome-extension:')) {
      return route.continue();
    }
    routing.blocked.push(describe(request));
    await route.abort('blockedbyclient');
  });
  for (const { pattern, site } of SITE_PATTERNS) {
    await context.route(pattern, (route) => serve(route, site));
  }
  return routing;
}
