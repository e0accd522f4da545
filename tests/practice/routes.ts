// Serves the built replicas at the real sites' URLs inside a Playwright browser context, and
// aborts every other request (recording it), so nothing ever leaves the machine. Used by the
// e2e harness and by `npm run practice`. What is served for a URL (replicaSiteFor,
// replicaResponse, isLocalUrl) knows nothing of Playwright: the Firefox harness
// (tests/firefox/harness/browser.ts) serves the same answers through puppeteer's interception.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { DIST_DIR, type ReplicaSite } from './build';

export const REPLICA_URLS = {
  whatsapp: 'https://web.whatsapp.com/',
  messenger: 'https://www.facebook.com/messages/e2ee/t/100064581234567/',
  messengerDotCom: 'https://www.messenger.com/e2ee/t/100064581234567/',
  'google-messages': 'https://messages.google.com/web/conversations/1001',
  instagram: 'https://www.instagram.com/direct/t/340282366841710301/',
  telegram: 'https://web.telegram.org/a/#1001',
  telegramK: 'https://web.telegram.org/k/#@alexmorgan',
} as const;

/** Where each replica is served: every URL that starts with one of these prefixes. */
const SITE_PREFIXES: Array<{ prefix: string; site: ReplicaSite }> = [
  { prefix: 'https://web.whatsapp.com/', site: 'whatsapp' },
  { prefix: 'https://www.facebook.com/messages/', site: 'messenger' },
  { prefix: 'https://www.messenger.com/', site: 'messenger' },
  { prefix: 'https://messages.google.com/web/', site: 'google-messages' },
  { prefix: 'https://www.instagram.com/', site: 'instagram' },
  { prefix: 'https://web.telegram.org/', site: 'telegram' },
];

/** The replica served at `url`, or null when none is (such a request must not leave). */
export function replicaSiteFor(url: string): ReplicaSite | null {
  return SITE_PREFIXES.find(({ prefix }) => url.startsWith(prefix))?.site ?? null;
}

/** Requests that never reach a network: inline data and the extension's own files. */
export function isLocalUrl(url: string): boolean {
  return /^(data|blob|chrome-extension|moz-extension):/.test(url);
}

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

export type ReplicaResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
};

/** What the replica `site` answers to `url`: its page, one of its assets, or a 403/404. */
export async function replicaResponse(url: string, site: ReplicaSite): Promise<ReplicaResponse> {
  const { pathname } = new URL(url);
  const markAt = pathname.indexOf(ASSET_MARK);
  let file = join(DIST_DIR, site, 'index.html');
  if (markAt >= 0) {
    const relative = normalize(pathname.slice(markAt + ASSET_MARK.length));
    file = join(DIST_DIR, relative);
    if (!file.startsWith(DIST_DIR + sep)) return { status: 403, headers: {}, body: '' };
  }
  try {
    return {
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      },
    };
  } catch {
    return { status: 404, headers: {}, body: `practice replica file not found: ${pathname}` };
  }
}

async function serve(route: Route, site: ReplicaSite): Promise<void> {
  await route.fulfill(await replicaResponse(route.request().url(), site));
}

export async function installReplicaRoutes(context: BrowserContext): Promise<ReplicaRouting> {
  const routing: ReplicaRouting = { blocked: [], requests: [] };
  context.on('request', (request) => routing.requests.push(describe(request)));
  // Playwright tries the most recently added route first, so the catch-all goes in first.
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (isLocalUrl(url)) return route.continue();
    routing.blocked.push(describe(request));
    await route.abort('blockedbyclient');
  });
  for (const { prefix, site } of SITE_PREFIXES) {
    await context.route(`${prefix}**`, (route) => serve(route, site));
  }
  return routing;
}
