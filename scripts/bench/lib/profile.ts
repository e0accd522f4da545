// Attributing main-thread time to the extension's scripts with V8's sampling CPU profiler
// (CDP Profiler domain). The profiler samples the whole main thread of the renderer, so code
// running in the content script's isolated world appears with its chrome-extension:// URL.
import type { CDPSession } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

export async function startProfiler(cdp: CDPSession, intervalUs = 200): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export type Attribution = {
  /** Milliseconds of samples whose innermost frame is in a chrome-extension:// script. */
  extensionMs: number;
  /** Milliseconds of samples in any JavaScript (page and extension). */
  scriptMs: number;
  /** Milliseconds the profile covered. */
  wallMs: number;
  /** The extension's functions with the most self time (minified names), for finding hot spots. */
  hottest: { fn: string; ms: number }[];
};

/**
 * Stops the profiler and sums sample time by where the innermost frame's script came from.
 * Samples in native code called from an extension function (e.g. querySelectorAll) are counted
 * for the extension too: a sample is charged to the nearest frame that has a URL.
 */
export async function stopProfiler(cdp: CDPSession): Promise<Attribution> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const urlOf = new Map<number, string>();
  const resolveUrl = (id: number): string => {
    const known = urlOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let url = node?.callFrame.url ?? '';
    if (!url && parent.has(id)) url = resolveUrl(parent.get(id)!);
    urlOf.set(id, url);
    return url;
  };
  let extensionUs = 0;
  let scriptUs = 0;
  const selfUs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const url = resolveUrl(id);
    if (!url) return; // (idle), (program), (garbage collector) at the root
    scriptUs += dt;
    if (!url.startsWith('chrome-extension://')) return;
    extensionUs += dt;
    const frame = byId.get(id)?.callFrame;
    const where = frame?.url
      ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : `${frame?.functionName || '(native)'} [native, from ${url.split('/').pop()}]`;
    selfUs.set(where, (selfUs.get(where) ?? 0) + dt);
  });
  const hottest = [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.HOT_TOP ?? 8))
    .map(([fn, us]) => ({ fn, ms: us / 1000 }));
  return {
    extensionMs: extensionUs / 1000,
    scriptMs: scriptUs / 1000,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    hottest,
  };
}
