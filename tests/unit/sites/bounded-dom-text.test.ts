// Text read from the page is bounded: a page can put any amount of text in a chat header, but the
// chat title the adapters pass on (to the guard, the popup's "Guard this chat", the chat-key hash)
// is cut to the same length a stored guarded chat may have.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messengerAdapter } from '../../../src/sites/messenger/adapter';
import { boundedTitle, MAX_CHAT_TITLE_LENGTH } from '../../../src/sites/shared/dom';
import type { SiteAdapter } from '../../../src/sites/types';
import { whatsappAdapter } from '../../../src/sites/whatsapp/adapter';
import { LIMITS } from '../../../src/storage/settings-schema';

/** Loads a fixture with the chat's name replaced by `name` everywhere it appears. */
function loadWithName(fixture: string, shownName: string, name: string): void {
  const html = readFileSync(`tests/unit/sites/fixtures/${fixture}`, 'utf8');
  document.body.innerHTML = html.replaceAll(shownName, name);
}

describe.each([
  ['whatsapp-2026.html', 'Alex Morgan', whatsappAdapter],
  ['messenger-2026.html', 'Alex', messengerAdapter],
] as const)('%s', (fixture, shownName, adapter: SiteAdapter) => {
  it('reads a normal title unchanged', () => {
    loadWithName(fixture, shownName, 'Jordan Lee 🌊');
    expect(adapter.chatTitle(document)).toBe('Jordan Lee 🌊');
  });

  it('cuts a megabyte-long title to the stored limit', () => {
    const huge = `Zed ${'x'.repeat(1024 * 1024)}`;
    loadWithName(fixture, shownName, huge);
    const title = adapter.chatTitle(document);
    expect(title?.length).toBe(MAX_CHAT_TITLE_LENGTH);
    expect(huge.startsWith(title!)).toBe(true);
  });
});

describe('boundedTitle', () => {
  it('uses the same bound as a guarded chat stored in settings', () => {
    expect(MAX_CHAT_TITLE_LENGTH).toBe(LIMITS.chatTitleLength);
  });

  it('never splits an emoji at the cut', () => {
    const title = `${'a'.repeat(MAX_CHAT_TITLE_LENGTH - 1)}😢 and more`;
    expect(boundedTitle(title)).toBe('a'.repeat(MAX_CHAT_TITLE_LENGTH - 1));
  });

  it('is always a short, trimmed prefix of what the page showed, or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const title = boundedTitle(text);
        if (title === null) {
          expect(text.trim()).toBe('');
          return;
        }
        expect(title.length).toBeLessThanOrEqual(MAX_CHAT_TITLE_LENGTH);
        expect(text.trim().startsWith(title)).toBe(true);
        expect(title).toBe(title.trim());
        expect(/[\uD800-\uDBFF]$/.test(title)).toBe(false);
      }),
    );
  });
});
