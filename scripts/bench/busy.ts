/**
 * Busy-chat benchmark (issue #6): the content script's share of main-thread time while a chat
 * holding 5,000 messages receives 50 new ones a second for 10 s. Run: npm run bench:busy
 *
 * Method. Two headless Chromium instances in the same run, identical but for the extension,
 * open the WhatsApp practice page with `?busy=1` (5,000 messages in the open chat, a sliding
 * window of rows in the DOM). A short draft is typed so the guard is fully active (chunk
 * loaded, overlay mounted). Then the replica's hook `startIncoming(50, 10)` appends 500
 * messages over 10 s in both pages at once. Over exactly that window:
 * - the renderer's main-thread task time (CDP Performance.getMetrics, TaskDuration) in each;
 * - in the extension's page, V8's sampling profiler (CDP Profiler, 200 µs) charges every
 *   sample to the script of its innermost frame with a URL; samples in chrome-extension://
 *   scripts (the content script and the guard chunk) are the extension's time.
 * The share is extension time / main-thread task time of the same page (budget <= 2%). The
 * with-minus-without difference in task time is printed as well; it includes the noise of two
 * processes on a shared machine, so the profiler attribution is the figure that is judged.
 * `--control` runs both browsers without the extension (A/A) to show that noise.
 */
import type { CDPSession, Page } from 'playwright-core';
import { COMPOSER } from '../../tests/e2e/harness/sites';
import { REPLICA_URLS } from '../../tests/practice/routes';
import { type BenchBrowser, controlRun, launchPair } from './lib/launch';
import { mainThreadSeconds, openMetrics, scriptSeconds } from './lib/metrics';
import { waitForOverlay } from './lib/overlay';
import { type Attribution, startProfiler, stopProfiler } from './lib/profile';
import { machineNote, verdict } from './lib/stats';

const BUDGET_SHARE = 0.02;
const PER_SECOND = 50;
const SECONDS = 10;
const HISTORY = 5000;

type Side = { page: Page; cdp: CDPSession };

async function open(browser: BenchBrowser): Promise<Side> {
  const page = await browser.context.newPage();
  await page.goto(`${REPLICA_URLS.whatsapp}?busy=1`);
  await page.locator(COMPOSER.whatsapp).click();
  await page.keyboard.type('running late, see you at the station');
  return { page, cdp: await openMetrics(page) };
}

const messageCount = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __replica: { messageCount(): number } }).__replica.messageCount(),
  );

async function measure(side: Side) {
  const task0 = await mainThreadSeconds(side.cdp);
  const script0 = await scriptSeconds(side.cdp);
  const received = await side.page.evaluate(
    ([perSecond, seconds]) =>
      (
        window as unknown as {
          __replica: { startIncoming(p: number, s: number): Promise<number> };
        }
      ).__replica.startIncoming(perSecond, seconds),
    [PER_SECOND, SECONDS] as const,
  );
  const attribution: Attribution = await stopProfiler(side.cdp);
  const taskMs = ((await mainThreadSeconds(side.cdp)) - task0) * 1000;
  const scriptMs = ((await scriptSeconds(side.cdp)) - script0) * 1000;
  return { received, taskMs, scriptMs, attribution };
}

async function main(): Promise<void> {
  const browsers = await launchPair();
  try {
    const withExt = await open(browsers.with);
    const without = await open(browsers.without);
    if (!controlRun) await waitForOverlay(withExt.page, withExt.cdp);
    const history = await messageCount(withExt.page);
    if (history < HISTORY) throw new Error(`busy page holds ${history} messages, not ${HISTORY}`);
    await new Promise((r) => setTimeout(r, 1500)); // Let both pages settle after typing.
    // Both pages are profiled, so the profiler's own overhead weighs the same on each.
    await Promise.all([startProfiler(withExt.cdp), startProfiler(without.cdp)]);
    const [w, wo] = await Promise.all([measure(withExt), measure(without)]);
    const ext = w.attribution;
    if (wo.attribution.extensionMs > 0) throw new Error('extension time in the page without it');
    const share = ext.extensionMs / w.taskMs;
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    if (controlRun) console.log('CONTROL RUN: neither browser has the extension (A/A noise)');
    console.log(`Busy-chat benchmark (WhatsApp practice page, ?busy=1), ${machineNote()}`);
    console.log(
      `${history} messages in the chat; received ${w.received} (with) / ${wo.received} (without) ` +
        `at ${PER_SECOND}/s for ${SECONDS} s`,
    );
    console.log('main-thread time over the window     task        script');
    console.log(
      `  without extension                  ${wo.taskMs.toFixed(0)} ms    ${wo.scriptMs.toFixed(0)} ms`,
    );
    console.log(
      `  with extension                     ${w.taskMs.toFixed(0)} ms    ${w.scriptMs.toFixed(0)} ms`,
    );
    console.log(
      `  difference (with - without)        ${(w.taskMs - wo.taskMs).toFixed(0)} ms ` +
        `(${pct((w.taskMs - wo.taskMs) / w.taskMs)} of with; noise between two processes included)`,
    );
    console.log(
      `profiler (with extension): extension scripts ${ext.extensionMs.toFixed(1)} ms of ` +
        `${ext.scriptMs.toFixed(0)} ms sampled JavaScript over ${(ext.wallMs / 1000).toFixed(1)} s`,
    );
    console.log(`content script share of main-thread time: ${pct(share)}`);
    console.log(`budget: share <= ${pct(BUDGET_SHARE)}: ${verdict(share <= BUDGET_SHARE)}`);
  } finally {
    await browsers.with.close();
    await browsers.without.close();
  }
}

await main();
