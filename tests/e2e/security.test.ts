// The page cannot drive the extension. While the pause dialog holds a risky draft, a hostile page
// script dispatches every event it can (at the overlay's host, the document, the composer, the
// site's send button, and, through the DevTools protocol, straight at the dialog's own buttons),
// posts spoofed messages, and tries to message the extension. Nothing is sent, the dialog stays
// open, nothing is stored. Then one real click on "Send anyway" sends the draft, once.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './harness/fixture';
import {
  clickDialogButton,
  dialogIsOpen,
  inOverlay,
  setSettings,
  TEXT_ONLY_SETTINGS,
  waitForDialog,
  waitForGuardReady,
  waitForNoDialog,
  waitForSendAnywayEnabled,
} from './harness/guard';
import {
  COMPOSER,
  draftText,
  openSite,
  SEND_CONTROL,
  type Site,
  sentMessages,
  typeDraft,
} from './harness/sites';

const browser = useBrowser({ withExtension: true });
const RISKY = 'I miss you so much, please come back to me';

beforeAll(async () => {
  await setSettings(browser(), TEXT_ONLY_SETTINGS);
});

/** What the extension keeps: settings and notes must not move while the page misbehaves. */
function storedState(): Promise<unknown> {
  return browser().serviceWorker!.evaluate(() =>
    chrome.storage.local.get(['settings', 'notes', 'recoveries']),
  );
}

/** Page-world script: every synthetic event a page can aim at the guard from outside. */
function attackFromPage(page: Page, site: Site, extensionId: string): Promise<string[]> {
  const where = { composer: COMPOSER[site], send: SEND_CONTROL[site], site };
  return page.evaluate(
    ([id, at]) => {
      const attempts: string[] = [];
      const key = (type: string, k: string) =>
        new KeyboardEvent(type, {
          key: k,
          code: k,
          keyCode: k === 'Enter' ? 13 : 0,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
      const mouse = (type: string) =>
        new MouseEvent(type, { bubbles: true, cancelable: true, composed: true });
      const host = document.querySelector('second-thought-guard');
      const composer = document.querySelector<HTMLElement>(at.composer);
      const sendButton = document.querySelector<HTMLElement>(at.send);
      for (const [name, target] of [
        ['host', host],
        ['document', document],
        ['body', document.body],
        ['composer', composer],
        ['site send button', sendButton],
      ] as const) {
        if (!target) continue;
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(mouse(type));
        }
        for (const k of ['Enter', ' ', 'Escape', 'Tab']) {
          target.dispatchEvent(key('keydown', k));
          target.dispatchEvent(key('keyup', k));
        }
        attempts.push(name);
      }
      composer?.focus();
      composer?.dispatchEvent(key('keydown', 'Enter'));
      sendButton?.click();
      for (const message of [
        { type: 'sendAnyway' },
        { type: 'saveNote', data: { text: 'spoof' } },
        { type: 'setSettings', data: { sites: { whatsapp: false } } },
        { id: 1, type: 'recordOutcome', data: {}, timestamp: Date.now() },
      ]) {
        window.postMessage(message, '*');
      }
      attempts.push('postMessage');
      // WXT's own events are named after the (public) extension id: a forged chat switch would
      // close the dialog, a forged "newer copy started" would switch the guard off in this tab.
      window.dispatchEvent(new Event(`${id}:${at.site}:wxt:locationchange`));
      document.dispatchEvent(
        new CustomEvent(`${id}:${at.site}:wxt:content-script-started`, {
          detail: { contentScriptName: at.site, messageId: 'forged' },
        }),
      );
      attempts.push('forged WXT events');
      // Normal pages get no runtime API for an extension that is not externally connectable.
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
        .chrome?.runtime;
      if (typeof runtime?.sendMessage === 'function') {
        try {
          (runtime.sendMessage as (id: string, m: unknown) => void)(id, { type: 'deleteAllNotes' });
          attempts.push('runtime.sendMessage accepted');
        } catch {
          attempts.push('runtime.sendMessage refused');
        }
      }
      return attempts;
    },
    [extensionId, where] as const,
  );
}

/** Straight at the dialog's buttons (as if the page had a reference): click(), events, Escape. */
function attackDialogButtons(page: Page): Promise<Array<string | undefined>> {
  return inOverlay(
    page,
    (root) => {
      const buttons = Array.from(
        root.querySelectorAll<HTMLButtonElement>('[role="dialog"] button'),
      );
      for (const button of buttons) {
        button.click();
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          button.dispatchEvent(
            new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }),
          );
        }
        for (const key of ['Enter', ' ']) {
          button.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
          );
        }
      }
      root
        .querySelector('[role="dialog"]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return buttons.map((b) => b.textContent?.trim());
    },
    [],
  );
}

describe.each(['whatsapp', 'messenger', 'google-messages', 'instagram', 'telegram'] as const)(
  'a page script on %s cannot act for the person',
  (site) => {
    it('synthetic events and spoofed messages neither send, nor close the dialog, nor store', async () => {
      const page = await openSite(browser().context, site);
      await typeDraft(page, site, RISKY);
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      // Wait out the pause, so "Send anyway" is enabled and only trust stands in the way.
      await waitForSendAnywayEnabled(page);
      const before = await storedState();

      const attempts = await attackFromPage(page, site, browser().extensionId!);
      expect(attempts).toEqual([
        'host',
        'document',
        'body',
        'composer',
        'site send button',
        'postMessage',
        'forged WXT events',
      ]);
      expect(await attackDialogButtons(page)).toEqual([
        'Not risky',
        'Keep editing',
        'Save as unsent note',
        'Send anyway',
      ]);

      // A send or a save would start within a frame or two; give any effect ample time to show.
      await page.waitForTimeout(1500);
      expect(await sentMessages(page)).toEqual([]);
      expect(await dialogIsOpen(page)).toBe(true);
      expect(await draftText(page, site)).toBe(RISKY);
      expect(await storedState()).toEqual(before);

      // The person's own click still works, and sends exactly what was typed, once.
      await clickDialogButton(page, 'Send anyway');
      await expect.poll(() => sentMessages(page)).toEqual([RISKY]);
      await waitForNoDialog(page);
      await page.waitForTimeout(500);
      expect(await sentMessages(page)).toEqual([RISKY]);

      // And the guard is still on in this tab: the next risky draft is held again.
      await typeDraft(page, site, RISKY);
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      expect(await sentMessages(page)).toEqual([RISKY]);
      await page.close();
    });
  },
);

describe('a page script cannot act for the person', () => {
  it('a real change of address still closes the dialog (only forged ones are ignored)', async () => {
    const page = await openSite(browser().context, 'whatsapp');
    await typeDraft(page, 'whatsapp', RISKY);
    await page.keyboard.press('Enter');
    await waitForDialog(page);
    await page.evaluate(() => history.pushState({}, '', '/?chat=mum'));
    await waitForNoDialog(page);
    expect(await sentMessages(page)).toEqual([]);
    expect(await draftText(page, 'whatsapp')).toBe(RISKY);
    await page.close();
  });

  it('the page gets no handle on the extension', async () => {
    const page = await openSite(browser().context, 'whatsapp');
    // The overlay's host exists once the guard has started (it loads when a composer appears).
    await waitForGuardReady(page, 'whatsapp');
    const reach = await page.evaluate(() => ({
      runtimeId:
        (window as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id ??
        null,
      // The overlay's shadow root is closed: the page sees a host with no way in.
      shadowRoot: document.querySelector('second-thought-guard')?.shadowRoot ?? null,
      hostFound: document.querySelector('second-thought-guard') !== null,
    }));
    expect(reach).toEqual({ runtimeId: null, shadowRoot: null, hostFound: true });
    await page.close();
  });
});
