/**
 * Screenshots of the guard on the practice sites, for the README (docs/screenshots/):
 * the warning chip while a risky draft is typed, the pause dialog after Enter (every site), the
 * care variant, the dialog in dark mode, and the pauses for lingering love and for a long letter
 * (in a chat that is not listed) and for plain affection in a chat the person listed; the
 * "Not risky" question on the chip and in the dialog, the dialog once nothing is left to pause
 * for, and the confirmation after saving a note.
 *
 *   npm run screenshots:guard        (builds the extension and the replicas first)
 *   SCREENSHOT_LANG=es npm run screenshots:guard   (the chip, dialogs and care variant in Spanish,
 *                                                   "-es" added to each file; pt-BR likewise)
 *
 * Everything shown is real: the built extension on the practice replicas, in a throwaway
 * profile, with the default settings except `late-night` (off, so the pictures do not depend
 * on the hour they are taken at).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from '../tests/e2e/harness/browser';
import { clickOverlayButton, inOverlay, noticeText } from '../tests/e2e/harness/guard';
import { readGuard, writeSettings } from '../tests/e2e/harness/guard-context';
import { readQuestion } from '../tests/e2e/harness/in-page';
import { openSite, type Site, typeDraft } from '../tests/e2e/harness/sites';
import { K_SEND, openK, typeK } from '../tests/e2e/harness/telegram-k';
import { buildReplicas } from '../tests/practice/build';
import { inLanguage, SCREENSHOT_LANG, words } from './screenshot-language';

/** Drafts in the screenshots' language: the rules read each, so the pictures quote real words. */
const DRAFTS = {
  en: {
    risky: "please come back, I'll do anything",
    crisis: "honestly I don't want to be here anymore",
  },
  es: {
    risky: 'porfa volvé conmigo, hago lo que sea',
    crisis: 'la verdad ya no quiero estar aquí',
  },
  pt: {
    risky: 'por favor volta pra mim, eu faço qualquer coisa',
    crisis: 'sinceramente não quero mais estar aqui',
  },
} as const;
const LANGUAGE_DRAFTS = DRAFTS[(SCREENSHOT_LANG?.split('-')[0] ?? 'en') as keyof typeof DRAFTS];
export const RISKY_DRAFT = LANGUAGE_DRAFTS?.risky ?? DRAFTS.en.risky;
const CRISIS_DRAFT = LANGUAGE_DRAFTS?.crisis ?? DRAFTS.en.crisis;
const LINGERING_DRAFT = "I still love you and I can't stop thinking about us";
const WARM_DRAFT = 'love you, miss you! call me when you land';
const LETTER_DRAFT =
  "I don't really know how to start this. It's been two months and I still set two mugs out in the morning. " +
  "I know you asked for space and I'm trying to give it, I really am. But I keep going over that last night " +
  "and wishing I had said things differently. You deserved someone who listened, and I didn't, and I'm sorry. " +
  "I'm not asking for anything. I just needed you to know it was real for me and it still hurts.";
/** The WhatsApp replica's chat whose last message is incoming (nothing unanswered). */
const JORDAN = { query: 'chat=jordan', title: 'Jordan' };
const VIEWPORT = { width: 1280, height: 800 };

/** Waits (up to 10 s) until `shown` says the guard shows what the picture is of. */
async function until(page: Page, what: string, shown: () => Promise<unknown>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await shown()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the guard never showed ${what}`);
}

async function chipShown(page: Page): Promise<void> {
  await until(page, 'the warning chip', async () => (await readGuard(page)).chip);
}

async function dialogShown(page: Page): Promise<void> {
  await until(page, 'the pause dialog', async () => (await readGuard(page)).dialog);
  // The backdrop and dialog have no entry animation, but fonts and layout get one frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

async function shoot(page: Page, file: string, files: string[]): Promise<void> {
  const path = inLanguage(file);
  await page.screenshot({ path });
  files.push(path);
}

export async function siteShots(
  browser: LaunchedBrowser,
  site: Site,
  outDir: string,
  files: string[],
) {
  const page = await openSite(browser.context, site);
  await page.setViewportSize(VIEWPORT);
  await typeDraft(page, site, RISKY_DRAFT);
  await chipShown(page);
  await shoot(page, join(outDir, `${site}-warning.png`), files);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await shoot(page, join(outDir, `${site}-dialog.png`), files);
  await page.close();
}

/**
 * Telegram's K client (the A client is `siteShots(…, 'telegram', …)`): the chip, then the dialog
 * from the send button (K's Enter is held only once the page has shown that Enter sends there).
 */
export async function telegramKShots(browser: LaunchedBrowser, outDir: string, files: string[]) {
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await openK(page);
  await typeK(page, RISKY_DRAFT);
  await chipShown(page);
  await shoot(page, join(outDir, 'telegram-k-warning.png'), files);
  await page.locator(K_SEND).click();
  await dialogShown(page);
  await shoot(page, join(outDir, 'telegram-k-dialog.png'), files);
  await page.close();
}

async function careShot(browser: LaunchedBrowser, outDir: string, files: string[]) {
  const page = await openSite(browser.context, 'whatsapp', { query: 'chat=jordan' });
  await page.setViewportSize(VIEWPORT);
  await typeDraft(page, 'whatsapp', CRISIS_DRAFT);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await shoot(page, join(outDir, 'whatsapp-care.png'), files);
  await page.close();
}

async function darkShot(browser: LaunchedBrowser, outDir: string, files: string[]) {
  const page = await openSite(browser.context, 'messenger');
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await typeDraft(page, 'messenger', RISKY_DRAFT);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await shoot(page, join(outDir, 'messenger-dialog-dark.png'), files);
  await page.close();
}

/** A pause in Jordan's chat for `draft`, with the chat listed or not. */
async function pauseShot(
  browser: LaunchedBrowser,
  draft: string,
  listed: boolean,
  path: string,
  files: string[],
) {
  await writeSettings(browser, (s) => ({
    ...s,
    guardedChats: listed ? [{ site: 'whatsapp', title: JORDAN.title }] : [],
  }));
  const page = await openSite(browser.context, 'whatsapp', { query: JORDAN.query });
  await page.setViewportSize(VIEWPORT);
  await typeDraft(page, 'whatsapp', draft);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await shoot(page, path, files);
  await page.close();
}

/** Waits for the "Not risky" question and returns its choices (the harness's own wait needs vitest). */
async function questionShown(page: Page): Promise<string[]> {
  const choices = () => inOverlay(page, readQuestion, []);
  await until(page, 'the Not risky question', async () => (await choices()).length > 0);
  return choices();
}

/** Opens Jordan's chat with `draft` typed, at the picture's size. */
async function jordanWithDraft(browser: LaunchedBrowser, draft: string): Promise<Page> {
  const page = await openSite(browser.context, 'whatsapp', { query: JORDAN.query });
  await page.setViewportSize(VIEWPORT);
  await typeDraft(page, 'whatsapp', draft);
  return page;
}

/** "Not risky" on the chip and in the dialog, what follows, and the saved-note confirmation. */
async function correctionShots(browser: LaunchedBrowser, outDir: string, files: string[]) {
  await writeSettings(browser, (s) => ({ ...s, pauseSeconds: 5 }));
  let page = await jordanWithDraft(browser, RISKY_DRAFT);
  await chipShown(page);
  await clickOverlayButton(page, words('notRisky.button'));
  await questionShown(page);
  await shoot(page, join(outDir, 'whatsapp-chip-not-risky.png'), files);
  await page.close();

  page = await jordanWithDraft(browser, RISKY_DRAFT);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await clickOverlayButton(page, words('notRisky.button'));
  await questionShown(page);
  await shoot(page, join(outDir, 'whatsapp-dialog-not-risky.png'), files);
  await clickOverlayButton(page, (await questionShown(page))[0]!);
  await until(
    page,
    'the cleared dialog',
    async () => (await readGuard(page)).dialog?.title === words('dialog.clearedTitle'),
  );
  await shoot(page, join(outDir, 'whatsapp-dialog-cleared.png'), files);
  await page.close();
  await writeSettings(browser, (s) => ({ ...s, pauseSeconds: 5 }));

  page = await jordanWithDraft(browser, RISKY_DRAFT);
  await page.keyboard.press('Enter');
  await dialogShown(page);
  await clickOverlayButton(page, words('dialog.saveNote'));
  await until(page, 'the saved-note confirmation', async () => await noticeText(page));
  await shoot(page, join(outDir, 'whatsapp-note-saved.png'), files);
  await page.close();
}

/** Takes every guard screenshot with an already launched browser; returns the files written. */
export async function takeGuardScreenshots(
  browser: LaunchedBrowser,
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await writeSettings(browser, (s) => ({ ...s, pauseSeconds: 5 }));
  const files: string[] = [];
  await siteShots(browser, 'whatsapp', outDir, files);
  if (SCREENSHOT_LANG) {
    // Another language: the words, not the sites, are what the pictures check.
    await careShot(browser, outDir, files);
    await correctionShots(browser, outDir, files);
    return files;
  }
  await siteShots(browser, 'messenger', outDir, files);
  await siteShots(browser, 'google-messages', outDir, files);
  await siteShots(browser, 'instagram', outDir, files);
  await siteShots(browser, 'telegram', outDir, files);
  await telegramKShots(browser, outDir, files);
  await careShot(browser, outDir, files);
  await darkShot(browser, outDir, files);
  await pauseShot(browser, LINGERING_DRAFT, false, join(outDir, 'whatsapp-longing.png'), files);
  await pauseShot(browser, LETTER_DRAFT, false, join(outDir, 'whatsapp-long-letter.png'), files);
  await pauseShot(browser, WARM_DRAFT, true, join(outDir, 'whatsapp-listed-affection.png'), files);
  await writeSettings(browser, (s) => ({ ...s, guardedChats: [] }));
  await correctionShots(browser, outDir, files);
  return files;
}

async function main(): Promise<void> {
  await buildReplicas();
  const browser = await launchBrowser({
    withExtension: true,
    headless: true,
    lang: SCREENSHOT_LANG,
  });
  try {
    const files = await takeGuardScreenshots(browser, resolve('docs/screenshots'));
    console.log(`Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/screenshots-guard.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
