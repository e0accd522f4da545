// Every outcome the guard reports names its draft: a warning, the pauses and how the draft ended
// share one id (the background counts them once); a new draft, after a send or an emptied
// composer, gets a new one.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guard } from '../../../src/guard/guard';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import type { Finding } from '../../../src/rules/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import type { PauseDialogActions } from '../../../src/ui/guard/pause-dialog';
import { fakeServices } from './fake-services';
import { testLifetime } from './test-lifetime';

let lifetime: ReturnType<typeof testLifetime>;
let outcomes: OutcomeEvent[];
let actions: PauseDialogActions | null;

const BEGGING: Finding = {
  rule: 'begging',
  severity: 'medium',
  reach: 'anywhere',
  spans: [],
  reason: 'begging',
  suggestion: '',
};

function startGuard(findings: Finding[]): void {
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
    analyze: () => findings,
    settings: () => DEFAULT_SETTINGS,
    now: () => Date.now(),
    services: fakeServices({
      recordOutcome: async (event) => {
        outcomes.push(event);
        return { counted: true };
      },
    }),
  }).start();
}

const composer = () =>
  document.querySelector<HTMLElement>('#main footer [contenteditable="true"]')!;

function pressEnter(): void {
  composer().dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );
}

/** Sets the draft's text and lets the live check run. */
async function edit(text: string): Promise<void> {
  composer().textContent = text;
  composer().dispatchEvent(new InputEvent('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(500);
}

const drafts = () => outcomes.map((o) => o.draft);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/whatsapp-2026.html', 'utf8');
  lifetime = testLifetime();
  outcomes = [];
  actions = null;
});

afterEach(() => {
  lifetime.invalidate();
  vi.useRealTimers();
});

describe('outcomes name their draft', () => {
  it('a warning, a pause, keep editing and a second pause are one draft', async () => {
    startGuard([BEGGING]);
    await edit('please come back');
    pressEnter();
    actions?.keepEditing();
    pressEnter();
    await vi.advanceTimersByTimeAsync(100);
    expect(outcomes.map((o) => o.kind)).toEqual(['warned', 'paused', 'kept-editing', 'paused']);
    expect(drafts()[0]).toEqual(expect.any(String));
    expect(new Set(drafts()).size).toBe(1);
    // Event ids stay unique: the background still drops only true retries.
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(4);
  });

  it('each safe send is a draft of its own', async () => {
    startGuard([]);
    pressEnter();
    pressEnter();
    await vi.advanceTimersByTimeAsync(100);
    expect(outcomes.map((o) => o.kind)).toEqual(['safe-send', 'safe-send']);
    expect(new Set(drafts()).size).toBe(2);
  });

  it('a draft emptied and written again is a new draft', async () => {
    startGuard([BEGGING]);
    await edit('please come back');
    await edit('');
    await edit('please, come back');
    expect(outcomes.map((o) => o.kind)).toEqual(['warned', 'warned']);
    expect(new Set(drafts()).size).toBe(2);
  });
});
