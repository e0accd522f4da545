// The Google Messages adapter against the DOM that dom-notes-more-sites §2 describes: a textarea
// composer, a send button disabled while empty, `mws-message-wrapper` rows marked outgoing or
// incoming, and the header title whose `h2` children are the participants.
import { beforeEach, describe, expect, it } from 'vitest';
import { googleMessagesAdapter as gm } from '../../../src/sites/google-messages/adapter';

type Row = { out: boolean | null; text: string; classOnly?: boolean; label?: string };

function row({ out, text, classOnly, label }: Row, i: number): string {
  const direction = out === null ? '' : out ? 'outgoing' : 'incoming';
  const attribute = out === null || classOnly ? '' : ` is-outgoing="${out}"`;
  const aria = label ? ` aria-label="${label}"` : '';
  return `<mws-message-wrapper msg-id="m${i}" data-e2e-message-wrapper${attribute} class="${direction}">
    <mws-text-message-part${aria}><div class="text-msg">${text}</div></mws-text-message-part>
  </mws-message-wrapper>`;
}

function page(rows: Row[], options: { title?: string; draft?: string } = {}): void {
  document.body.innerHTML = `
    <mws-conversations-list>
      <input type="search" aria-label="Search conversations" />
      <mws-conversation-list-item>
        <mws-message-wrapper msg-id="snippet" is-outgoing="false" class="incoming">hey</mws-message-wrapper>
      </mws-conversation-list-item>
    </mws-conversations-list>
    <mws-conversation-container>
      <mws-conversation-header>
        <div data-e2e-header-title>${options.title ?? '<h2>Alex Morgan</h2>'}</div>
      </mws-conversation-header>
      <mws-messages-list><div class="thread">
        <mws-tombstone-message-wrapper data-e2e-message-tombstone>Today</mws-tombstone-message-wrapper>
        ${rows.map(row).join('')}
      </div></mws-messages-list>
      <mws-message-compose>
        <div data-e2e-message-input>
          <mws-autosize-textarea><textarea data-e2e-message-input-box placeholder="Mensagem RCS"></textarea></mws-autosize-textarea>
        </div>
        <mws-message-send-button><button data-e2e-send-text-button disabled aria-label="Enviar SMS"><span>➤</span></button></mws-message-send-button>
      </mws-message-compose>
    </mws-conversation-container>
    <textarea class="report-feedback"></textarea>`;
  if (options.draft !== undefined) {
    const textarea = document.querySelector('textarea[data-e2e-message-input-box]')!;
    (textarea as HTMLTextAreaElement).value = options.draft;
    document.querySelector('button')!.removeAttribute('disabled');
  }
}

describe('Google Messages adapter', () => {
  beforeEach(() => page([{ out: false, text: 'hi' }]));

  it('finds the textarea composer, and no other field is it', () => {
    const composer = gm.findComposer(document);
    expect(composer?.tagName).toBe('TEXTAREA');
    expect(gm.composerFor(composer)).toBe(composer);
    expect(gm.composerFor(document.querySelector('input[type=search]'))).toBeNull();
    expect(gm.composerFor(document.querySelector('.report-feedback'))).toBeNull();
    expect(gm.composerFor(document.querySelector('.thread'))).toBeNull();
  });

  it('finds the composer by its older wrappers when the data-e2e box attribute is gone', () => {
    document.querySelector('textarea')!.removeAttribute('data-e2e-message-input-box');
    expect(gm.findComposer(document)?.tagName).toBe('TEXTAREA');
    document.querySelector('[data-e2e-message-input]')!.removeAttribute('data-e2e-message-input');
    expect(gm.findComposer(document)?.closest('mws-autosize-textarea')).not.toBeNull();
  });

  it('reads the draft exactly from the textarea: line breaks, blank lines, emoji, spaces', () => {
    const draft = 'please answer\n\nI miss us 😢👩‍❤️‍👨  \n';
    page([], { draft });
    expect(gm.readDraft(gm.findComposer(document)!)).toBe(draft);
  });

  it('reads no placeholder as a draft (it is localised, and not the value)', () => {
    expect(gm.readDraft(gm.findComposer(document)!)).toBe('');
  });

  it('finds the send button beside the composer, disabled while empty or enabled', () => {
    const composer = gm.findComposer(document)!;
    expect(gm.findSendButton(composer)?.hasAttribute('disabled')).toBe(true);
    page([], { draft: 'x' });
    const button = gm.findSendButton(gm.findComposer(document)!);
    expect(button?.matches('[data-e2e-send-text-button]')).toBe(true);
    expect(gm.sendButtonFor(button!.querySelector('span'))).toBe(button);
    expect(gm.sendButtonFor(document.querySelector('input'))).toBeNull();
  });

  it('finds no send button when the page shows none near the composer', () => {
    document.querySelector('mws-message-send-button')!.remove();
    expect(gm.findSendButton(gm.findComposer(document)!)).toBeNull();
  });

  it('finds the send button by the older mws-message-send-button when the data-e2e one is gone', () => {
    page([], { draft: 'x' });
    document.querySelector('button')!.removeAttribute('data-e2e-send-text-button');
    const button = gm.findSendButton(gm.findComposer(document)!);
    expect(button?.closest('mws-message-send-button')).not.toBeNull();
    expect(gm.sendButtonFor(button)).toBe(button);
  });

  it('reads the title, joining a group’s participants', () => {
    expect(gm.chatTitle(document)).toBe('Alex Morgan');
    page([], { title: '<h2>Sam,</h2><h2>Robin</h2>' });
    expect(gm.chatTitle(document)).toBe('Sam, Robin');
    page([], { title: '' });
    document.querySelector('[data-e2e-header-title]')!.removeAttribute('data-e2e-header-title');
    expect(gm.chatTitle(document)).toBeNull();
  });

  it('counts trailing outgoing messages, skipping separators, not the sidebar', () => {
    page([
      { out: false, text: 'are you ok?' },
      { out: true, text: 'one' },
      { out: true, text: 'two' },
      { out: true, text: 'three' },
    ]);
    expect(gm.countUnanswered(document)).toBe(3);
    page([
      { out: true, text: 'one' },
      { out: false, text: 'bye' },
    ]);
    expect(gm.countUnanswered(document)).toBe(0);
  });

  it('reads direction from the classes, then the English label, when the attribute is gone', () => {
    page([
      { out: false, text: 'a', classOnly: true },
      { out: true, text: 'b', classOnly: true },
      {
        out: null,
        text: 'c',
        label: 'You said: c. Sent on January 1, 2026 at 12:00 PM. SMS.',
      },
    ]);
    expect(gm.countUnanswered(document)).toBe(2);
  });

  it('counts no further back than a message whose direction it cannot tell', () => {
    page([
      { out: true, text: 'a' },
      { out: null, text: 'who?' },
      { out: true, text: 'b' },
    ]);
    expect(gm.countUnanswered(document)).toBe(1);
  });

  it('counts only the newest rendered rows', () => {
    page(Array.from({ length: 100 }, (_, i) => ({ out: true, text: `m${i}` })));
    expect(gm.countUnanswered(document)).toBe(40);
  });

  it('observes the rows’ list, which holds no composer', () => {
    page([{ out: true, text: 'a' }]);
    const root = gm.threadRoot(document);
    expect(root?.classList.contains('thread')).toBe(true);
    expect(root?.contains(gm.findComposer(document))).toBe(false);
  });
});
