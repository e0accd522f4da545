// The background is the single writer of counts: several tabs sending at once, and an MV3
// service worker stopped in the middle of counting, still give exact numbers. Content scripts
// retry undelivered events with the same id, and the background counts an id once.
import { describe, expect, it } from 'vitest';
import {
  sendSafeMessages,
  settingsForBulkSends,
  storeSettings,
  workerStopper,
} from './harness/counting';
import {
  clearStorage,
  messageBackground,
  openOptions,
  readStorage,
  storedTotals,
} from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { openSite, sentMessages } from './harness/sites';

const browser = useBrowser({ withExtension: true });

async function countedIds(): Promise<string[]> {
  const { counters } = (await readStorage(browser())) as { counters?: { countedIds: string[] } };
  return counters?.countedIds ?? [];
}

describe('counting under load', () => {
  it('two tabs sending 50 messages each at the same time are counted exactly, per site', async () => {
    await clearStorage(browser());
    await storeSettings(browser(), settingsForBulkSends());
    const [whatsapp, messenger] = await Promise.all([
      openSite(browser().context, 'whatsapp'),
      openSite(browser().context, 'messenger'),
    ]);
    await Promise.all([
      sendSafeMessages(whatsapp, 'whatsapp', 50, 'wa'),
      sendSafeMessages(messenger, 'messenger', 50, 'fb'),
    ]);
    expect(await sentMessages(whatsapp)).toHaveLength(50);
    expect(await sentMessages(messenger)).toHaveLength(50);

    await expect
      .poll(async () => (await storedTotals(browser())).kinds['safe-send'], { timeout: 20_000 })
      .toBe(100);
    const totals = await storedTotals(browser());
    expect(totals.kinds).toEqual({ 'safe-send': 100 });
    expect(totals.sites).toEqual({
      whatsapp: { 'safe-send': 50 },
      messenger: { 'safe-send': 50 },
    });
    const ids = await countedIds();
    expect(new Set(ids).size).toBe(100);
    await whatsapp.close();
    await messenger.close();
  });

  it('a service worker stopped again and again while counting loses and doubles nothing', {
    timeout: 60_000,
  }, async () => {
    await clearStorage(browser());
    await storeSettings(browser(), settingsForBulkSends());
    const options = await openOptions(browser());
    const stopper = await workerStopper(options);
    const page = await openSite(browser().context, 'whatsapp');
    // Stop the worker over and over while the sends go on, so stops land while events are on
    // their way and while the background is in the middle of counting one.
    let sending = true;
    const stopping = (async () => {
      while (sending) {
        await stopper.stop();
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    // Send in batches, and between batches also wait for one stop to be complete, so Chromium
    // has to restart the worker at least once per batch however fast or slow the machine is.
    const BATCH = 10;
    let sent = 0;
    do {
      await sendSafeMessages(page, 'whatsapp', BATCH, `stop ${sent / BATCH}`);
      sent += BATCH;
      await stopper.stopAndWait();
    } while (sent < 30 || (stopper.counts().restarted < 5 && sent < 100));
    sending = false;
    await stopping;
    const totals = () => storedTotals(browser(), options);
    await expect
      .poll(async () => (await totals()).kinds['safe-send'] ?? 0, { timeout: 40_000 })
      .toBe(sent);
    // The stops were real: each time, Chromium had to start the worker again for what came next.
    const { stopped, restarted } = stopper.counts();
    expect(stopped).toBeGreaterThanOrEqual(5);
    expect(restarted).toBeGreaterThanOrEqual(5);

    const { counters } = (await readStorage(browser(), options)) as {
      counters: { countedIds: string[] };
    };
    expect(counters.countedIds).toHaveLength(sent);
    expect(new Set(counters.countedIds).size).toBe(sent);
    expect((await totals()).sites).toEqual({ whatsapp: { 'safe-send': sent } });

    // A reply lost to a stop makes the content script send the same event again, to a new worker
    // that remembers nothing in memory: it must still be recognised and not counted twice.
    await stopper.stop();
    const retried = {
      kind: 'safe-send',
      site: 'whatsapp',
      rules: [],
      at: Date.now(),
      chatKey: null,
    };
    const answer = await messageBackground<{ counted: boolean }>(options, 'recordOutcome', {
      ...retried,
      id: counters.countedIds[7],
    });
    expect(answer).toEqual({ counted: false });
    expect((await totals()).kinds).toEqual({ 'safe-send': sent });
    await stopper.dispose();
    await page.close();
    await options.close();
  });
});
