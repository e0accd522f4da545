// Opens the practice sites in Chromium with the built extension (see scripts/practice.sh, which
// builds everything first). With --headless --screenshots it saves the guard's screenshots
// (scripts/screenshots-guard.ts: warning chip, pause dialog, care variant) into
// .output/screenshots/ (or --out DIR), leaving the README's images in docs/screenshots/ alone:
// `npm run screenshots:guard` is the one meant to refresh those.
import { resolve } from 'node:path';
import { SITE_IDS, SITE_LABELS } from '../src/sites/lookup';
import { launchBrowser } from '../tests/e2e/harness/browser';
import { openSite } from '../tests/e2e/harness/sites';
import { RISKY_DRAFT, takeGuardScreenshots } from './screenshots-guard';

type Args = { headless: boolean; screenshots: boolean; outDir: string };

function parseArgs(argv: string[]): Args {
  const outIndex = argv.indexOf('--out');
  return {
    headless: argv.includes('--headless'),
    screenshots: argv.includes('--screenshots'),
    outDir: resolve(
      outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1]! : '.output/screenshots',
    ),
  };
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
    const files = await takeGuardScreenshots(browser, args.outDir);
    console.log(`Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
    await browser.close();
    return;
  }

  const blankTabs = browser.context.pages().filter((page) => page.url() === 'about:blank');
  // Every site of the table, in its order; the first tab is brought to the front.
  const tabs = [];
  for (const site of SITE_IDS) tabs.push(await openSite(browser.context, site));
  // Chromium starts with an empty tab; the practice tabs are all a newcomer needs to see.
  await Promise.all(blankTabs.map((page) => page.close()));
  await tabs[0]!.bringToFront();
  if (args.headless) {
    console.log(
      `${tabs.length} practice sites opened headless; add --screenshots to save what they show.`,
    );
    await browser.close();
    return;
  }
  console.log(
    [
      `Practice tabs are open: ${SITE_IDS.map((site) => SITE_LABELS[site]).join(', ')}.`,
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
