// The guard acts on decide(): the chip and dialog speak of the findings that reach the chat, and
// Enter is held only when something pauses there. A finding that does not reach an unlisted chat
// lets the draft go at once and is counted as nothing; a chat left alone is left alone.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guard } from '../../../src/guard/guard';
import type { OutcomeEvent } from '../../../src/messaging/protocol';
import type { Finding, Reach } from '../../../src/rules/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';
import type { OverlayView } from '../../../src/ui/guard/guard-overlay';
import { fakeServices } from './fake-services';
import { testLifetime } from './test-lifetime';

let lifetime: ReturnType<typeof testLifetime>;
let views: OverlayView[];
let outcomes: OutcomeEvent[];

function finding(rule: Finding['rule'], reach: Reach): Finding {
  return { rule, severity: 'medium', reach, spans: [], reason: rule, suggestion: '' };
}

function startGuard(findings: Finding[], settings: Settings): void {
  new Guard({
    adapter: whatsappAdapter,
    doc: document,
    lifetime,
    overlay: { render: (view) => views.push(view), isAttached: () => true },
    analyze: () => findings,
    settings: () => settings,
    now: () => Date.now(),
    services: fakeServices({
      recordOutcome: async (event) => {
        outcomes.push(event);
        return { counted: true };
      },
    }),
  }).start();
}

/** Presses Enter in the fixture's composer (it holds a draft); true if it reached the site. */
function pressEnter(): boolean {
  const composer = document.querySelector('#main footer [contenteditable="true"]')!;
  const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  let reached = false;
  const site = () => {
    reached = true;
  };
  composer.addEventListener('keydown', site);
  composer.dispatchEvent(enter);
  composer.removeEventListener('keydown', site);
  return reached && !enter.defaultPrevented;
}

const lastDialog = () => views.findLast((v) => v.dialog !== null)?.dialog ?? null;
const title = () => whatsappAdapter.chatTitle(document)!;
const chat = () => [{ site: 'whatsapp' as const, title: title() }];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/whatsapp-2026.html', 'utf8');
  lifetime = testLifetime();
  views = [];
  outcomes = [];
});

afterEach(() => {
  lifetime.invalidate();
  vi.useRealTimers();
});

describe('the guard acts on what reaches the chat', () => {
  it('the fixture has a chat title and a draft (else these tests would prove nothing)', () => {
    expect(title()).toBeTruthy();
    startGuard([finding('begging', 'anywhere')], DEFAULT_SETTINGS);
    expect(pressEnter()).toBe(false);
  });

  it('unlisted chat: a finding that reaches only listed chats sends at once, counted as a safe send', async () => {
    startGuard([finding('longing', 'listed'), finding('late-night', 'listed')], DEFAULT_SETTINGS);
    expect(pressEnter()).toBe(true);
    expect(lastDialog()).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    expect(views.every((v) => v.warning === null)).toBe(true);
    expect(outcomes.map((o) => [o.kind, o.rules])).toEqual([['safe-send', []]]);
  });

  it('unlisted chat: the dialog speaks only of the findings that reach it', () => {
    startGuard([finding('longing', 'listed'), finding('begging', 'anywhere')], DEFAULT_SETTINGS);
    expect(pressEnter()).toBe(false);
    expect(lastDialog()?.findings.map((f) => f.rule)).toEqual(['begging']);
  });

  it('listed chat: every finding counts', () => {
    const settings = { ...DEFAULT_SETTINGS, guardedChats: chat() };
    startGuard([finding('longing', 'listed'), finding('late-night', 'listed')], settings);
    expect(pressEnter()).toBe(false);
    expect(lastDialog()?.findings.map((f) => f.rule)).toEqual(['longing', 'late-night']);
  });

  it('a chat left alone: nothing is held, shown or counted, even what reaches anywhere', async () => {
    const settings = { ...DEFAULT_SETTINGS, unguardedChats: chat() };
    startGuard([finding('self-harm', 'anywhere')], settings);
    expect(pressEnter()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(views.every((v) => v.warning === null && v.dialog === null)).toBe(true);
    expect(outcomes).toEqual([]);
  });

  it('guard mode "listed": an unlisted chat is left alone; a listed one pauses', () => {
    startGuard([finding('begging', 'anywhere')], { ...DEFAULT_SETTINGS, guardMode: 'listed' });
    expect(pressEnter()).toBe(true);
    lifetime.invalidate();
    lifetime = testLifetime();
    startGuard([finding('begging', 'anywhere')], {
      ...DEFAULT_SETTINGS,
      guardMode: 'listed',
      guardedChats: chat(),
    });
    expect(pressEnter()).toBe(false);
  });
});
