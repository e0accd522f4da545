// The live check's memory of the chat's title and unanswered count: read once per chat, read
// again whenever the thread gains or loses rows, the composer or thread is replaced, or it ages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatFactsCache } from '../../../src/guard/chat-facts';
import type { GuardLifetime } from '../../../src/guard/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';

/** A WhatsApp-shaped chat: header title, message thread with rows, composer in the footer. */
function openChat(title: string, outgoing: number): { composer: HTMLElement; thread: Element } {
  document.querySelector('#main')?.remove();
  const main = document.createElement('div');
  main.id = 'main';
  main.innerHTML = `<header><span title="${title}">${title}</span></header>
    <div data-testid="conversation-panel-messages">
      <div role="row"><div class="message-in">hi</div></div>
    </div>
    <footer><div contenteditable="true" data-lexical-editor="true" role="textbox"></div></footer>`;
  document.body.append(main);
  const thread = main.querySelector('[data-testid="conversation-panel-messages"]') as Element;
  for (let i = 0; i < outgoing; i++) addRow(thread, 'out');
  return { composer: main.querySelector('[contenteditable]') as HTMLElement, thread };
}

function addRow(thread: Element, direction: 'in' | 'out'): void {
  const row = document.createElement('div');
  row.setAttribute('role', 'row');
  row.innerHTML = `<div class="message-${direction}">text</div>`;
  thread.append(row);
}

const lifetime = {
  isValid: true,
  addEventListener: () => undefined,
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
  onInvalidated: () => () => undefined,
} satisfies GuardLifetime;

/** MutationObserver callbacks run as microtasks. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(now = { t: 1_000_000 }) {
  const adapter = {
    ...whatsappAdapter,
    chatTitle: vi.fn(whatsappAdapter.chatTitle),
    countUnanswered: vi.fn(whatsappAdapter.countUnanswered),
  };
  const cache = new ChatFactsCache({ adapter, doc: document, lifetime, now: () => now.t });
  return { adapter, cache, now };
}

afterEach(() => document.body.replaceChildren());

describe('ChatFactsCache', () => {
  it('reads the chat once while typing on in the same chat', () => {
    const { adapter, cache } = setup();
    const { composer } = openChat('Alex', 2);
    for (let i = 0; i < 5; i++) {
      expect(cache.read(composer)).toEqual({ title: 'Alex', unanswered: 2 });
      composer.textContent = `draft ${i}`; // Typing does not touch the thread.
    }
    expect(adapter.countUnanswered).toHaveBeenCalledTimes(1);
    expect(adapter.chatTitle).toHaveBeenCalledTimes(1);
  });

  it('reads again once a message arrives or is sent', async () => {
    const { cache } = setup();
    const { composer, thread } = openChat('Alex', 2);
    expect(cache.read(composer).unanswered).toBe(2);
    addRow(thread, 'out');
    await observed();
    expect(cache.read(composer).unanswered).toBe(3);
    addRow(thread, 'in');
    await observed();
    expect(cache.read(composer).unanswered).toBe(0);
  });

  it('reads again when another chat replaces the composer', () => {
    const { cache } = setup();
    expect(cache.read(openChat('Alex', 2).composer).title).toBe('Alex');
    expect(cache.read(openChat('Sam', 0).composer)).toEqual({ title: 'Sam', unanswered: 0 });
  });

  it('reads again when the thread is swapped under the same composer', () => {
    const { cache } = setup();
    const { composer, thread } = openChat('Alex', 2);
    cache.read(composer);
    const fresh = thread.cloneNode(false) as Element;
    thread.replaceWith(fresh);
    document.querySelector('#main header span')?.setAttribute('title', 'Sam');
    expect(cache.read(composer)).toEqual({ title: 'Sam', unanswered: 0 });
  });

  it('does not keep a title that was not there yet, and re-reads after a while regardless', () => {
    const { adapter, cache, now } = setup();
    const { composer } = openChat('', 1);
    document.querySelector('#main header')?.replaceChildren();
    expect(cache.read(composer).title).toBeNull();
    document
      .querySelector('#main header')
      ?.append(
        Object.assign(document.createElement('span'), { title: 'Alex', textContent: 'Alex' }),
      );
    expect(cache.read(composer).title).toBe('Alex');
    document.querySelector('#main header span')?.setAttribute('title', 'Alex (work)');
    expect(cache.read(composer).title).toBe('Alex');
    now.t += 5_000;
    expect(cache.read(composer).title).toBe('Alex (work)');
    expect(adapter.chatTitle).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing when the only thread root found also holds the composer', () => {
    const { adapter, cache } = setup();
    const { composer, thread } = openChat('Alex', 1);
    thread.removeAttribute('data-testid'); // Falls back to #main, which holds the footer too.
    cache.read(composer);
    cache.read(composer);
    expect(adapter.countUnanswered).toHaveBeenCalledTimes(2);
  });

  it('forgets on request (navigation)', () => {
    const { adapter, cache } = setup();
    const { composer } = openChat('Alex', 1);
    cache.read(composer);
    cache.forget();
    cache.read(composer);
    expect(adapter.countUnanswered).toHaveBeenCalledTimes(2);
  });
});
