/**
 * The welcome page's picture of "Guard this chat": a real screenshot of the popup's header and
 * quick controls, opened over the WhatsApp practice chat, with the switch turned on by a click.
 * Light and dark, at twice the pixels for sharp text, into public/welcome/ (shipped with the
 * extension, shown by src/ui/welcome/GuardOneChat.tsx).
 *
 *   npm run picture:welcome      (builds the extension first)
 *   SCREENSHOT_LANG=es npm run picture:welcome   (the Spanish popup; pt-BR likewise)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from '../tests/e2e/harness/browser';
import { openPopup } from '../tests/e2e/harness/extension-pages';
import { openSite } from '../tests/e2e/harness/sites';
import { buildReplicas } from '../tests/practice/build';
import { SCREENSHOT_LANG, words } from './screenshot-language';

export const WELCOME_PICTURE_DIR = resolve('public/welcome');

/**
 * A screenshot of `clip` at twice the pixels, for sharp text on any screen. Chromium renders the
 * area again at that scale (DevTools' captureScreenshot), rather than enlarging the pixels.
 */
async function hiDpiScreenshot(
  browser: LaunchedBrowser,
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  file: string,
): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: { ...clip, scale: 2 },
  });
  await cdp.detach();
  writeFileSync(file, Buffer.from(data, 'base64'));
}

/** Writes guard-this-chat-{light,dark}.png; returns the files. */
export async function takeWelcomePicture(browser: LaunchedBrowser, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  const chat = await openSite(browser.context, 'whatsapp');
  const popup = await openPopup(browser, chat);
  const guard = popup.getByRole('switch', {
    name: words('popup.controls.guardChat'),
    exact: true,
  });
  await guard.click();
  await popup.waitForFunction(
    () => document.querySelector<HTMLInputElement>('#chat-listed')?.checked === true,
  );
  const files: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const controls = await popup.locator('.controls').boundingBox();
    if (!controls) throw new Error('the popup shows no quick controls');
    // Each language's picture under the name its locale gives (welcome.chat.pictureName).
    const file = join(outDir, `${words('welcome.chat.pictureName')}-${scheme}.png`);
    // From the popup's top (its title, so the picture is recognisable) to below the controls.
    const height = Math.ceil(controls.y + controls.height + 12);
    await hiDpiScreenshot(browser, popup, { x: 0, y: 0, width: 360, height }, file);
    files.push(file);
  }
  // Leave the profile as it was: the chat is not listed any more.
  await guard.click();
  await Promise.all([popup.close(), chat.close()]);
  return files;
}

async function main(): Promise<void> {
  await buildReplicas();
  const browser = await launchBrowser({ withExtension: true, lang: SCREENSHOT_LANG });
  try {
    const files = await takeWelcomePicture(browser, WELCOME_PICTURE_DIR);
    console.log(`Welcome picture:\n${files.map((f) => `  ${f}`).join('\n')}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/welcome-picture.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
