// Messenger's in-place edit has no public DOM description, so the adapter reports edit mode only
// on an edit banner or control beside the composer, by its words; a message in the grid, a
// reply banner or a contact's name never count. Lists the composer declares open by ARIA count
// as suggestion lists, as on any Lexical typeahead.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { messengerAdapter as mr } from '../../../src/sites/messenger/adapter';

let composer: HTMLElement;
const editing = () => mr.editingSentMessage!(composer, document);
const group = () => document.querySelector('[aria-label="Thread composer"]')!;

beforeEach(() => {
  document.body.innerHTML = readFileSync('tests/unit/sites/fixtures/messenger-2026.html', 'utf8');
  composer = mr.findComposer(document)!;
});

describe('Messenger edit mode', () => {
  it('is off for a plain new message', () => {
    expect(composer.getAttribute('aria-label')).toBe('Message');
    expect(editing()).toBe(false);
  });

  it.each([
    ['a banner above the composer group', '<div><span>Editing message</span></div>'],
    ['its cancel control', '<div role="button" aria-label="Exit edit mode"><svg></svg></div>'],
    ['a "Cancel editing" control', '<div role="button" aria-label="Cancel editing"></div>'],
  ])('is on with %s', (_, banner) => {
    group().insertAdjacentHTML('beforebegin', banner);
    expect(editing()).toBe(true);
  });

  it('is on with a banner inside the composer group, or one level further out', () => {
    group().insertAdjacentHTML('afterbegin', '<div><span>Editing message</span></div>');
    expect(editing()).toBe(true);
    group().firstElementChild!.remove();
    expect(editing()).toBe(false);
    group().parentElement!.insertAdjacentHTML('beforebegin', '<div>Editing message</div>');
    expect(editing()).toBe(true);
  });

  it('is off for the same words in a message, the draft, a reply banner or a name', () => {
    document
      .querySelector('[role="grid"]')!
      .insertAdjacentHTML(
        'beforeend',
        '<div role="row"><div data-scope="messages_table"><div dir="auto">Editing message</div></div></div>',
      );
    composer.querySelector('span')!.textContent = 'Editing message';
    group().insertAdjacentHTML(
      'beforebegin',
      '<div><span>Replying to Alex</span><div role="button" aria-label="Cancel reply"></div></div>',
    );
    document.querySelector('a[aria-label="Alex"]')!.textContent = 'Editing message wizard';
    expect(editing()).toBe(false);
  });

  it('does not look past the conversation: another pop-up’s banner is not this one’s', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div tabindex="-1"><div>Editing message</div></div>',
    );
    expect(editing()).toBe(false);
  });
});

describe('Messenger suggestion lists', () => {
  const open = () => mr.suggestionListOpen!(composer, document);

  it('are closed unless the composer declares one open by ARIA', () => {
    expect(open()).toBe(false);
    composer.setAttribute('aria-expanded', 'true');
    expect(open()).toBe(true);
    composer.setAttribute('aria-expanded', 'false');
    composer.setAttribute('aria-controls', 'typeahead-menu');
    expect(open()).toBe(false);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="typeahead-menu" role="listbox"><div role="option">Alex</div></div>',
    );
    expect(open()).toBe(true);
  });
});
