/**
 * Memory benchmark (issue #6): does the content script's heap grow over an hour-equivalent of
 * use? Run: npm run bench:memory [-- --cycles 10000]
 *
 * Method. Two headless Chromium instances in the same run, identical but for the extension,
 * open the WhatsApp practice page (chat "Jordan"). Each cycle replaces the draft with a new
 * short safe text (select all + one insert, so the draft stays short) and presses the mouse on
 * the send control, releasing it elsewhere: the guard analyses the draft on pointerdown and on
 * mousedown (2 full analyses per cycle, the same path as a real send), and nothing is sent, so
 * the page's own state does not pile up. Every 50 cycles a risky draft is left for the live
 * check, so the warning chip renders and clears (and an outcome is posted to the background).
 *
 * V8 reports heap size per isolate, and the content script's isolated world shares its isolate
 * with the page (CDP Runtime.getHeapUsage is not per context). So both renderers are measured
 * after forced full garbage collections (CDP HeapProfiler.collectGarbage) at checkpoints, and
 * the extension's growth is the with-extension growth minus the without-extension growth over
 * the same cycles (the site's own growth, e.g. the editor's undo history, cancels out).
 */
import type { CDPSession, Page } from 'playwright-core';
import { COMPOSER, draftText, SEND_CONTROL } from '../../tests/e2e/harness/sites';
import { REPLICA_URLS } from '../../tests/practice/routes';
import { type BenchBrowser, launchPair } from './lib/launch';
import { chipShowing, waitForOverlay } from './lib/overlay';
import { machineNote } from './lib/stats';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const CYCLES = Number(option('cycles', '10000'));
const WARMUP = 300;
const CHECKPOINTS = 5;
const LIVE_EVERY = 50;
const SAFE = ['on my way', 'see you at the station', 'running a bit late', 'ok sounds good'];
const RISKY = 'please come back';

type Side = {
  page: Page;
  cdp: CDPSession;
  press: { x: number; y: number };
  away: { x: number; y: number };
};

async function open(browser: BenchBrowser): Promise<Side> {
  const page = await browser.context.newPage();
  await page.goto(`${REPLICA_URLS.whatsapp}?chat=jordan`);
  await page.locator(COMPOSER.whatsapp).click();
  await page.keyboard.type(SAFE[0]!);
  const button = await page.locator(SEND_CONTROL.whatsapp).boundingBox();
  const header = await page.locator('#main header').boundingBox();
  if (!button || !header) throw new Error('send control or chat header not found');
  const cdp = await page.context().newCDPSession(page);
  return {
    page,
    cdp,
    press: { x: button.x + button.width / 2, y: button.y + button.height / 2 },
    away: { x: header.x + header.width / 2, y: header.y + header.height / 2 },
  };
}

/**
 * Replaces the whole draft (select all + one insert), then types one space: Lexical applies a
 * replacement itself without an `input` event, and the typed key makes sure the guard hears of
 * it. Raw CDP input events, sent back to back (the browser keeps their order), because a round
 * trip per event would make 10,000 cycles take most of an hour on a busy machine.
 */
async function replaceDraft(side: Side, text: string): Promise<void> {
  await side.cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(COMPOSER.whatsapp)}).focus()`,
  });
  const key = (type: 'keyDown' | 'keyUp', init: Record<string, unknown>) =>
    side.cdp.send('Input.dispatchKeyEvent', { type, ...init });
  const selectAll = { key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65, modifiers: 2 };
  const space = { key: ' ', code: 'Space', windowsVirtualKeyCode: 32 };
  await Promise.all([
    key('keyDown', selectAll),
    key('keyUp', selectAll),
    side.cdp.send('Input.insertText', { text }),
    key('keyDown', { ...space, text: ' ' }),
    key('keyUp', space),
  ]);
}

/** Press on the send control and release elsewhere: analysed twice, never sent. */
async function pressSend(side: Side): Promise<void> {
  const mouse = (type: string, at: { x: number; y: number }, buttons: number) =>
    side.cdp.send('Input.dispatchMouseEvent', {
      type: type as 'mouseMoved',
      x: at.x,
      y: at.y,
      button: type === 'mouseMoved' ? 'none' : 'left',
      buttons,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await Promise.all([
    mouse('mouseMoved', side.press, 0),
    mouse('mousePressed', side.press, 1),
    mouse('mouseMoved', side.away, 1),
    mouse('mouseReleased', side.away, 0),
  ]);
}

async function cycle(side: Side, i: number): Promise<void> {
  if (i % LIVE_EVERY === LIVE_EVERY - 1) {
    await replaceDraft(side, RISKY);
    await side.page.waitForTimeout(200); // The live check runs after a 90 ms pause.
    await replaceDraft(side, SAFE[0]!);
    await side.page.waitForTimeout(200);
    return;
  }
  await replaceDraft(side, `${SAFE[i % SAFE.length]} ${i}`);
  await pressSend(side);
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replica: { sent(): string[] } }).__replica.sent());

async function main(): Promise<void> {
  const browsers = await launchPair();
  try {
    const w = await open(browsers.with);
    const wo = await open(browsers.without);
    const root = await waitForOverlay(w.page, w.cdp);
    await w.cdp.send('HeapProfiler.enable');
    await wo.cdp.send('HeapProfiler.enable');
    const run = async (from: number, to: number) => {
      const loop = async (side: Side) => {
        for (let i = from; i < to; i++) await cycle(side, i);
      };
      await Promise.all([loop(w), loop(wo)]);
    };

    await run(0, WARMUP);
    const rows: { cycles: number; with: number; without: number }[] = [];
    const checkpoint = async (cycles: number) => {
      const [a, b] = await Promise.all([heapAfterGc(w.cdp), heapAfterGc(wo.cdp)]);
      rows.push({ cycles, with: a, without: b });
    };
    await checkpoint(0);
    const step = Math.ceil(CYCLES / CHECKPOINTS);
    for (let done = 0; done < CYCLES; done += step) {
      await run(WARMUP + done, WARMUP + Math.min(CYCLES, done + step));
      await checkpoint(Math.min(CYCLES, done + step));
      process.stderr.write(`  ${Math.min(CYCLES, done + step)} / ${CYCLES} cycles\n`);
    }

    // The guard was live throughout: a risky draft still raises the chip, nothing was sent.
    await replaceDraft(w, RISKY);
    await w.page.waitForTimeout(400);
    const stillGuarding = await chipShowing(w.cdp, root);
    const draftChars = (await draftText(w.page, 'whatsapp')).length;
    const nothingSent = (await sent(w.page)).length === 0 && (await sent(wo.page)).length === 0;

    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const growth = last.with - first.with - (last.without - first.without);
    const liveChecks = Math.floor(CYCLES / LIVE_EVERY);
    console.log(`Memory benchmark (WhatsApp practice page), ${machineNote()}`);
    console.log(
      `${CYCLES} cycles after ${WARMUP} warm-up: ${2 * (CYCLES - liveChecks)} analyses on send presses ` +
        `+ ${liveChecks} live warnings shown and cleared; guard still live: ${stillGuarding}; nothing sent: ${nothingSent}; ` +
        `draft at the end: ${draftChars} characters`,
    );
    console.log(
      'heap after forced GC (whole renderer isolate)   with ext    without    with - without',
    );
    for (const r of rows) {
      console.log(
        `  after ${String(r.cycles).padStart(6)} cycles                          ${kb(r.with).padStart(9)}  ${kb(r.without).padStart(9)}  ${kb(r.with - r.without).padStart(9)}`,
      );
    }
    console.log(
      `extension's growth (with-ext growth minus without-ext growth): ${kb(growth)} ` +
        `(${(growth / CYCLES).toFixed(1)} bytes per cycle)`,
    );
  } finally {
    await browsers.with.close();
    await browsers.without.close();
  }
}

await main();
