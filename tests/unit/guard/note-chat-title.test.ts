// A note saved from the pause dialog carries the chat's title only for a chat the person listed;
// no other chat's name is ever stored.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guard } from '../../../src/guard/guard';
import type { NoteInput } from '../../../src/messaging/protocol';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';
import type { PauseDialogActions } from '../../../src/ui/guard/pause-dialog';
import { fakeServices } from './fake-services';
import { testLifetime } from './test-lifetime';

let lifetime: ReturnType<typeof testLifetime>;
let saved: NoteInput[];
let actions: PauseDialogActions | null;

function startGuard(settings: Settings): void {
  new Guard({
    adapter: whatsappAdapter,
    doc: document,
    lifetime,
    overlay: {
      render: (_view, a) => {
        actions = a;
      },
      isAttached: () => true,
    },
    analyze: () => [
      {
        rule: 'begging',
        severity: 'medium',
        reach: 'anywhere',
        spans: [],
        reason: 'begging',
        suggestion: '',
      },
    ],
    settings: () => settings,
    now: () => Date.now(),
    services: fakeServices({
      saveNote: async (note) => {
        saved.push(note);
        return { id: 'n' };
      },
    }),
  }).start();
}

async function pauseAndSave(): Promise<void> {
  const composer = document.querySelector('#main footer [contenteditable="true"]')!;
  composer.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );
  actions?.saveNote();
  await vi.advanceTimersByTimeAsync(100);
}

const title = () => whatsappAdapter.chatTitle(document)!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/whatsapp-2026.html', 'utf8');
  lifetime = testLifetime();
  saved = [];
  actions = null;
});

afterEach(() => {
  lifetime.invalidate();
  vi.useRealTimers();
});

describe("a note's chat title", () => {
  it('is kept for a listed chat', async () => {
    expect(title()).toBeTruthy();
    startGuard({ ...DEFAULT_SETTINGS, guardedChats: [{ site: 'whatsapp', title: title() }] });
    await pauseAndSave();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.chatTitle).toBe(title());
  });

  it('is not sent for a chat that is not listed', async () => {
    startGuard(DEFAULT_SETTINGS);
    await pauseAndSave();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.chatTitle).toBeUndefined();
  });
});
