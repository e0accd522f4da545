import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerMemo } from '../../../src/guard/composer-memo';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';

function chat(): { composer: HTMLElement; search: HTMLElement } {
  document.body.innerHTML = `<div contenteditable="true" id="search"></div>
    <div id="main"><footer><div contenteditable="true" data-lexical-editor="true"></div></footer></div>`;
  return {
    composer: document.querySelector('#main [contenteditable]') as HTMLElement,
    search: document.querySelector('#search') as HTMLElement,
  };
}

afterEach(() => document.body.replaceChildren());

describe('ComposerMemo', () => {
  it('answers repeat events on the composer without asking the adapter again', () => {
    const adapter = { ...whatsappAdapter, composerFor: vi.fn(whatsappAdapter.composerFor) };
    const memo = new ComposerMemo(adapter);
    const { composer } = chat();
    for (let i = 0; i < 4; i++) expect(memo.of(composer)).toBe(composer);
    expect(adapter.composerFor).toHaveBeenCalledTimes(1);
  });

  it('still tells a decoy field from the composer', () => {
    const memo = new ComposerMemo(whatsappAdapter);
    const { composer, search } = chat();
    expect(memo.of(composer)).toBe(composer);
    expect(memo.of(search)).toBeNull();
    expect(memo.of(composer)).toBe(composer);
  });

  it('stops trusting a composer the site removed, and after forget()', () => {
    const adapter = { ...whatsappAdapter, composerFor: vi.fn(whatsappAdapter.composerFor) };
    const memo = new ComposerMemo(adapter);
    const { composer } = chat();
    memo.of(composer);
    composer.remove();
    expect(memo.of(composer)).toBeNull();
    const next = chat().composer;
    memo.of(next);
    memo.forget();
    expect(memo.of(next)).toBe(next);
    expect(adapter.composerFor).toHaveBeenCalledTimes(4);
  });
});
