// The interface follows the browser's language: Chromium started in Spanish gets the Spanish
// locale in the pages and in the guard on a chat site (the other tests run in English).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsUrl } from './harness/extension-pages';
import { useBrowser, useTab } from './harness/fixture';
import { readGuard, writeSettings } from './harness/guard-context';
import { gotoSite, typeDraft } from './harness/sites';

const browser = useBrowser({ withExtension: true, lang: 'es' });
const tab = useTab(browser);

const spanish = JSON.parse(
  readFileSync(resolve('.output/chrome-mv3/_locales/es/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const es = (name: string) => spanish[name]?.message ?? `missing ${name}`;

describe('a browser in Spanish', () => {
  it('shows the options page in Spanish, with the page language and title set', async () => {
    const page = tab();
    await page.goto(optionsUrl(browser()));
    await expect.poll(() => page.locator('h1').textContent()).toBe(es('options_title'));
    expect(await page.title()).toBe(es('options_title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
  });

  it('pauses a risky draft with the dialog in Spanish, quoting the draft', async () => {
    await writeSettings(browser());
    const page = tab();
    await gotoSite(page, 'whatsapp', {});
    await typeDraft(page, 'whatsapp', 'please come back to me');
    await expect.poll(async () => (await readGuard(page)).chip).toMatch(/^Piénsalo dos veces: /);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readGuard(page)).dialog?.title).toBe(es('dialog_title'));
    expect((await readGuard(page)).dialog?.text).toMatch(/«[^»]*come back[^»]*» suena a súplica/);
  });
});
