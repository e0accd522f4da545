// Opens the practice sites in Chromium with the built extension (see scripts/practice.sh, which
// builds everything first). With --headless --screenshots it types a risky draft into each
// composer, then presses Enter, and saves what the person would see into docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from '../tests/e2e/harness/browser';
import { openSite, type Site, typeDraft } from '../tests/e2e/harness/sites';

const RISKY_DRAFT = "please come back, I'll do anything";
// The extension's warning waits for typing to pause (a short debounce) and its dialog animates
// in; a screenshot is a picture of a moment, so give the page that moment.
const SETTLE_MS = 1200;

type Args = { headless: boolean; screenshots: boolean; outDir: string };

function parseArgs(argv: string[]): Args {
  const outIndex = argv.indexOf('--out');
  return {
    headless: argv.includes('--headless'),
    screenshots: argv.includes('--screenshots'),
    outDir: resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1]! : 'docs/screenshots'),
  };
}

async function screenshotSite(
  browser: LaunchedBrowser,
  site: Site,
  outDir: string,
): Promise<string[]> {
  const page: Page = await openSite(browser.context, site);
  await page.setViewportSize({ width: 1280, height: 800 });
  await typeDraft(page, site, RISKY_DRAFT);
  await page.waitForTimeout(SETTLE_MS);
  const typed = join(outDir, `${site}-1-risky-draft.png`);
  await page.screenshot({ path: typed });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(SETTLE_MS);
  const pressed = join(outDir, `${site}-2-after-enter.png`);
  await page.screenshot({ path: pressed });
  await page.close();
  return [typed, pressed];
}

function printManualPath(): void {
  console.log(
    [
      '',
      'To use the extension on the real sites instead: `npm run build`, open chrome://extensions,',
      'turn on Developer mode, "Load unpacked" and pick .output/chrome-mv3. (The practice sites',
      'exist only inside `npm run practice`, which serves them at the real addresses.)',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const browser = await launchBrowser({ withExtension: true, headless: args.headless });
  console.log(`Second Thought loaded (extension id ${browser.extensionId}).`);

  if (args.screenshots) {
    await mkdir(args.outDir, { recursive: true });
    const files = [
      ...(await screenshotSite(browser, 'whatsapp', args.outDir)),
      ...(await screenshotSite(browser, 'messenger', args.outDir)),
    ];
    console.log(`Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
    await browser.close();
    return;
  }

  const whatsapp = await openSite(browser.context, 'whatsapp');
  await openSite(browser.context, 'messenger');
  await whatsapp.bringToFront();
  if (args.headless) {
    console.log('Both practice sites opened headless; add --screenshots to save what they show.');
    await browser.close();
    return;
  }
  console.log(
    [
      'Two practice tabs are open: WhatsApp Web (chat with "Alex") and Messenger.',
      `Try typing something you might regret, e.g. "${RISKY_DRAFT}", then press Enter.`,
      'Nothing is sent anywhere: every other address is blocked. Close the window to finish.',
    ].join('\n'),
  );
  printManualPath();
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.once('SIGINT', () => done());
  });
  await browser.close().catch(() => {});
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
