import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShownForWatch } from '../../../src/guard/shown-for-watch';
import type { GuardLifetime } from '../../../src/guard/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';

/** A WhatsApp-shaped #main with a title and a composer, as the site rebuilds it per chat. */
function openChat(title: string): HTMLElement {
  document.querySelector('#main')?.remove();
  const main = document.createElement('div');
  main.id = 'main';
  main.innerHTML = `<header><span title="${title}">${title}</span></header>
    <footer><div contenteditable="true" data-lexical-editor="true" role="textbox"></div></footer>`;
  document.body.append(main);
  return main.querySelector('[contenteditable]') as HTMLElement;
}

const lifetime = {
  isValid: true,
  addEventListener: () => undefined,
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
  onInvalidated: () => () => undefined,
} satisfies GuardLifetime;

describe('ShownForWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const watch = () => {
    const hooks = { chatGone: vi.fn(), composerReplaced: vi.fn() };
    const w = new ShownForWatch({ adapter: whatsappAdapter, doc: document, lifetime }, hooks);
    return { w, hooks };
  };

  it('reports the chat gone when another chat replaces the composer (same URL)', () => {
    const { w, hooks } = watch();
    w.track(openChat('Alex'), 'Alex');
    vi.advanceTimersByTime(1000);
    expect(hooks.chatGone).not.toHaveBeenCalled();
    openChat('Mum');
    vi.advanceTimersByTime(1000);
    expect(hooks.chatGone).toHaveBeenCalledTimes(1);
    expect(hooks.composerReplaced).not.toHaveBeenCalled();
  });

  it('follows a composer re-rendered in the same chat instead of closing', () => {
    const { w, hooks } = watch();
    w.track(openChat('Alex'), 'Alex');
    openChat('Alex');
    vi.advanceTimersByTime(1000);
    expect(hooks.composerReplaced).toHaveBeenCalledTimes(1);
    expect(hooks.chatGone).not.toHaveBeenCalled();
  });

  it('reports the chat gone when the title changes around the same composer', () => {
    const { w, hooks } = watch();
    w.track(openChat('Alex'), 'Alex');
    const title = document.querySelector('#main header span')!;
    title.textContent = '';
    title.removeAttribute('title');
    vi.advanceTimersByTime(1000);
    expect(hooks.chatGone).not.toHaveBeenCalled(); // no title for a moment: not a switch
    title.setAttribute('title', 'Mum');
    vi.advanceTimersByTime(1000);
    expect(hooks.chatGone).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped (nothing on screen to protect)', () => {
    const { w, hooks } = watch();
    w.track(openChat('Alex'), 'Alex');
    w.stop();
    openChat('Mum');
    vi.advanceTimersByTime(1000);
    expect(hooks.chatGone).not.toHaveBeenCalled();
  });
});
