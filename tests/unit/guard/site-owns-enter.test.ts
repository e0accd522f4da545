// Enter is not always a send: while a suggestion list the composer owns is open it picks from
// the list, and while the composer edits a sent message it saves the edit. The guard asks the
// adapter and then lets the key through untouched: no dialog, nothing counted. The send
// control still sends while a list is open, but saves the edit in edit mode.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guard } from '../../../src/guard/guard';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import type { Finding } from '../../../src/rules/types';
import type { SiteAdapter } from '../../../src/sites/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import type { OverlayView } from '../../../src/ui/guard/guard-overlay';
import { fakeServices } from './fake-services';
import { testLifetime } from './test-lifetime';

const BEGGING: Finding = {
  rule: 'begging',
  severity: 'medium',
  reach: 'anywhere',
  spans: [],
  reason: 'begging',
  suggestion: '',
};

let lifetime: ReturnType<typeof testLifetime>;
let views: OverlayView[];
let outcomes: OutcomeEvent[];
let state: { listOpen: boolean; editing: boolean };

/** The real WhatsApp adapter, with the two states under test set by the test. */
const adapter: SiteAdapter = {
  ...whatsappAdapter,
  suggestionListOpen: () => state.listOpen,
  editingSentMessage: () => state.editing,
};

function startGuard(findings: Finding[]): void {
  new Guard({
    adapter,
    doc: document,
    lifetime,
    overlay: { render: (view) => views.push(view), isAttached: () => true },
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

/** Dispatches `event` at `target`; true if it reached the site's own listener unprevented. */
function reachesSite(target: Element, event: Event): boolean {
  let reached = false;
  const site = () => {
    reached = true;
  };
  target.addEventListener(event.type, site);
  target.dispatchEvent(event);
  target.removeEventListener(event.type, site);
  return reached && !event.defaultPrevented;
}

const composer = () => document.querySelector('#main footer [contenteditable="true"]')!;
const sendButton = () => document.querySelector('#main footer [aria-label="Send"]')!;
const enter = () => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });
const dialogOpened = () => views.some((v) => v.dialog !== null);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/whatsapp-2026.html', 'utf8');
  lifetime = testLifetime();
  views = [];
  outcomes = [];
  state = { listOpen: false, editing: false };
});

afterEach(() => {
  lifetime.invalidate();
  vi.useRealTimers();
});

describe('an Enter the site takes for itself', () => {
  it('with nothing open, a risky draft is held (else these tests would prove nothing)', () => {
    startGuard([BEGGING]);
    expect(reachesSite(composer(), enter())).toBe(false);
    expect(dialogOpened()).toBe(true);
  });

  it.each([
    ['a suggestion list is open', { listOpen: true, editing: false }],
    ['the composer edits a sent message', { listOpen: false, editing: true }],
  ])('goes to the site untouched while %s: no dialog', (_, now) => {
    state = now;
    startGuard([BEGGING]);
    expect(reachesSite(composer(), enter())).toBe(true);
    expect(dialogOpened()).toBe(false);
  });

  it('is not counted as a send, even for a safe draft', async () => {
    startGuard([]);
    state.listOpen = true;
    expect(reachesSite(composer(), enter())).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcomes).toEqual([]);
    state.listOpen = false; // the emoji is picked; the next Enter sends and counts
    expect(reachesSite(composer(), enter())).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcomes.map((o) => o.kind)).toEqual(['safe-send']);
  });

  it('the send control still sends while a list is open: a risky draft is held', () => {
    state.listOpen = true;
    startGuard([BEGGING]);
    expect(reachesSite(sendButton(), click())).toBe(false);
    expect(dialogOpened()).toBe(true);
  });

  it('the send control saves the edit in edit mode: untouched, not counted', async () => {
    state.editing = true;
    startGuard([BEGGING]);
    expect(reachesSite(sendButton(), click())).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialogOpened()).toBe(false);
    expect(outcomes.filter((o) => o.kind !== 'warned')).toEqual([]);
  });

  it('while the pause dialog is open, Enter stays held even if a list opened', () => {
    startGuard([BEGGING]);
    expect(reachesSite(composer(), enter())).toBe(false);
    state.listOpen = true;
    expect(reachesSite(composer(), enter())).toBe(false);
  });
});
