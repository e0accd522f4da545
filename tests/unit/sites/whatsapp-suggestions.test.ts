// The WhatsApp adapter tells an open emoji suggestion list (Enter picks an emoji there) from a
// closed one, layer by layer: what the composer names with `aria-owns`, the list's known id, a
// listbox by the compose bar, and, only for a composer that names no list, ":" + letters at the
// caret. Whatever is not on screen, or is empty, does not count as open.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter as wa } from '../../../src/sites/whatsapp/adapter';

const LIST =
  '<div role="option" aria-selected="true">😄 :smile:</div><div role="option">😃 :smiley:</div>';

let composer: HTMLElement;
const open = () => wa.suggestionListOpen!(composer, document);
const footer = () => document.querySelector('#main footer')!;

/** Replaces the draft with one text node and puts the caret at its end. */
function typeDraft(text: string): void {
  const span = document.createElement('span');
  span.setAttribute('data-lexical-text', 'true');
  span.textContent = text;
  const p = document.createElement('p');
  p.append(span);
  composer.replaceChildren(p);
  document.getSelection()!.collapse(span.firstChild!, text.length);
}

beforeEach(() => {
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/whatsapp-2026.html', 'utf8');
  composer = wa.findComposer(document)!;
  typeDraft('please come back :sm');
});

describe('WhatsApp emoji suggestion list', () => {
  it('is closed when the list the composer owns is not in the page, even after ":sm"', () => {
    expect(composer.getAttribute('aria-owns')).toBe('emoji-suggestion');
    expect(open()).toBe(false);
  });

  it('is open when the element named by aria-owns is on screen with options', () => {
    footer().insertAdjacentHTML('afterbegin', `<div id="emoji-suggestion">${LIST}</div>`);
    expect(open()).toBe(true);
  });

  it.each([
    ['hidden', `<div id="emoji-suggestion" hidden>${LIST}</div>`],
    ['display: none', `<div id="emoji-suggestion" style="display:none">${LIST}</div>`],
    [
      'inside a hidden wrapper',
      `<div style="display:none"><div id="emoji-suggestion">${LIST}</div></div>`,
    ],
    ['aria-hidden', `<div id="emoji-suggestion" aria-hidden="true">${LIST}</div>`],
    ['empty (kept mounted while closed)', '<div id="emoji-suggestion"></div>'],
  ])('is closed when the owned element is %s', (_, html) => {
    footer().insertAdjacentHTML('afterbegin', html);
    expect(open()).toBe(false);
  });

  it('follows whatever id the composer names, with aria-owns, aria-controls or an active option', () => {
    footer().insertAdjacentHTML('afterbegin', `<div id="wa-popup-7">${LIST}</div>`);
    expect(open()).toBe(false);
    composer.setAttribute('aria-owns', 'wa-popup-7');
    expect(open()).toBe(true);
    composer.setAttribute('aria-owns', 'emoji-suggestion');
    composer.setAttribute('aria-controls', 'wa-popup-7');
    expect(open()).toBe(true);
    composer.removeAttribute('aria-controls');
    document.getElementById('wa-popup-7')!.firstElementChild!.id = 'wa-option-1';
    composer.setAttribute('aria-activedescendant', 'wa-option-1');
    expect(open()).toBe(true);
  });

  it('is open when the composer says aria-expanded="true"', () => {
    composer.setAttribute('aria-expanded', 'true');
    expect(open()).toBe(true);
    composer.setAttribute('aria-expanded', 'false');
    expect(open()).toBe(false);
  });

  it('finds the list by its known id when the composer no longer names it', () => {
    composer.removeAttribute('aria-owns');
    typeDraft('please come back'); // no shortcode: only the list itself can say "open"
    document.body.insertAdjacentHTML('beforeend', `<div id="emoji-suggestion">${LIST}</div>`);
    expect(open()).toBe(true);
  });

  it('counts a listbox in or beside the compose bar, not one elsewhere on the page', () => {
    const listbox = `<div role="listbox" aria-label="Suggestions">${LIST}</div>`;
    document.querySelector('#side')!.insertAdjacentHTML('beforeend', listbox);
    expect(open()).toBe(false);
    footer().insertAdjacentHTML('beforebegin', listbox);
    expect(open()).toBe(true);
  });

  it('counts no listbox inside the thread (a poll, say), though it sits beside the footer', () => {
    document
      .querySelector('[data-testid="conversation-panel-messages"] [role="row"]')!
      .insertAdjacentHTML('beforeend', `<div role="listbox" aria-label="Poll">${LIST}</div>`);
    expect(open()).toBe(false);
    footer().insertAdjacentHTML('beforeend', `<div role="listbox">${LIST}</div>`);
    expect(open()).toBe(true);
  });

  describe('with a composer that names no list (a build we do not know)', () => {
    beforeEach(() => {
      composer.removeAttribute('aria-owns');
    });

    it.each([
      ['please come back :sm', true],
      [':heart', true],
      ['miss you :+1', true],
      ['see you at 10:30', false],
      ['please come back :s', false],
      ['please come back :sm ', false],
      ['please come back', false],
    ])('"%s" at the caret lets Enter through: %s', (draft, expected) => {
      typeDraft(draft);
      expect(open()).toBe(expected);
    });

    it('looks only at the text before the caret, in this composer', () => {
      typeDraft('please come back :sm');
      const text = composer.querySelector('span')!.firstChild!;
      document.getSelection()!.collapse(text, 'please'.length);
      expect(open()).toBe(false);
      const search = document.querySelector('[data-tab="3"] p')!;
      search.textContent = ':smile';
      document.getSelection()!.collapse(search.firstChild!, 6);
      expect(open()).toBe(false);
    });
  });
});
