import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { messengerAdapter as m } from '../../../src/sites/messenger/adapter';

describe('Messenger adapter', () => {
  beforeEach(() => {
    document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/messenger-2026.html', 'utf8');
  });

  it('finds the Thread composer editor, never the comment box', () => {
    const composer = m.findComposer(document);
    expect(composer?.getAttribute('aria-placeholder')).toBe('Aa');
    expect(m.composerFor(document.querySelector('[aria-label="Comment as Jo"]'))).toBeNull();
  });

  it('reads the draft', () => {
    expect(m.readDraft(m.findComposer(document)!)).toBe('babe call me');
  });

  it('finds "Press Enter to send" case-insensitively, and not "Send a Like"', () => {
    const composer = m.findComposer(document)!;
    const button = m.findSendButton(composer);
    expect(button?.getAttribute('aria-label')).toBe('Press Enter to send');
    expect(m.sendButtonFor(button!.querySelector('svg'))).toBe(button);
    button!.setAttribute('aria-label', 'Send a Like');
    expect(m.findSendButton(composer)).toBeNull();
    expect(m.sendButtonFor(button)).toBeNull();
  });

  it('reads the title from the conversation label', () => {
    expect(m.chatTitle(document)).toBe('Alex');
  });

  it('does not read a feed page full of labelled links as an open chat', () => {
    document.body.innerHTML =
      '<div role="main"><a aria-label="Priya Shah" href="/priya.shah/">Priya</a>' +
      '<a aria-label="Weekend hikers" href="/groups/hikers/">group</a></div>';
    history.replaceState(null, '', '/');
    expect(m.chatTitle(document)).toBeNull();
    history.replaceState(null, '', '/messages/t/100071234567890/');
    expect(m.chatTitle(document)).toBe('Priya Shah');
  });

  it('counts trailing "You sent" rows', () => {
    expect(m.countUnanswered(document)).toBe(2);
  });

  it('reads a pop-up chat’s title from its composer label', () => {
    document.body.innerHTML =
      '<div tabindex="-1"><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write to Robin" aria-placeholder="Aa"><p><br></p></div></div>';
    expect(m.findComposer(document)).toBeNull();
    const popupComposer = document.querySelector('[role="textbox"]');
    expect(m.composerFor(popupComposer)).toBe(popupComposer);
  });
});
