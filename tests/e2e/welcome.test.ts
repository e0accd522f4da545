// The first-run welcome page: installing the extension opens it by itself (no site open), its
// site switches change the stored settings and change them back, it shows the picture of the
// popup's "Guard this chat" in both themes, and nowhere asks for a name to be typed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../src/sites/lookup';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings-schema';
import { collectPageErrors, readStorage } from './harness/extension-pages';
import { useBrowser } from './harness/fixture';
import { settingsFromStorage } from './harness/stored';

const browser = useBrowser({ withExtension: true, keepWelcomePage: true });

function welcome(): Page {
  const page = browser().welcomePage;
  if (!page) throw new Error('the install opened no welcome page');
  return page;
}

async function storedSettings(): Promise<Settings> {
  return settingsFromStorage((await readStorage(browser())).settings);
}

/** The picture as the page shows it: which file the <picture> chose, and whether it loaded. */
function picture(page: Page) {
  return page.locator('.welcome__figure img').evaluate((img: HTMLImageElement) => ({
    file: img.currentSrc.split('/').pop(),
    loaded: img.complete && img.naturalWidth > 0,
    alt: img.alt,
  }));
}

describe('welcome page', () => {
  it('opens by itself on install, as an extension page, with no site open', async () => {
    const page = welcome();
    expect(page.url()).toBe(`chrome-extension://${browser().extensionId}/welcome.html`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Second Thought' }).waitFor();
    const others = browser()
      .context.pages()
      .filter((p) => p !== page)
      .map((p) => p.url());
    expect(others).toEqual(['about:blank']);
  });

  it('stores a site switched off, and restores it when switched on again', async () => {
    const page = welcome();
    const errors = collectPageErrors(page);
    const messenger = page.getByRole('switch', { name: 'Guard on Messenger' });
    const whatsapp = page.getByRole('switch', { name: 'Guard on WhatsApp Web' });
    expect([await whatsapp.isChecked(), await messenger.isChecked()]).toEqual([true, true]);

    await messenger.click();
    await expect.poll(storedSettings).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { ...DEFAULT_SETTINGS.sites, messenger: false },
    });
    expect(await messenger.isChecked()).toBe(false);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    await messenger.click();
    await expect.poll(storedSettings).toEqual(DEFAULT_SETTINGS);
    expect(await messenger.isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows the picture of the popup control, light and dark, and asks for nothing typed', async () => {
    const page = welcome();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => picture(page))
        .toEqual({
          file: `guard-this-chat-${scheme}.png`,
          loaded: true,
          alt: expect.stringContaining("'Guard this chat' is turned on"),
        });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.getByText('Turn on Guard this chat.').count()).toBe(1);
    // The only inputs are the site switches: no text field, no editable area.
    expect(await page.locator('input:not([type="checkbox"]), textarea, select').count()).toBe(0);
    expect(await page.locator('[contenteditable]:not([contenteditable="false"])').count()).toBe(0);
    expect(await page.getByRole('switch').count()).toBe(SITE_IDS.length);
  });

  it('fits a narrow window without sideways scrolling', async () => {
    const page = welcome();
    for (const width of [1280, 800, 400]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px wide`).toBe(0);
    }
  });

  it('opens the full settings', async () => {
    const page = welcome();
    const [options] = await Promise.all([
      browser().context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open all settings' }).click(),
    ]);
    await options.waitForURL(`chrome-extension://${browser().extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: 'Second Thought settings' }).waitFor();
    await options.close();
  });
});
