import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter as wa } from '../../../src/sites/whatsapp/adapter';

function load(name: string): void {
  document.body.innerHTML = readFileSync(`tests/unit/sites/fixtures/${name}`, 'utf8');
}

describe('WhatsApp adapter, 2026 structure', () => {
  beforeEach(() => load('whatsapp-2026.html'));

  it('finds the composer in #main footer, not the search box or the caption editor', () => {
    const composer = wa.findComposer(document);
    expect(composer?.getAttribute('data-tab')).toBe('10');
    const search = document.querySelector('[data-tab="3"]');
    const caption = document.querySelector('[aria-label="Add a caption"]');
    expect(wa.composerFor(search)).toBeNull();
    expect(wa.composerFor(caption)).toBeNull();
    expect(wa.composerFor(composer!.querySelector('span'))).toBe(composer);
  });

  it('reads the draft exactly: line breaks, empty paragraphs, emoji, no placeholder <br>', () => {
    const composer = wa.findComposer(document)!;
    expect(wa.readDraft(composer)).toBe('please come back\ni miss us 😢\n\nx\n');
  });

  it('finds the send button from its icon and recognises clicks on it, but not the caption send', () => {
    const composer = wa.findComposer(document)!;
    const button = wa.findSendButton(composer);
    expect(button?.getAttribute('aria-label')).toBe('Send');
    expect(wa.sendButtonFor(button!.querySelector('span'))).toBe(button);
    expect(wa.sendButtonFor(document.querySelector('[aria-label="Emoji"]'))).toBeNull();
    expect(wa.sendButtonFor(document.querySelector('.media-caption [role="button"]'))).toBeNull();
  });

  it('reads the chat title and skips the status line', () => {
    expect(wa.chatTitle(document)).toBe('Alex Morgan');
  });

  it('counts trailing outgoing messages, carrying a run’s tail onto later bubbles', () => {
    expect(wa.countUnanswered(document)).toBe(3);
  });

  it('shows the voice button with an empty draft: no send button then', () => {
    document.querySelector('[aria-label="Send"][data-tab="11"]')!.outerHTML =
      '<button aria-label="Voice message" data-tab="11"><span data-icon="ptt"></span></button>';
    expect(wa.findSendButton(wa.findComposer(document)!)).toBeNull();
  });

  it('observes the message list, not the document', () => {
    expect(wa.threadRoot(document)?.getAttribute('data-testid')).toBe(
      'conversation-panel-messages',
    );
  });

  it('finds nothing when no chat is open, without throwing', () => {
    document.body.innerHTML = '<div id="side"></div>';
    expect(wa.findComposer(document)).toBeNull();
    expect(wa.chatTitle(document)).toBeNull();
    expect(wa.countUnanswered(document)).toBe(0);
  });
});

describe('WhatsApp adapter, legacy structure (up to April 2026)', () => {
  beforeEach(() => load('whatsapp-legacy.html'));

  it('falls back to data-tab and a translated div[role=button] send control', () => {
    const composer = wa.findComposer(document)!;
    expect(wa.readDraft(composer)).toBe('hello');
    expect(wa.findSendButton(composer)?.getAttribute('aria-label')).toBe('Enviar');
  });

  it('reads direction from message-in/out classes and true_/false_ ids', () => {
    expect(wa.countUnanswered(document)).toBe(1);
    expect(wa.chatTitle(document)).toBe('Sam');
  });
});
