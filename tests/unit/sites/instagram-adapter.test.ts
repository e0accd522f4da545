// The Instagram adapter against the DOM dom-notes-more-sites §1 describes: a Lexical textbox in
// the IGDComposerForCannes pagelet, a "Send" div[role=button] shown while the draft has text,
// div[role=group] rows in the IGDMessagesList pagelet whose direction no attribute states, and
// the title in `h2 span[title]`; all of it only on a /direct/ address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../../src/sites/instagram/adapter';

/** in: with the avatar link; out: aligned to the end; bare: neither signal; date: no text. */
type Row = {
  kind: 'in' | 'out' | 'bare' | 'date' | 'in-no-avatar-left' | 'conflict';
  text?: string;
};

function row({ kind, text = 'hi' }: Row): string {
  if (kind === 'date') return '<div role="group"><div><span>Today 10:51 PM</span></div></div>';
  const avatar =
    kind === 'in' || kind === 'conflict'
      ? '<a href="/alex.morgan/" aria-label="Open the profile page of alex.morgan"><img alt=""></a>'
      : '';
  const align =
    kind === 'out' || kind === 'conflict' ? ' style="display:flex;justify-content:flex-end"' : '';
  return `<div role="group"><div${align}><div>${avatar}<div role="presentation"><span dir="auto"><div dir="auto">${text}</div></span></div></div></div></div>`;
}

type PageOptions = { path?: string; draft?: boolean; title?: string; pagelets?: boolean };

function page(rows: Row[], options: PageOptions = {}): void {
  history.replaceState(null, '', options.path ?? '/direct/t/340282366841710301/');
  const pagelets = options.pagelets ?? true;
  const send = options.draft
    ? '<div role="button" tabindex="0">Send</div>'
    : '<div role="button" aria-label="Voice Clip"><svg aria-label="Voice Clip"></svg></div><div role="button"><svg aria-label="Like"></svg></div>';
  document.body.innerHTML = `
    <nav><input type="text" aria-label="Search input" placeholder="Search"></nav>
    <div aria-label="Thread list" role="navigation">
      <h1>me.myself</h1>
      <div role="button" tabindex="0"><span title="Mum">Mum</span><span>You: home by 7</span></div>
    </div>
    <div class="thread">
      <div class="header"><div role="button"><svg aria-label="Conversation information"></svg></div><h2><span title="${options.title ?? 'Alex Morgan'}">${options.title ?? 'Alex Morgan'}</span></h2></div>
      <div ${pagelets ? 'data-pagelet="IGDMessagesList"' : ''} class="list">
        <div class="scroller" style="display:flex;flex-direction:column-reverse"><div class="rows">${rows.map(row).join('')}</div></div>
      </div>
      <div ${pagelets ? 'data-pagelet="IGDComposerForCannes"' : ''} class="composer">
        <div><div aria-label="Message" aria-placeholder="Message..." contenteditable="true" role="textbox" data-lexical-editor="true" spellcheck="true"><p><br></p></div></div>
        ${send}
      </div>
    </div>
    <div role="dialog"><input name="queryBox" placeholder="Search..."></div>
    <form><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea></form>`;
  if (options.draft) {
    document.querySelector('[data-lexical-editor] p')!.innerHTML =
      '<span data-lexical-text="true">please</span>';
  }
}

const textbox = () => document.querySelector<HTMLElement>('[data-lexical-editor]')!;

describe('Instagram adapter', () => {
  beforeEach(() => page([{ kind: 'in' }]));
  afterEach(() => history.replaceState(null, '', '/'));

  it('finds the Lexical composer in the composer pagelet, and no decoy is it', () => {
    expect(ig.findComposer(document)).toBe(textbox());
    expect(ig.composerFor(textbox().querySelector('p'))).toBe(textbox());
    for (const decoy of ['nav input', 'input[name=queryBox]', 'textarea', '.rows']) {
      expect(ig.composerFor(document.querySelector(decoy)), decoy).toBeNull();
    }
  });

  it('accepts no composer outside /direct/ (a post page, the feed)', () => {
    page([], { path: '/p/C0ffee/' });
    expect(ig.findComposer(document)).toBeNull();
    expect(ig.composerFor(textbox())).toBeNull();
    expect(ig.chatTitle(document)).toBeNull();
  });

  it('finds the composer beside the message list when the composer pagelet is renamed', () => {
    page([], { pagelets: false });
    document.querySelector('.list')!.setAttribute('data-pagelet', 'IGDMessagesList');
    // No English label either: only the list's neighbourhood tells (§1.6 layer 2).
    textbox().removeAttribute('aria-label');
    textbox().removeAttribute('aria-placeholder');
    expect(ig.findComposer(document)).toBe(textbox());
    expect(ig.composerFor(textbox())).toBe(textbox());
  });

  it('falls back to the English "Message" label, then the pre-2023 textarea', () => {
    page([], { pagelets: false });
    expect(ig.findComposer(document)).toBe(textbox());
    textbox().remove();
    document
      .querySelector('.composer')!
      .insertAdjacentHTML('afterbegin', '<textarea placeholder="Message..."></textarea>');
    const legacy = document.querySelector('.composer textarea');
    expect(ig.findComposer(document)).toBe(legacy);
    expect(ig.composerFor(legacy)).toBe(legacy);
    expect(ig.composerFor(document.querySelector('form textarea'))).toBeNull();
  });

  it('finds no composer when none of the layers matches (a rollout it does not know)', () => {
    page([], { pagelets: false });
    textbox().removeAttribute('aria-label');
    textbox().removeAttribute('aria-placeholder');
    expect(ig.findComposer(document)).toBeNull();
  });

  it('reads the draft exactly: lines, emoji, trailing spaces', () => {
    textbox().innerHTML =
      '<p dir="auto"><span data-lexical-text="true">please answer</span><br><span data-lexical-text="true">I miss us 😢  </span></p>';
    expect(ig.readDraft(textbox())).toBe('please answer\nI miss us 😢  ');
  });

  it('finds the "Send" button only while the draft has text, never the voice clip or like', () => {
    expect(ig.findSendButton(textbox())).toBeNull();
    page([], { draft: true });
    const send = ig.findSendButton(textbox());
    expect(send?.textContent).toBe('Send');
    expect(ig.sendButtonFor(send!.firstChild)).toBe(send);
  });

  it('takes a translated send label, and no "Send" button far from a DM composer', () => {
    page([], { draft: true });
    const send = document.querySelector<HTMLElement>('.composer [role=button]')!;
    send.textContent = 'Enviar';
    expect(ig.findSendButton(textbox())).toBe(send);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><div><div><div><div><div><div><div role="button">Send</div></div></div></div></div></div></div></div>',
    );
    expect(
      ig.sendButtonFor(document.querySelector('body > [role=dialog]:last-child [role=button]')),
    ).toBeNull();
  });

  it('reads the title from the thread header, only on a thread address', () => {
    expect(ig.chatTitle(document)).toBe('Alex Morgan');
    page([], { title: 'Sam, Priya and 2 others' });
    expect(ig.chatTitle(document)).toBe('Sam, Priya and 2 others');
    page([], { path: '/direct/inbox/' });
    expect(ig.chatTitle(document)).toBeNull();
    page([], { path: '/direct/e2ee/t/8123/' });
    expect(ig.chatTitle(document)).toBe('Alex Morgan');
  });

  it('counts trailing outgoing rows, skipping rows with no message text', () => {
    page([{ kind: 'in' }, { kind: 'out' }, { kind: 'date' }, { kind: 'out' }, { kind: 'out' }]);
    expect(ig.countUnanswered(document)).toBe(3);
    page([{ kind: 'out' }, { kind: 'in' }]);
    expect(ig.countUnanswered(document)).toBe(0);
  });

  it('counts nothing further back than a row with no sure sign, or with signs that disagree', () => {
    page([{ kind: 'out' }, { kind: 'bare' }, { kind: 'out' }]);
    expect(ig.countUnanswered(document)).toBe(1);
    page([{ kind: 'out' }, { kind: 'conflict' }]);
    expect(ig.countUnanswered(document)).toBe(0);
  });

  it('reads the avatar link in any language (the profile link holding an image)', () => {
    page([{ kind: 'out' }, { kind: 'in' }]);
    document.querySelector('a[aria-label]')!.removeAttribute('aria-label');
    expect(ig.countUnanswered(document)).toBe(0);
  });

  it('reads "You sent" as a hint for outgoing', () => {
    page([{ kind: 'in' }, { kind: 'bare', text: 'ok' }]);
    expect(ig.countUnanswered(document)).toBe(0);
    document
      .querySelectorAll('[role=group]')[1]!
      .insertAdjacentHTML('afterbegin', '<span>You sent</span>');
    expect(ig.countUnanswered(document)).toBe(1);
  });

  it('counts only the newest rendered rows, and nothing off a thread address', () => {
    page(Array.from({ length: 100 }, () => ({ kind: 'out' as const })));
    expect(ig.countUnanswered(document)).toBe(40);
    page([{ kind: 'out' }], { path: '/direct/inbox/' });
    expect(ig.countUnanswered(document)).toBe(0);
  });

  it('observes the message list, which holds no composer; without it, the rows’ parent', () => {
    page([{ kind: 'out' }]);
    expect(ig.threadRoot(document)?.matches('[data-pagelet="IGDMessagesList"]')).toBe(true);
    page([{ kind: 'out' }, { kind: 'out' }], { pagelets: false });
    const root = ig.threadRoot(document);
    expect(root?.classList.contains('rows')).toBe(true);
    expect(root?.contains(ig.findComposer(document))).toBe(false);
    expect(ig.countUnanswered(document)).toBe(2);
  });

  it('says a suggestion list is open only when the composer declares one', () => {
    expect(ig.suggestionListOpen?.(textbox(), document)).toBe(false);
    textbox().setAttribute('aria-expanded', 'true');
    expect(ig.suggestionListOpen?.(textbox(), document)).toBe(true);
  });
});
