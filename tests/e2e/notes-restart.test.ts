// An unsent note is saved through the real pause dialog, the browser is closed, and the same
// profile is opened again: the note is still listed in the options page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RISKY_PAST, saveRiskyAsNote } from './harness/activity';
import { type LaunchedBrowser, launchBrowser } from './harness/browser';
import { openOptions, readStorage } from './harness/extension-pages';
import { openSite } from './harness/sites';

let profile = '';
let running: LaunchedBrowser | null = null;

afterAll(async () => {
  await running?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('unsent notes', () => {
  it('survive a browser restart', { timeout: 60_000 }, async () => {
    profile = await mkdtemp(join(tmpdir(), 'second-thought-restart-'));
    running = await launchBrowser({ withExtension: true, userDataDir: profile });
    const page = await openSite(running.context, 'messenger');
    await saveRiskyAsNote(page, 'messenger', RISKY_PAST);
    await expect
      .poll(
        async () => ((await readStorage(running!)).notes as { text: string }[] | undefined)?.length,
      )
      .toBe(1);
    await running.close();
    running = null;

    running = await launchBrowser({ withExtension: true, userDataDir: profile });
    const options = await openOptions(running);
    const note = options.locator('#notes .note');
    await note.first().waitFor();
    expect(await note.count()).toBe(1);
    expect(await note.locator('.note__text').textContent()).toBe(RISKY_PAST);
    expect(await note.locator('.note__meta').textContent()).toContain('Messenger');
  });
});
